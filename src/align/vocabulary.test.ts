import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { TokenBuffer, scanTokens, tokenizeSentence } from './sentence-terms.js';
import { FOLD, W_BAG, W_MONTH, W_STOP, lowerOf, vocabularyOf } from './vocabulary.js';

/** Put the folded form of text[start, cut) where `lookUp` expects it; returns its length. */
function fold(vocab: ReturnType<typeof vocabularyOf>, text: string, start: number, cut: number): number {
  for (let i = start; i < cut; i++) vocab.folded[i - start] = FOLD[text.charCodeAt(i)]!;
  return cut - start;
}

test('word table: forms that share a hash stay different words; equal forms are one word', () => {
  const vocab = vocabularyOf(new Rarity());
  const hash = 12345;
  const words = ['harbour', 'harbor', 'Harbour', 'HARBOUR', 'harbourmaster', 'harbourmasters', 'x'];
  const ids = words.map((w) => vocab.lookUp(w, 0, w.length, fold(vocab, w, 0, w.length), hash, false));
  assert.equal(vocab.lower[ids[0]!], 'harbour');
  assert.equal(ids[2], ids[0], 'capitals fold to the same word');
  assert.equal(ids[3], ids[0]);
  assert.notEqual(ids[1], ids[0], 'same hash, other letters');
  assert.notEqual(ids[5], ids[4], 'same hash, same first 8 letters, other length');
  assert.deepEqual(
    ids.map((id) => vocab.lower[id]),
    ['harbour', 'harbor', 'harbour', 'harbour', 'harbourmaster', 'harbourmasters', 'x'],
  );
  // Long forms are compared past the first 8 units.
  const a = 'internationalisation';
  const b = 'internationalisatiox';
  assert.notEqual(vocab.lookUp(a, 0, a.length, fold(vocab, a, 0, a.length), 7, false), vocab.lookUp(b, 0, b.length, fold(vocab, b, 0, b.length), 7, false));
});

test('word table: a form with a capital sigma is lower-cased from its string every time', () => {
  const vocab = vocabularyOf(new Rarity());
  // Final sigma: "ΟΔΟΣ" → "οδος"; a sigma before other letters → "σ".
  for (const w of ['ΟΔΟΣ', 'ΣΟΦΙΑ']) {
    const id = vocab.lookUp(w, 0, w.length, fold(vocab, w, 0, w.length), 99, true);
    assert.equal(vocab.lower[id], w.toLowerCase());
  }
});

test('word table: the scanner resolves each token to the word of its lower-cased form', () => {
  const vocab = vocabularyOf(new Rarity());
  const text = 'Valmora’s 3,400 workers—who don’t strike—met on 4.5% and İstanbul’s ΟΔΟΣ; rock\'n\'roll won’t stop.';
  const tb = new TokenBuffer(2);
  scanTokens(text, vocab, tb);
  const reference = tokenizeSentence(text);
  assert.equal(tb.length, reference.length);
  reference.forEach((t, i) => {
    assert.equal(vocab.lower[tb.words[i]!], t.lower, `token ${i}`);
    assert.equal(lowerOf(text, t.start, t.end), t.lower);
  });
});

test('word table: flags come from the lexicon, weights follow the Rarity as it changes', () => {
  const rarity = new Rarity();
  const vocab = vocabularyOf(rarity);
  assert.equal(vocabularyOf(rarity), vocab, 'one table per Rarity');
  assert.notEqual(vocabularyOf(new Rarity()), vocab);
  const the = vocab.wordId('the');
  const march = vocab.wordId('march');
  const dock = vocab.wordId('dockworker');
  assert.ok((vocab.flags[the]! & W_STOP) !== 0 && (vocab.flags[the]! & W_BAG) === 0);
  assert.ok((vocab.flags[march]! & W_MONTH) !== 0);
  assert.ok((vocab.flags[dock]! & W_BAG) !== 0);
  const before = vocab.weightOf(dock);
  assert.equal(before, rarity.idf('dockworker'));
  rarity.observe(['dockworker']);
  assert.equal(vocab.weightOf(dock), before, 'read once per refresh');
  vocabularyOf(rarity);
  assert.equal(vocab.weightOf(dock), rarity.idf('dockworker'));
  assert.notEqual(vocab.weightOf(dock), before, 'a document changed the corpus rarity');
});
