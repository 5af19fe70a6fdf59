/**
 * `eval stories`: group a labelled corpus in input order and score the stories against gold. The gold
 * labels are read apart from the articles (the grouping never sees them), either from a gold file or from
 * the `story` / `topic` fields of JSONL records.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { ArticleId } from '../model/ids.js';
import type { Placement } from '../model/story.js';
import { ConfigError } from '../model/errors.js';
import { Analysis, type AnalyzeResult } from '../pipeline/analyze.js';
import type { GroupOptions } from '../group/grouper.js';
import { ingestPaths } from '../ingest/index.js';
import { bcubed, copyPairScores, pairwise, siblingMergeRate, splitRate, type PRF } from './metrics.js';
import type { Gold } from './gold.js';

/** Gold labels keyed by article key (record id, or path relative to the corpus root with `#record`). */
export interface StoryLabels {
  readonly storyOf: ReadonlyMap<string, string>;
  readonly topicOf: ReadonlyMap<string, string>;
  readonly copyGroups: readonly (readonly string[])[];
}

/** The figures of one evaluation. */
export interface StoryScores {
  readonly articles: number;
  readonly goldStories: number;
  readonly predictedStories: number;
  readonly bcubed: PRF;
  readonly pairwise: PRF;
  readonly splitRate: number;
  readonly siblingMergeRate: number;
  /** Only when gold lists copy groups. */
  readonly copies?: PRF;
  /** Articles whose key gold does not know (left out of the scores). */
  readonly unlabelled: number;
  readonly ms: number;
}

/** One mistake, with what the grouping saw. */
export interface StoryError {
  readonly kind: 'split' | 'merged';
  readonly gold: string;
  readonly article: string;
  readonly predicted: string;
  /** Gold stories the article's predicted story also holds (merged), or where the rest of its gold story went (split). */
  readonly others: readonly string[];
  readonly placement: Placement;
}

export interface StoryEvaluation {
  readonly scores: StoryScores;
  /** Article key → predicted story id. */
  readonly assignments: ReadonlyMap<string, string>;
  readonly errors: readonly StoryError[];
  readonly result: AnalyzeResult;
}

/** Labels from the `story` and `topic` fields of JSONL records, keyed by record `id`. */
export async function labelsFromJsonl(paths: readonly string[]): Promise<StoryLabels> {
  const storyOf = new Map<string, string>();
  const topicOf = new Map<string, string>();
  for (const p of paths) {
    const text = await readFile(p, 'utf8');
    let line = 0;
    for (const l of text.split('\n')) {
      line++;
      if (l.trim() === '') continue;
      let r: unknown;
      try {
        r = JSON.parse(l);
      } catch {
        continue; // ingest reports malformed lines; gold just skips them
      }
      if (typeof r !== 'object' || r === null) continue;
      const { id, story, topic } = r as { id?: unknown; story?: unknown; topic?: unknown };
      if (typeof id !== 'string' || (typeof story !== 'string' && typeof story !== 'number')) {
        throw new ConfigError(`${p} (line ${line}): a record needs string "id" and "story" fields to be evaluated; use --gold FILE otherwise`);
      }
      storyOf.set(id, String(story));
      if (typeof topic === 'string' || typeof topic === 'number') topicOf.set(id, String(topic));
    }
  }
  return { storyOf, topicOf, copyGroups: [] };
}

/** Labels from a gold file. */
export function labelsFromGold(gold: Gold): StoryLabels {
  return { storyOf: gold.storyOf, topicOf: gold.topicOf, copyGroups: gold.copyGroups };
}

