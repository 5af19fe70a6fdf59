import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString } from './hash.js';
import { INITIAL_CAP, NAME, NUMBER, stem, tokenize, tokenWord } from './tokens.js';

const words = (text: string): string[] => {
  const s = tokenize(text);
  return Array.from({ length: s.length }, (_, i) => tokenWord(text, s, i));
};

test('tokens keep inner joiners and drop possessives', () => {
  assert.deepEqual(words('Helena Voss’s 22nd session on military-technical ties cost €1,200.5 in the U.S. on 4-5 May.'), [
    'helena', 'voss', '22nd', 'session', 'on', 'military-technical', 'ties', 'cost', '1,200.5', 'in', 'the', 'u.s', 'on', '4-5', 'may',
  ]);
  assert.deepEqual(words("the region's ‘quiet’ rise, 3, 4"), ['the', 'region', 'quiet', 'rise', '3', '4']);
});

test('hashes equal hashString of the lower-cased word, computed without substrings', () => {
  // (Capitals whose lower case is two code units, like 'İ', hash their one-unit form: still consistent.)
  const text = 'Ärzte in MÜNCHEN said Ω and Łódź';
  const s = tokenize(text);
  for (let i = 0; i < s.length; i++) assert.equal(s.hashes[i], hashString(tokenWord(text, s, i)), tokenWord(text, s, i));
});

test('capitalised words are names except at a sentence start; digits flag numbers', () => {
  const text = 'The minister met Anand Sharma. Later, Sharma said 22 people “Left early.”';
  const s = tokenize(text);
  const flag = (w: string): number => s.flags[words(text).indexOf(w)]!;
  assert.equal(flag('the'), INITIAL_CAP);
  assert.equal(flag('anand'), NAME);
  assert.equal(flag('later'), INITIAL_CAP);
  assert.equal(flag('sharma'), NAME);
  assert.equal(flag('22'), NUMBER);
  assert.equal(flag('left'), INITIAL_CAP);
});

test('stems meet across inflections', () => {
  for (const group of [['visit', 'visits', 'visited', 'visiting'], ['vote', 'voted', 'voting', 'votes'], ['agreement', 'agreements'], ['stop', 'stopped']]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join('/')} → ${[...stems].join(', ')}`);
  }
  assert.equal(stem('news'), 'news');
  assert.equal(stem('analysis'), 'analysis');
});
