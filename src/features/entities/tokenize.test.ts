import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CAP, F_DOT, F_HYPHEN, F_LINE_START, F_PARA_START, F_POSSESSIVE, F_SENT_START, INITIAL, LOWER, NUM, PUNCT, UPPER,
  tokenize,
} from './tokenize.js';

const view = (text: string, starts: number[] = []): { s: string; kind: number; flags: number }[] => {
  const t = tokenize(text, starts);
  return Array.from({ length: t.count }, (_, i) => ({
    s: text.slice(t.start[i], t.end[i]),
    kind: t.kind[i] as number,
    flags: t.flags[i] as number,
  }));
};

test('possessives split off names; apostrophes inside names stay', () => {
  const toks = view('Belousov’s visit and O’Brien\'s don\'t');
  assert.deepEqual(toks.map((t) => t.s), ['Belousov', '’s', 'visit', 'and', 'O’Brien', "'s", "don't"]);
  assert.ok(((toks[1]?.flags ?? 0) & F_POSSESSIVE) !== 0);
  assert.equal(toks[1]?.kind, PUNCT);
});

test('shapes: capitalised, all caps with dots, initials, numbers', () => {
  const toks = view('Dr. S Jaishankar met U.S. and NATO officials on 22nd, $1.2 billion, 3,400 people, 1996-08-22');
  const by = new Map(toks.map((t) => [t.s, t]));
  assert.equal(by.get('Dr.')?.kind, CAP);
  assert.ok(((by.get('Dr.')?.flags ?? 0) & F_DOT) !== 0, 'abbreviation keeps its period');
  assert.equal(by.get('S')?.kind, INITIAL);
  assert.equal(by.get('Jaishankar')?.kind, CAP);
  assert.equal(by.get('U.S.')?.kind, UPPER);
  assert.equal(by.get('NATO')?.kind, UPPER);
  assert.equal(by.get('officials')?.kind, LOWER);
  for (const n of ['22nd', '1.2', '3,400', '1996-08-22']) assert.equal(by.get(n)?.kind, NUM, n);
  assert.equal(by.get('$')?.kind, PUNCT);
});

test('a sentence-final period is not part of a word', () => {
  assert.deepEqual(view('He visited India.').map((t) => t.s), ['He', 'visited', 'India', '.']);
});

test('hyphenated words are one token with a flag', () => {
  const toks = view('the Russian-Indian commission in Toronto-based firms');
  const ri = toks.find((t) => t.s === 'Russian-Indian');
  assert.ok(ri !== undefined && (ri.flags & F_HYPHEN) !== 0);
  assert.ok(toks.some((t) => t.s === 'Toronto-based'));
});

test('line, paragraph and sentence starts', () => {
  const text = 'First line\nsecond line\n\nNew paragraph. Second sentence';
  const toks = view(text, [0, text.indexOf('Second')]);
  const f = (s: string): number => toks.find((t) => t.s === s)?.flags ?? 0;
  assert.ok((f('First') & (F_LINE_START | F_PARA_START | F_SENT_START)) === (F_LINE_START | F_PARA_START | F_SENT_START));
  assert.ok((f('second') & F_LINE_START) !== 0 && (f('second') & F_PARA_START) === 0);
  assert.ok((f('New') & F_PARA_START) !== 0);
  assert.ok((f('Second') & F_SENT_START) !== 0 && (f('Second') & F_LINE_START) === 0);
  assert.equal(f('line') & (F_LINE_START | F_SENT_START), 0);
});

test('non-ASCII letters are word characters; upper case detected', () => {
  const toks = view('Łukasz Żebrowski visited Škoda in Zürich');
  assert.deepEqual(toks.map((t) => t.s), ['Łukasz', 'Żebrowski', 'visited', 'Škoda', 'in', 'Zürich']);
  assert.ok(toks.filter((t) => t.s !== 'visited' && t.s !== 'in').every((t) => t.kind === CAP));
});

test('offsets cover the text exactly (property over varied input)', () => {
  const samples = [
    'Prime Minister Narendra Modi’s visit — “historic”, he said (ANI).',
    'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
    '  \n\n  leading blanks\tand tabs\r\nwindows lines',
    'U.S.-based J.P. Morgan & Co. raised 3.5% to €1,200.50 on 12/05/2025.',
  ];
  for (const text of samples) {
    const t = tokenize(text);
    let prev = 0;
    for (let i = 0; i < t.count; i++) {
      const s = t.start[i] as number;
      const e = t.end[i] as number;
      assert.ok(s >= prev && e > s, `ordered, non-empty: ${text}`);
      assert.equal(text.slice(prev, s).trim(), '', `only whitespace between tokens in ${JSON.stringify(text)}`);
      prev = e;
    }
    assert.equal(text.slice(prev).trim(), '');
  }
});