/** How an article is named in gold: its record id when gold knows it, else its path relative to the root. */
async function keyer(paths: readonly string[], labels: StoryLabels): Promise<(a: { path: string; record?: number; externalId?: string }) => string> {
  const first = paths[0];
  let root = process.cwd();
  if (paths.length === 1 && first !== undefined && first !== '-') {
    const s = await stat(first).catch(() => undefined);
    root = s?.isDirectory() === true ? resolve(first) : resolve(first, '..');
  }
  return (a) => {
    if (a.externalId !== undefined && labels.storyOf.has(a.externalId)) return a.externalId;
    const rel = relative(root, resolve(a.path)).split('\\').join('/');
    return a.record === undefined ? rel : `${rel}#${a.record}`;
  };
}

/** Run the grouping over the inputs in order and score it. */
export async function evaluateStories(paths: readonly string[], labels: StoryLabels, options: { readonly group?: GroupOptions; readonly detail?: boolean } = {}): Promise<StoryEvaluation> {
  const keyOf = await keyer(paths, labels);
  const keys = new Map<ArticleId, string>();
  const analysis = new Analysis({
    ...(options.group === undefined ? {} : { group: options.group }),
    // Scoring stories needs only the grouping; detail (quotes, alignment…) is opt-in here.
    detail: options.detail ?? false,
    onArticle: (a) => keys.set(a.id, keyOf({ path: a.origin.path, ...(a.origin.record === undefined ? {} : { record: a.origin.record }), ...(a.externalId === undefined ? {} : { externalId: a.externalId }) })),
  });
  for await (const item of ingestPaths(paths)) analysis.add(item);
  const result = analysis.finish();

  const predicted = new Map<string, string>();
  const gold = new Map<string, string>();
  let unlabelled = 0;
  for (const [id, story] of result.grouping.storyOf) {
    const key = keys.get(id)!;
    const g = labels.storyOf.get(key);
    if (g === undefined) {
      unlabelled++;
      continue;
    }
    predicted.set(key, story);
    gold.set(key, g);
  }
  const predictedCopies = result.grouping.stories.flatMap((s) => s.copies.map((grp) => grp.map((id) => keys.get(id)!)));
  const scores: StoryScores = {
    articles: gold.size,
    goldStories: new Set(gold.values()).size,
    predictedStories: new Set(predicted.values()).size,
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    splitRate: splitRate(predicted, gold),
    siblingMergeRate: siblingMergeRate(predicted, gold, labels.topicOf),
    ...(labels.copyGroups.length > 0 ? { copies: copyPairScores(predictedCopies, labels.copyGroups) } : {}),
    unlabelled,
    ms: result.stats.ms,
  };
  const idOfKey = new Map<string, ArticleId>();
  for (const [id, key] of keys) idOfKey.set(key, id);
  return { scores, assignments: predicted, errors: listErrors(predicted, gold, (k) => result.grouping.placements.get(idOfKey.get(k)!)!), result };
}

/** Split-off and merged-in articles per gold story, with the placement that explains each. */
function listErrors(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, placementOf: (key: string) => Placement): StoryError[] {
  const members = (m: ReadonlyMap<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [k, v] of m) {
      const list = out.get(v);
      if (list === undefined) out.set(v, [k]);
      else list.push(k);
    }
    return out;
  };
  const byGold = members(gold);
  const byPred = members(predicted);
  const errors: StoryError[] = [];
  for (const [g, keys] of byGold) {
    // The predicted story holding most of this gold story is its home; the rest were split off.
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(predicted.get(k)!, (counts.get(predicted.get(k)!) ?? 0) + 1);
    const home = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    for (const k of keys) {
      const p = predicted.get(k)!;
      if (p !== home) errors.push({ kind: 'split', gold: g, article: k, predicted: p, others: [home], placement: placementOf(k) });
    }
  }
  for (const [p, keys] of byPred) {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(gold.get(k)!, (counts.get(gold.get(k)!) ?? 0) + 1);
    if (counts.size < 2) continue;
    const main = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    for (const k of keys) {
      const g = gold.get(k)!;
      if (g !== main) errors.push({ kind: 'merged', gold: g, article: k, predicted: p, others: [main], placement: placementOf(k) });
    }
  }
  return errors;
}
