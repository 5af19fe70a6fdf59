import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findClosingQuote,
  foldDashes,
  foldForMatching,
  isApostrophe,
  isClosingQuote,
  isOpeningQuote,
  normaliseLine,
  normaliseText,
} from './unicode.js';

test('normaliseText: NFC, spaces, zero-width characters, line ends', () => {
  assert.equal(normaliseText('Cafe\u0301 opens'), 'Café opens');
  assert.equal(normaliseText('New\u00a0Delhi and\u202fKorvask'), 'New Delhi and Korvask');
  assert.equal(normaliseText('Val\u200bmora\ufeff'), 'Valmora');
  assert.equal(normaliseText('co\u00adoperation'), 'cooperation');
  assert.equal(normaliseText('one\r\ntwo\rthree\u2028four'), 'one\ntwo\nthree\nfour');
  assert.equal(normaliseText('  a \t  b  \n   c  \n\n\n d  '), 'a b\nc\n\n\nd');
  assert.equal(normaliseText('bell\u0007 rings'), 'bell rings');
});

test('normaliseText: keeps quotes and dashes readable, fixes hyphen look-alikes', () => {
  const s = '‘India’s policy—firm’, “he said” – 4–5 December';
  assert.equal(normaliseText(s), s);
  assert.equal(normaliseText('long\u2011term \u22125 degrees'), 'long-term -5 degrees');
  // ZWJ shapes emoji and Indic script: it stays.
  assert.equal(normaliseText('क्\u200dष'), 'क्\u200dष');
});

test('normaliseLine: one line', () => {
  assert.equal(normaliseLine(' Ferry strike\n ends '), 'Ferry strike ends');
});

test('foldForMatching: dash and quote styles compare equal, length kept', () => {
  const a = '‘India’s policy—firm,’ “he said” – 4–5';
  const b = "'India's policy-firm,' \"he said\" - 4-5";
  assert.equal(foldForMatching(a), b);
  assert.equal(foldForMatching(a).length, a.length);
  assert.equal(foldDashes('a—b–c‐d'), 'a-b-c-d');
});

/** Positions of every quote-like mark in `s`, classified. */
function classify(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!/['"‘’“”«»]/.test(s[i] ?? '')) continue;
    const kind = isApostrophe(s, i) ? 'apos' : isOpeningQuote(s, i) ? 'open' : isClosingQuote(s, i) ? 'close' : '?';
    out.push(`${s[i]}${kind}`);
  }
  return out;
}

test('quote helpers: apostrophes between letters are not closing quotes', () => {
  assert.deepEqual(classify('‘India’s foreign policy is firm,’ said an analyst.'), ['‘open', '’apos', '’close']);
  assert.deepEqual(classify("'We can't read it,' he said."), ["'open", "'apos", "'close"]);
  assert.deepEqual(classify('a ‘privileged strategic partnership’ between'), ['‘open', '’close']);
  assert.deepEqual(classify("it's O'Brien's rock'n'roll"), Array(5).fill("'apos"));
  assert.deepEqual(classify('the ’90s and the \'80s'), ['’apos', "'apos"]);
  assert.deepEqual(classify('He said "no" and “yes” and «oui».'), ['"open', '"close', '“open', '”close', '«open', '»close']);
  assert.deepEqual(classify('stronger.’ Next'), ['’close']);
});

test('quote helpers: a possessive plural reads as a possible closing quote (the extractor decides)', () => {
  const s = 'the Russians’ role';
  const i = s.indexOf('’');
  assert.equal(isApostrophe(s, i), false);
  assert.equal(isClosingQuote(s, i), true);
  assert.equal(isOpeningQuote(s, i), false);
});

test('findClosingQuote: skips apostrophes and the other quote family', () => {
  const s = '‘India’s role, as “the partner”, is Aldenia’s too,’ she said.';
  assert.equal(findClosingQuote(s, 0), s.indexOf('too,’') + 4);
  const d = '"It\'s \'done\'," he said.';
  assert.equal(findClosingQuote(d, 0), d.indexOf(',"') + 1);
  assert.equal(findClosingQuote('‘never closes', 0), -1);
  assert.equal(findClosingQuote('no quote here', 0), -1);
});
