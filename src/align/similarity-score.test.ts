/**
 * The aligner's counting scorer (`similarityScore`: no evidence kept, repeated pairs remembered) against the
 * recording one (`sentenceSimilarity`) on every pair of a few stories.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { storyTerms } from './sentence-terms.js';
import { Evidence, StoryContext, sentenceSimilarity, similarityScore } from './similarity.js';
import { buildSentenceGraph } from './sentence-graph.js';
import { loadStoryFixture } from '../../test/fixtures/align/load.js';
import { synthesiseStory } from '../../test/fixtures/align/synth.js';

const rarity = new Rarity();
const fixture = loadStoryFixture();
const stories: { name: string; texts: string[][] }[] = [
  { name: 'fixture story', texts: fixture.versions.map((v) => v.article.sentences.map((s) => s.text)) },
  ...[5, 6].map((seed) => ({ name: `synthetic 6-version story ${seed}`, texts: synthesiseStory(fixture.texts, 6, 3, seed).map((a) => a.sentences.map((s) => s.text)) })),
];

for (const { name, texts } of stories) {
  test(`similarityScore equals sentenceSimilarity’s score on every pair: ${name}`, () => {
    const terms = storyTerms(texts, rarity).flat();
    const context = new StoryContext(terms, texts.length);
    const prepared = terms.map((t) => context.prepare(t));
    const scratch = new Evidence(false);
    let clashes = 0;
    let facts = 0;
    for (const a of prepared) {
      for (const b of prepared) {
        const detail = sentenceSimilarity(a, b);
        clashes += detail.clashes.length;
        facts += detail.specificFacts.length + detail.weakFacts.length;
        assert.equal(similarityScore(a, b, scratch), detail.score, `${a.terms.text} / ${b.terms.text}`);
      }
    }
    assert.ok(clashes > 0 && facts > 0, 'the story exercises facts and clashes');
  });

  test(`the graph’s edge scores are sentenceSimilarity’s scores: ${name}`, () => {
    const g = buildSentenceGraph(texts, { rarity });
    assert.ok(g.edges.length > 0);
    for (const e of g.edges) assert.equal(e.score, sentenceSimilarity(g.sentences[e.a]!.prepared, g.sentences[e.b]!.prepared).score);
  });
}
