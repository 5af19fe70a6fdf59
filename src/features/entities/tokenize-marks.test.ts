import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CAP, F_DIGITS, F_DOT, F_LINE_START, F_PLAIN, F_SENT_START, INITIAL, LINE_FIELDS, LOWER, NUM, PUNCT, TokenBuffer, UPPER,
  peekTokens, sharedTokens, tokenize, tokenizeInto, type Tokens,
} from './tokenize.js';

/** Varied text: prose, headings, all caps, numbers, quotes, dashes, abbreviations, other scripts. */
function sampleTexts(): string[] {
  const pieces = [
    'The', 'minister', 'Sergei', 'Lavrov', 'said', '.', ',', ':', ';', '?', '!', '“', '”', '"', "'", '—', '–', '-',
    '(', ')', '[', '*', '•', '…', 'Dr.', 'U.S.', 'Inc.', 'J.', 'NATO', 'SOCCER', '3', '1996-08-22', '3,400', '22nd',
    'A380', 'today', 'Tonight', 'yesterday', 'tomorrow', 'the', 'those', 'May', 'Marco', 'Monday', 'Dec.', 'O’Brien',
    'Jean-Pierre', 'Zürich', 'Łukasz', 'é5', 'AT&T', "Moody's", 'x', 'yz', '\n', '\n\n', '  ', ' ', '\t',
  ];
  let seed = 3;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = ['', 'one', 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nLONDON 1996-08-30\n\nThe'];
  for (let i = 0; i < 2000; i++) {
    let s = '';
    for (let k = 1 + rand(40); k > 0; k--) s += pieces[rand(pieces.length)] + (rand(3) === 0 ? '' : ' ');
    out.push(s);
  }
  return out;
}

const isBreak = (c: number): boolean =>
  c === 46 || c === 63 || c === 33 || c === 58 || c === 59 || c === 34 || c === 39 || c === 96 || c === 0x201c ||
  c === 0x201d || c === 0x2018 || c === 0x2019 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022 ||
  c === 0x2026 || c === 42 || c === 40 || c === 91;

/** The marks as a second pass over the tokens computes them (the extractor's former code). */
function reference(t: Tokens): { cu: number[]; lines: number[][]; hints: number[] } {
  const cu: number[] = [];
  let carry = true;
  for (let k = 0; k < t.count; k++) {
    const f = t.flags[k] as number;
    if ((f & (F_LINE_START | F_SENT_START)) !== 0) carry = true;
    cu.push(carry ? 1 : 0);
    const kd = t.kind[k] as number;
    if (kd === PUNCT) {
      if (isBreak(t.text.charCodeAt(t.start[k] as number))) carry = true;
      continue;
    }
    if (kd === NUM) continue;
    carry = (f & F_DOT) !== 0 && kd !== INITIAL && kd !== UPPER;
  }
  const lines: number[][] = [];
  for (let a = 0; a < t.count;) {
    let b = a + 1;
    while (b < t.count && ((t.flags[b] as number) & F_LINE_START) === 0) b++;
    const line = [a, b, 0, 0, 0, 0];
    for (let k = a; k < b; k++) {
      const kd = t.kind[k];
      if (kd === UPPER) line[2]!++;
      else if (kd === CAP) line[3]!++;
      else if (kd === LOWER) line[4]!++;
      else if (kd === NUM) line[5]!++;
    }
    lines.push(line);
    a = b;
  }
  const hints: number[] = [];
  for (let k = 0; k < t.count; k++) {
    const kd = t.kind[k] as number;
    if (kd === PUNCT) continue;
    const s = t.text.slice(t.start[k], t.end[k]);
    const c = s.charCodeAt(0);
    const plain = /^[A-Za-z0-9]+\.?$/.test(s);
    const dateWord = kd === LOWER ? (c === 116 || c === 121) && [5, 7, 8, 9].includes(s.length) : 'JFMASONDTWY'.includes(s.charAt(0));
    if (!plain || /[0-9]/.test(s) || dateWord) hints.push(k);
  }
  return { cu, lines, hints };
}

test('property: case-uninformative marks, line counts and hints agree with a second pass over the tokens', () => {
  const buf = new TokenBuffer(16);
  for (const text of sampleTexts()) {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i += 7 + (text.charCodeAt(i) % 20)) starts.push(i);
    const t = tokenizeInto(buf, text, starts);
    const ref = reference(t);
    assert.deepEqual(Array.from(t.uninformative.subarray(0, t.count)), ref.cu, JSON.stringify(text));
    const lines: number[][] = [];
    for (let l = 0; l < t.lineCount; l++) lines.push(Array.from(t.lines.subarray(l * LINE_FIELDS, (l + 1) * LINE_FIELDS)));
    assert.deepEqual(lines, ref.lines, JSON.stringify(text));
    assert.deepEqual(Array.from(t.hints.subarray(0, t.hintCount)), ref.hints, JSON.stringify(text));
    for (let k = 0; k < t.count; k++) {
      const s = text.slice(t.start[k], t.end[k]);
      const f = t.flags[k] as number;
      assert.equal((f & F_DIGITS) !== 0, t.kind[k] !== PUNCT && /[0-9]/.test(s), `F_DIGITS of ${s}`);
      // Plain promises no word start inside the token; most plain-looking tokens get the flag.
      if ((f & F_PLAIN) !== 0) assert.match(s, /^[A-Za-z0-9]+\.?$/, `F_PLAIN of ${s}`);
      if (t.kind[k] !== PUNCT && /^[A-Za-z]+$/.test(s) && /[ ,\n]/.test(text.charAt(t.end[k] as number) || ' ')) {
        assert.ok((f & F_PLAIN) !== 0, `F_PLAIN expected on ${s}`);
      }
    }
    // A reused buffer gives what a fresh one gives.
    const fresh = tokenize(text, starts);
    assert.deepEqual(Array.from(fresh.flags.subarray(0, fresh.count)), Array.from(t.flags.subarray(0, t.count)));
  }
});

test('shared tokens are kept for their text until another text is tokenized', () => {
  const a = 'Putin met Modi on Thursday.';
  const b = 'Another text entirely, May 4.';
  const ta = sharedTokens(a, [0]);
  assert.equal(sharedTokens(a, [0]), ta, 'same text and sentence starts: the same tokens');
  assert.equal(peekTokens(a), ta);
  assert.equal(peekTokens(b), undefined);
  assert.notEqual(sharedTokens(a, []), ta, 'other sentence starts: tokenized again');
  const tb = sharedTokens(b, []);
  assert.equal(peekTokens(b), tb);
  assert.equal(peekTokens(a), undefined, 'the buffer now holds the other text');
});
