import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { buildSentenceGraph } from './sentence-graph.js';
import { loadStoryFixture } from '../../test/fixtures/align/load.js';
import { synthesiseStory } from '../../test/fixtures/align/synth.js';

const rarity = new Rarity();
const fixture = loadStoryFixture();

const stories: { name: string; texts: string[][] }[] = [
  { name: 'fixture story', texts: fixture.versions.map((v) => v.article.sentences.map((s) => s.text)) },
  ...[1, 2, 3].map((seed) => ({
    name: `synthetic 12-version story ${seed}`,
    texts: synthesiseStory(fixture.texts, 12, 6, seed).map((a) => a.sentences.map((s) => s.text)),
  })),
];

for (const { name, texts } of stories) {
  test(`index candidates find the same alignments as scoring every pair: ${name}`, () => {
    const indexed = buildSentenceGraph(texts, { rarity });
    const reference = buildSentenceGraph(texts, { rarity, candidates: 'all' });
    const key = (e: { a: number; b: number }): string => `${e.a}-${e.b}`;
    assert.deepEqual(indexed.edges.map(key).sort(), reference.edges.map(key).sort());
    assert.ok(indexed.edges.length > 0);
    assert.ok(indexed.scored < reference.scored, `index scored ${indexed.scored} of ${reference.scored} pairs`);
  });
}

test('edges join sentences of different versions only, each end near its best match in the other version', () => {
  const g = buildSentenceGraph(stories[1]!.texts, { rarity });
  for (const e of g.edges) {
    assert.notEqual(g.sentences[e.a]!.version, g.sentences[e.b]!.version);
    assert.ok(e.a < e.b);
    for (const [x, y] of [
      [e.a, e.b],
      [e.b, e.a],
    ] as const) {
      const other = g.sentences[y]!.version;
      const best = Math.max(...g.adjacency[x]!.filter((f) => g.sentences[f.a === x ? f.b : f.a]!.version === other).map((f) => f.score));
      assert.ok(e.score >= 0.6 * best - 1e-12);
    }
  }
});

test('a version with no sentences and a story of one version give no edges', () => {
  assert.equal(buildSentenceGraph([[], ['Talks resume on Monday.']], { rarity }).edges.length, 0);
  assert.equal(buildSentenceGraph([['Talks resume on Monday.', 'Talks resume on Monday.']], { rarity }).edges.length, 0);
});
