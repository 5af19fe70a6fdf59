import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../model/article.js';
import { articleIdFor, hash64Hex } from './id.js';

/** Slow reference of hash64Hex, written from its description (two lanes, fmix32 finish). */
function reference(s: string): string {
  let a = 0x811c9dc5n;
  let b = BigInt((0x5bd1e995 ^ s.length) >>> 0);
  const m32 = 0xffffffffn;
  for (let i = 0; i < s.length; i++) {
    const c = BigInt(s.charCodeAt(i));
    a = ((a ^ c) * 0x01000193n) & m32;
    b = ((b ^ c) * 0x5bd1e995n) & m32;
    b ^= b >> 15n;
  }
  const fmix = (h: bigint): bigint => {
    h ^= h >> 16n;
    h = (h * 0x85ebca6bn) & m32;
    h ^= h >> 13n;
    h = (h * 0xc2b2ae35n) & m32;
    h ^= h >> 16n;
    return h;
  };
  return fmix(a).toString(16).padStart(8, '0') + fmix(b).toString(16).padStart(8, '0');
}

test('hash64Hex: 16 hex digits, equal to a BigInt reference on varied strings', () => {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const alphabet = 'abc XYZ 019.,‘’“”—é中\u{1F600}\n';
  const seen = new Set<string>();
  for (let n = 0; n < 300; n++) {
    let s = '';
    const len = next() % 80;
    for (let k = 0; k < len; k++) s += [...alphabet][next() % [...alphabet].length];
    const h = hash64Hex(s);
    assert.match(h, /^[0-9a-f]{16}$/);
    assert.equal(h, reference(s), JSON.stringify(s));
    seen.add(s + '\0' + h);
  }
  assert.notEqual(hash64Hex('a'), hash64Hex('b'));
});

const raw = (over: Partial<RawArticle> & { path?: string; record?: number }): RawArticle => {
  const { path = 'feeds/a.txt', record, ...rest } = over;
  return {
    kind: 'raw',
    origin: record === undefined ? { path, format: 'text' } : { path, record, format: 'text' },
    text: 'Body.',
    ...rest,
  };
};

test('articleIdFor: stable, 16 hex digits, from key + title + text', () => {
  const a = articleIdFor(raw({}), 'Title', 'Body.');
  assert.match(a, /^[0-9a-f]{16}$/);
  assert.equal(articleIdFor(raw({}), 'Title', 'Body.'), a, 'the same file read again gets the same id');
  assert.equal(a, reference('a.txt#0\nTitle\nBody.'));
  assert.equal(articleIdFor(raw({ path: 'other/dir/a.txt' }), 'Title', 'Body.'), a, 'only the base name counts');
});

test('articleIdFor: distinct when name, record, url, id, title or text differ', () => {
  const ids = [
    articleIdFor(raw({}), 'Title', 'Body.'),
    articleIdFor(raw({ path: 'feeds/b.txt' }), 'Title', 'Body.'),
    articleIdFor(raw({ record: 2 }), 'Title', 'Body.'),
    articleIdFor(raw({ record: 3 }), 'Title', 'Body.'),
    articleIdFor(raw({ url: 'https://harbourline.example/a' }), 'Title', 'Body.'),
    articleIdFor(raw({ url: 'https://harbourline.example/b' }), 'Title', 'Body.'),
    articleIdFor(raw({ externalId: 'x1' }), 'Title', 'Body.'),
    articleIdFor(raw({}), undefined, 'Body.'),
    articleIdFor(raw({}), 'Title', 'Body!'),
  ];
  assert.equal(new Set(ids).size, ids.length);
});

test('articleIdFor: url wins over external id, which wins over the file name', () => {
  const url = 'https://harbourline.example/a';
  assert.equal(articleIdFor(raw({ url, externalId: 'x1' }), 'T', 'B'), reference(`${url}\nT\nB`));
  assert.equal(articleIdFor(raw({ externalId: ' x1 ' }), 'T', 'B'), reference('x1\nT\nB'));
  assert.equal(articleIdFor(raw({ url: '  ', record: 4 }), 'T', 'B'), reference('a.txt#4\nT\nB'));
  assert.equal(articleIdFor(raw({ path: 'C:\\in\\z.json' }), 'T', 'B'), reference('z.json#0\nT\nB'));
});
