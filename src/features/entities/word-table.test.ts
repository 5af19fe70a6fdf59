import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FUNCTION_WORDS, DATE_WORDS } from './cues.js';
import { ORGS, PHRASE_PREFIXES, PLACES, normToken } from './gazetteer.js';
import { CaseLexicon } from './lexicon.js';
import {
  P_ORG, P_PLACE, P_PREFIX, PHRASE_START_H1, PHRASE_START_H2, PhraseTable, W_COMMON, W_DATE, W_FUNCTION, W_GIVEN,
  W_PLACE, WordTable, extendHashes, placeKindOf,
} from './word-table.js';

const words = WordTable.standard();
const phrases = PhraseTable.standard();

let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

test('the table holds every word list and every common word, and nothing else', () => {
  for (const w of FUNCTION_WORDS) assert.ok((words.get(w) & W_FUNCTION) !== 0, w);
  for (const w of DATE_WORDS) assert.ok((words.get(w) & W_DATE) !== 0, w);
  let common = 0;
  for (const w of CaseLexicon.subtlex().commonWords()) {
    assert.ok(words.isCommon(w), w);
    common++;
  }
  assert.ok(common > 10000, `${common} common words`);
  assert.ok((words.get('moscow') & W_PLACE) !== 0);
  assert.ok((words.get('sergei') & W_GIVEN) !== 0);
  assert.equal(words.listBits('the') & W_COMMON, 0, 'listBits leaves W_COMMON out');
  for (const w of ['fanofesman', 'chezamel', 'belousovx', 'qqq', '']) assert.equal(words.get(w), 0, w);
});

test('property: a token looked up in place has the bits and normal form of its string', () => {
  const samples = [
    'The', 'THE', 'said', 'Moscow', 'U.S.', 'Dr.', "O'Brien", 'O’Brien', 'don’t', 'Zürich', 'Łukasz', 'Fanofesman',
    'Ministry', 'MINISTRY', 'mr.', 'St.', 'Jean-Pierre', 'co-operation', 'İstanbul', 'ΣΟΦΙΑ', 'K', 'a', 'I',
  ];
  const lexicon = [...CaseLexicon.subtlex().commonWords()];
  for (let i = 0; i < 3000; i++) {
    const w = lexicon[rand(lexicon.length)] as string;
    samples.push(rand(2) === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase());
  }
  const alphabet = 'abcdeiorstuyzABCDEZ.’\'-éÖ';
  for (let i = 0; i < 3000; i++) {
    let s = '';
    for (let k = 1 + rand(8); k > 0; k--) s += alphabet.charAt(rand(alphabet.length));
    samples.push(s);
  }
  for (const token of samples) {
    const text = `« ${token} »`;
    const bits = words.getSpan(text, 2, 2 + token.length);
    const form = normToken(token);
    assert.equal(bits, words.get(form), token);
    const found = words.lastSlot >= 0 ? words.formAt(words.lastSlot) : words.lastMade;
    if (bits !== 0) assert.equal(found, form, `normal form of ${token}`);
  }
});

test('every gazetteer phrase and prefix is in the phrase table, with its kind', () => {
  for (const [p, kind] of PLACES) {
    const bits = phrases.get(p);
    assert.ok((bits & P_PLACE) !== 0, p);
    assert.equal(placeKindOf(bits), kind, p);
  }
  for (const p of ORGS) assert.ok((phrases.get(p) & P_ORG) !== 0, p);
  for (const p of PHRASE_PREFIXES) assert.ok((phrases.get(p) & P_PREFIX) !== 0, p);
  for (const p of ['united', 'new yorkk', 'bank of nowhere', 'the', '']) {
    const bits = phrases.get(p);
    assert.equal((bits & P_PLACE) !== 0, PLACES.has(p), p);
    assert.equal((bits & P_ORG) !== 0, ORGS.has(p), p);
    assert.equal((bits & P_PREFIX) !== 0, PHRASE_PREFIXES.has(p), p);
  }
});

test('property: hashes extended token by token find the phrase the joined normal forms name', () => {
  const keys = [...PLACES.keys(), ...ORGS].filter((k) => k.includes(' '));
  const h = new Int32Array(2);
  for (let i = 0; i < 2000; i++) {
    // A gazetteer phrase written in title case, with a token changed now and then.
    const parts = (keys[rand(keys.length)] as string).split(' ').map((w) => (w === '' ? w : w.charAt(0).toUpperCase() + w.slice(1)));
    if (rand(4) === 0) parts[rand(parts.length)] = 'Xq';
    const text = parts.join(' ');
    h[0] = PHRASE_START_H1;
    h[1] = PHRASE_START_H2;
    let at = 0;
    let ascii = true;
    parts.forEach((p, k) => {
      ascii = extendHashes(h, text, at, at + p.length, k > 0) && ascii;
      at += p.length + 1;
    });
    const key = parts.map(normToken).join(' ');
    if (!ascii) continue;
    assert.equal(phrases.probe(h[0] as number, h[1] as number), phrases.get(key), text);
  }
});
