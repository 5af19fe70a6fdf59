/**
 * The story analysis (token arrays, interned words, shared repeats) against the slow references it replaces:
 * `tokenizeSentence` for tokens, and `sentenceTerms` with the story's names for everything else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { TokenBuffer, findQuotes, scanTokens, sentenceTerms, storyNames, storyTerms, tokenizeSentence, type SentenceTerms } from './sentence-terms.js';
import { vocabularyOf } from './vocabulary.js';
import { loadStoryFixture } from '../../test/fixtures/align/load.js';
import { synthesiseStory } from '../../test/fixtures/align/synth.js';
import { uniform } from '../../bench/prng.js';

const rarity = new Rarity();
const fixture = loadStoryFixture();


// Pieces that exercise every branch of the tokenizer: apostrophes inside and around words, possessives,
// separators between digits, dashes, quotes, capitals whose lower case is longer or depends on context.
const PIECES = [
  'Port', 'port', 'Valmora', 'workers', '’s', "'s", '’', "'", 'don’t', "rock'n'roll", '3,400', '4.5', '12%', '$',
  '2019', '04', '-', '–', '—', '/', ' ', ' ', ' ', ', ', '. ', ': ', '; ', '(', ')', '“', '”', '‘', '"', 'İstanbul',
  'ΟΔΟΣ', 'Σ', 'ß', 'Ärger', 'x', '7', '.', ',', 'March', 'may', 'Monday', 'million', '\t', '\u00a0', 'Ω', '🙂',
];

test('scanTokens gives tokenizeSentence’s tokens, flags and lower-cased forms on random text', () => {
  const vocab = vocabularyOf(rarity);
  const next = uniform(42);
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 14);
    for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)]!;
    const tb = new TokenBuffer(1);
    const quoted = scanTokens(text, vocab, tb);
    const reference = tokenizeSentence(text);
    const fast = sentenceTerms(text, rarity).tokens;
    assert.deepEqual(fast, reference, JSON.stringify(text));
    assert.equal(tb.length, reference.length);
    if (!quoted) assert.deepEqual(findQuotes(text), [], `a quote the scan did not flag: ${JSON.stringify(text)}`);
  }
});

/** What SentenceTerms says, as plain data. */
const view = (t: SentenceTerms): unknown => ({
  text: t.text,
  bag: [...t.bag],
  nameKeys: [...t.nameKeys],
  names: t.names,
  nameTokens: [...t.nameTokens],
  numbers: t.numbers,
  dates: t.dates,
  quotes: t.quotes,
  quoteBags: t.quoteBags.map((b) => [...b]),
  tokens: t.tokens,
});

const stories: { name: string; texts: string[][] }[] = [
  { name: 'fixture story', texts: fixture.versions.map((v) => v.article.sentences.map((s) => s.text)) },
  { name: 'synthetic 8-version story', texts: synthesiseStory(fixture.texts, 8, 4, 3).map((a) => a.sentences.map((s) => s.text)) },
];

for (const { name, texts } of stories) {
  test(`storyTerms analyses each sentence as sentenceTerms does with the story’s names: ${name}`, () => {
    const known = storyNames(texts.flat());
    const analysed = storyTerms(texts, rarity);
    assert.equal(analysed.length, texts.length);
    analysed.forEach((terms, v) => {
      assert.equal(terms.length, texts[v]!.length);
      terms.forEach((t, i) => assert.deepEqual(view(t), view(sentenceTerms(texts[v]![i]!, rarity, known)), texts[v]![i]));
    });
  });
}

test('storyTerms: a sentence repeated word for word is analysed once and shared', () => {
  const a = ['Dockworkers walked off the job on Tuesday.', 'Talks resume on March 14.'];
  const b = ['Talks resume on March 14.', 'The union wants 12% over two years.'];
  const [ta, tb, tc] = storyTerms([a, b, a], rarity);
  assert.equal(ta![1], tb![0], 'the same object for the same text');
  assert.equal(ta![0], tc![0]);
  assert.notEqual(ta![0], tb![1]);
  assert.deepEqual(view(ta![1]!), view(sentenceTerms(a[1]!, rarity, storyNames([...a, ...b, ...a]))));
});
