/** `retold eval stories`: score the grouping of a labelled corpus. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readGoldFile } from '../eval/gold.js';
import { parseGroupOptions } from './group-options.js';
import { evaluateStories, labelsFromGold, labelsFromJsonl, type StoryError, type StoryEvaluation } from '../eval/stories.js';

export interface EvalStoriesOptions {
  readonly gold?: string;
  readonly json?: boolean;
  readonly assignments?: string;
  readonly errors?: string;
  readonly minF1?: number;
  readonly groupOptions?: string;
}

const pct = (x: number): string => x.toFixed(3);

function errorListing(errors: readonly StoryError[]): string {
  if (errors.length === 0) return 'No split or merged articles.\n';
  const byGold = new Map<string, StoryError[]>();
  for (const e of errors) byGold.set(e.gold, [...(byGold.get(e.gold) ?? []), e]);
  const lines: string[] = [];
  for (const [gold, list] of [...byGold].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`gold story ${gold}:`);
    for (const e of list) {
      const p = e.placement;
      const ev = p.kind === 'story' ? p.evidence : p.kind === 'new' ? p.nearest?.evidence : undefined;
      const why =
        p.kind === 'copy'
          ? `copy of ${p.of} (jaccard ${p.jaccard.toFixed(2)}, containment ${p.containment.toFixed(2)})`
          : ev === undefined
            ? 'no candidate story scored high enough'
            : `score ${ev.scores.total} (body ${ev.scores.body}, names ${ev.scores.names}, numbers ${ev.scores.numbers}${ev.scores.days === undefined ? '' : `, ${ev.scores.days} d`})` +
              `; shared names [${ev.names.slice(0, 5).join(', ')}] words [${ev.terms.slice(0, 5).join(', ')}]` +
              (ev.clashes.length > 0 ? `; clashing names [${ev.clashes.join(', ')}]` : '');
      lines.push(
        e.kind === 'split'
          ? `  split: ${e.article} went to ${e.predicted}, the rest to ${e.others.join(', ')} — placed as ${p.kind}: ${why}`
          : `  merged: ${e.article} sits in ${e.predicted} with gold story ${e.others.join(', ')} — placed as ${p.kind}: ${why}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

function figures(ev: StoryEvaluation): string {
  const s = ev.scores;
  const lines = [
    `articles ${s.articles} (${s.unlabelled} unlabelled), gold stories ${s.goldStories}, predicted stories ${s.predictedStories}, ${(s.ms / 1000).toFixed(2)} s`,
    `BCubed     P ${pct(s.bcubed.precision)}  R ${pct(s.bcubed.recall)}  F1 ${pct(s.bcubed.f1)}`,
    `pairwise   P ${pct(s.pairwise.precision)}  R ${pct(s.pairwise.recall)}  F1 ${pct(s.pairwise.f1)}`,
    `split rate ${pct(s.splitRate)}   sibling-merge rate ${pct(s.siblingMergeRate)}`,
  ];
  if (s.copies !== undefined) lines.push(`copy pairs P ${pct(s.copies.precision)}  R ${pct(s.copies.recall)}  F1 ${pct(s.copies.f1)}`);
  return lines.join('\n') + '\n';
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Returns the exit code: 0, or 1 when --min-f1 is not met. */
export async function evalStoriesCommand(paths: readonly string[], opts: EvalStoriesOptions): Promise<number> {
  const labels = opts.gold !== undefined ? labelsFromGold(await readGoldFile(opts.gold)) : await labelsFromJsonl(paths);
  const ev = await evaluateStories(paths, labels, opts.groupOptions === undefined ? {} : { group: parseGroupOptions(opts.groupOptions) });
  if (opts.assignments !== undefined) await write(opts.assignments, JSON.stringify(Object.fromEntries(ev.assignments), null, 2) + '\n');
  if (opts.errors !== undefined) await write(opts.errors, errorListing(ev.errors));
  if (opts.json === true) process.stdout.write(JSON.stringify(ev.scores, null, 2) + '\n');
  else {
    process.stdout.write(figures(ev));
    if (opts.errors === undefined) process.stdout.write('\n' + errorListing(ev.errors));
  }
  for (const r of ev.result.rejected) process.stderr.write(`retold: ${r.message}\n`);
  return opts.minF1 !== undefined && ev.scores.bcubed.f1 < opts.minF1 ? 1 : 0;
}
