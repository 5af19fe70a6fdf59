/** The longest common run of words of two sentences (sparse dynamic programming) against the full table. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { STOPWORDS } from './lexicon.js';
import { longestCommonRun } from './provenance.js';
import { storyTerms, type SentenceTerms } from './sentence-terms.js';
import { loadStoryFixture } from '../../test/fixtures/align/load.js';
import { synthesiseStory } from '../../test/fixtures/align/synth.js';

/** The reference: the full table over lower-cased tokens, first longest run in row order, same filters. */
function reference(a: SentenceTerms, b: SentenceTerms): { text: string; length: number } | undefined {
  const ta = a.tokens;
  const tb = b.tokens;
  let bestLen = 0;
  let bestEnd = 0;
  const table = ta.map(() => new Array<number>(tb.length).fill(0));
  for (let i = 0; i < ta.length; i++) {
    for (let j = 0; j < tb.length; j++) {
      if (ta[i]!.lower !== tb[j]!.lower) continue;
      const v = (i > 0 && j > 0 ? table[i - 1]![j - 1]! : 0) + 1;
      table[i]![j] = v;
      if (v > bestLen) {
        bestLen = v;
        bestEnd = i + 1;
      }
    }
  }
  if (bestLen < 5) return undefined;
  const run = ta.slice(bestEnd - bestLen, bestEnd);
  if (run.filter((t) => !t.cap && !t.digit && !STOPWORDS.has(t.lower)).length < 2) return undefined;
  return { text: a.text.slice(run[0]!.start, run[run.length - 1]!.end), length: bestLen };
}

test('longestCommonRun finds the full table’s run on every pair of sentences of a story', () => {
  const fixture = loadStoryFixture();
  const texts = synthesiseStory(fixture.texts, 5, 2, 11).map((a) => a.sentences.map((s) => s.text));
  const terms = storyTerms(texts, new Rarity()).flat();
  let found = 0;
  for (const a of terms) {
    for (const b of terms) {
      const expected = reference(a, b);
      assert.deepEqual(longestCommonRun(a, b), expected, `${a.text} / ${b.text}`);
      if (expected !== undefined) found++;
    }
  }
  assert.ok(found > terms.length, `${found} pairs share a phrase`);
});
