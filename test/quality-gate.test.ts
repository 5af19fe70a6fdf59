// Quality gate: story grouping on the public evaluation sets must not fall below the pinned floors in
// bench/quality-floors.json (trafilatura-style: floors only move up, and only on purpose).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateStories, labelsFromJsonl } from '../src/eval/stories.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVAL = join(ROOT, '..', 'shared', 'eval');
const floors = JSON.parse(readFileSync(join(ROOT, 'bench', 'quality-floors.json'), 'utf8')) as Record<string, { bcubedF1: number; siblingMergeRateMax: number }>;

for (const set of ['ecbplus', 'allsides'] as const) {
  const file = join(EVAL, set, 'articles.jsonl');
  const skip = existsSync(file) ? false : `no evaluation data at ${file}`;
  test(`${set}: story BCubed F1 and sibling-merge rate hold their pinned floors`, { skip }, async (t) => {
    const ev = await evaluateStories([file], await labelsFromJsonl([file]));
    const s = ev.scores;
    t.diagnostic(`${set}: BCubed P ${s.bcubed.precision.toFixed(3)} R ${s.bcubed.recall.toFixed(3)} F1 ${s.bcubed.f1.toFixed(3)}; sibling-merge ${s.siblingMergeRate.toFixed(3)}; split ${s.splitRate.toFixed(3)}`);
    const floor = floors[set]!;
    assert.ok(s.bcubed.f1 >= floor.bcubedF1, `${set} BCubed F1 ${s.bcubed.f1.toFixed(3)} fell below the floor ${floor.bcubedF1}`);
    assert.ok(s.siblingMergeRate <= floor.siblingMergeRateMax, `${set} sibling-merge rate ${s.siblingMergeRate.toFixed(3)} rose above ${floor.siblingMergeRateMax}`);
    assert.equal(s.unlabelled, 0);
  });
}
