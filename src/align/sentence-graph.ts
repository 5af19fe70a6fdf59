/**
 * Sentence alignment across the versions of one story: which sentences of different versions state the same
 * thing. Candidates come from an inverted index of each sentence's rarest keys (and its specific numbers and
 * days), so a sentence is scored only against sentences sharing something rare with it, never against all.
 */
import type { Rarity } from '../features/rarity.js';
import { storyTerms, type SentenceTerms } from './sentence-terms.js';
import { ALIGN_THRESHOLD, StoryContext, similarityFeatures, weighSimilarity, type PreparedSentence, type SimilarityDetail } from './similarity.js';

/** One sentence of the story, numbered across versions. */
export interface GraphSentence {
  /** Position in `SentenceGraph.sentences`. */
  readonly id: number;
  /** Index of its version in the input. */
  readonly version: number;
  /** Index within its version. */
  readonly index: number;
  readonly terms: SentenceTerms;
  readonly prepared: PreparedSentence;
}

/** An aligned pair; `a < b`. */
export interface GraphEdge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly detail: SimilarityDetail;
}

/** Aligned sentences of one story. */
export interface SentenceGraph {
  readonly sentences: readonly GraphSentence[];
  /** Per version, the ids of its sentences. */
  readonly versions: readonly (readonly number[])[];
  readonly edges: readonly GraphEdge[];
  /** Per sentence, its edges. */
  readonly adjacency: readonly (readonly GraphEdge[])[];
  readonly context: StoryContext;
  /** Candidate pairs scored (for benchmarks: compare with all cross-version pairs). */
  readonly scored: number;
}

/** Options of `buildSentenceGraph`. */
export interface SentenceGraphOptions {
  readonly rarity: Rarity;
  /** Defaults to ALIGN_THRESHOLD. */
  readonly threshold?: number;
  /**
   * `index` (default): score only pairs sharing a rare key. `all`: score every cross-version pair — the slow
   * reference the index is tested against.
   */
  readonly candidates?: 'index' | 'all';
}

/** Keys per sentence that go into the inverted index: its rarest (after story weighting). */
const INDEX_KEYS = 8;
/**
 * An edge survives only if its score is at least this share of the best score of each end in the other's
 * version. Keeps one-to-many (a merged sentence matches its two halves at similar scores) but drops a weak
 * second match when a much better one exists.
 */
const BEST_MATCH_RATIO = 0.6;

/** Align the sentences of the versions of one story; `versions[v]` lists version v's sentence texts. */
export function buildSentenceGraph(versions: readonly (readonly string[])[], options: SentenceGraphOptions): SentenceGraph {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const analysed = storyTerms(versions, options.rarity);
  const context = new StoryContext(analysed.flat(), versions.length);
  const sentences: GraphSentence[] = [];
  const byVersion: number[][] = [];
  analysed.forEach((terms, v) => {
    const ids: number[] = [];
    terms.forEach((t, index) => {
      ids.push(sentences.length);
      sentences.push({ id: sentences.length, version: v, index, terms: t, prepared: context.prepare(t) });
    });
    byVersion.push(ids);
  });

  // Inverted index: key → sentences holding it among their rarest keys. A key in more than a few sentences per
  // version is a topic word; it finds nothing specific and would make candidates quadratic, so it is skipped.
  const postings = new Map<string, number[]>();
  const sentenceKeys: string[][] = [];
  for (const s of sentences) {
    const keys = [...s.terms.bag.entries()]
      .map(([k, w]) => [k, w * context.factor(k)] as const)
      .sort((x, y) => y[1] - x[1])
      .slice(0, INDEX_KEYS)
      .map(([k]) => k);
    // Numbers and dates that can make a match on their own: specific or rare in the story (see
    // compareNumbers), with a key per unit for the approximate matches (rounded counts, sums of money).
    s.terms.numbers.forEach((n, i) => {
      if (!n.specific && s.prepared.rareNumbers[i] !== true) return;
      keys.push(`#${n.kind === 'year' ? 'year' : 'n'}:${n.value}`);
      if (n.kind === 'count' && n.value >= 100) keys.push(`#≈count:${n.unit}`);
      if (n.kind === 'money') keys.push('#≈money');
    });
    s.terms.dates.forEach((d, i) => {
      if (d.kind === 'day' || s.prepared.rareDates[i] === true) keys.push(`@${d.value}`);
    });
    sentenceKeys.push(keys);
    for (const k of keys) {
      const list = postings.get(k);
      if (list === undefined) postings.set(k, [s.id]);
      else list.push(s.id);
    }
  }
  const maxPosting = Math.max(8, 3 * versions.length);

  const raw: GraphEdge[] = [];
  // seen[o] === s.id + 1: o is already a candidate of s (cheaper than a Set per sentence).
  const seen = new Int32Array(sentences.length);
  let scored = 0;
  const n = sentences.length;
  const score = (s: GraphSentence, t: GraphSentence): void => {
    scored++;
    const features = similarityFeatures(s.prepared, t.prepared);
    const value = weighSimilarity(features);
    if (value >= threshold) raw.push({ a: s.id, b: t.id, score: value, detail: { ...features, score: value } });
  };
  if (options.candidates === 'all') {
    for (const s of sentences) {
      for (let o = s.id + 1; o < n; o++) if (sentences[o]!.version !== s.version) score(s, sentences[o]!);
    }
  } else {
    for (const s of sentences) {
      const mark = s.id + 1;
      for (const k of sentenceKeys[s.id]!) {
        const list = postings.get(k)!;
        if (list.length > maxPosting) continue;
        for (const o of list) {
          if (o <= s.id || seen[o] === mark) continue;
          seen[o] = mark;
          const t = sentences[o]!;
          if (t.version !== s.version) score(s, t);
        }
      }
    }
  }

  // Best-match constraint.
  const best = new Map<number, number>(); // sentence id * versions + other version → best score
  const key = (id: number, version: number): number => id * versions.length + version;
  for (const e of raw) {
    const va = sentences[e.a]!.version;
    const vb = sentences[e.b]!.version;
    best.set(key(e.a, vb), Math.max(best.get(key(e.a, vb)) ?? 0, e.score));
    best.set(key(e.b, va), Math.max(best.get(key(e.b, va)) ?? 0, e.score));
  }
  const edges = raw.filter((e) => {
    const va = sentences[e.a]!.version;
    const vb = sentences[e.b]!.version;
    return e.score >= BEST_MATCH_RATIO * (best.get(key(e.a, vb)) ?? 0) && e.score >= BEST_MATCH_RATIO * (best.get(key(e.b, va)) ?? 0);
  });
  const adjacency: GraphEdge[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    adjacency[e.a]!.push(e);
    adjacency[e.b]!.push(e);
  }
  return { sentences, versions: byVersion, edges, adjacency, context, scored };
}

/** The other end of an edge. */
export const otherEnd = (e: GraphEdge, id: number): number => (e.a === id ? e.b : e.a);
