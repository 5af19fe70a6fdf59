import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleFeatures } from '../model/features.js';
import { asArticleId } from '../model/ids.js';
import { fmix32 } from '../features/hash.js';
import { DEFAULT_MINHASH, estimateJaccard, minhash } from '../features/minhash.js';
import { EMPTY_VECTOR } from '../features/vector.js';
import { CopyIndex } from './copy-index.js';

function features(id: string, shingles: Uint32Array, exact = 0): ArticleFeatures {
  return { article: asArticleId(id), tokens: shingles.length, exact, signature: minhash(shingles), body: EMPTY_VECTOR, names: EMPTY_VECTOR, numbers: EMPTY_VECTOR };
}
const range = (seed: number, n: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => fmix32(seed * 7919 + i));

test('finds copies with a changed intro, an added line or a cut ending; not rewrites', () => {
  const index = new CopyIndex();
  const wire = range(1, 600);
  index.add(features('wire', wire));
  const intro = new Uint32Array([...range(2, 60), ...wire.slice(60)]);
  const added = new Uint32Array([...wire, ...range(3, 40)]);
  const cut = wire.slice(0, 380);
  const rewrite = new Uint32Array([...wire.slice(0, 90), ...range(4, 510)]);
  for (const [name, s] of [['intro', intro], ['added', added], ['cut', cut]] as const) {
    const m = index.find(features(name, s));
    assert.equal(m?.of, 'wire', `${name} is a copy of the wire`);
  }
  assert.equal(index.find(features('rewrite', rewrite)), undefined, 'a rewrite sharing 15% is not a copy');
});

test('exact copies by word-sequence hash, even when too short for LSH', () => {
  const index = new CopyIndex();
  index.add(features('a', range(9, 5), 12345));
  const m = index.find(features('b', range(9, 5), 12345));
  assert.deepEqual(m, { of: 'a', jaccard: 1, containment: 1, exact: true });
  assert.equal(index.find(features('c', range(9, 5), 999)), undefined);
});

test('LSH candidates find every pair an all-pairs scan accepts (property test against the slow reference)', () => {
  const index = new CopyIndex();
  const all: ArticleFeatures[] = [];
  // Families of near-duplicates at varied overlap, plus unrelated texts.
  for (let fam = 0; fam < 12; fam++) {
    const base = range(100 + fam, 400);
    for (let v = 0; v < 4; v++) {
      const keep = 400 - v * 45;
      all.push(features(`f${fam}v${v}`, new Uint32Array([...base.slice(0, keep), ...range(1000 + fam * 10 + v, 400 - keep)])));
    }
  }
  let agreed = 0;
  for (const f of all) {
    let ref: string | undefined;
    let refScore = 0;
    for (const g of all.slice(0, all.indexOf(f))) {
      const j = estimateJaccard(f.signature, g.signature);
      const c = Math.min(1, (j * (f.signature.size + g.signature.size)) / (1 + j) / Math.min(f.signature.size, g.signature.size));
      if ((j >= 0.5 || (c >= 0.8 && j >= 0.25)) && j + c > refScore) {
        refScore = j + c;
        ref = g.article;
      }
    }
    const found = index.find(f)?.of;
    if (ref !== undefined) {
      assert.ok(found !== undefined, `${f.article}: LSH missed ${ref}`);
      agreed++;
    } else assert.equal(found, undefined);
    index.add(f);
  }
  assert.ok(agreed >= 20);
});

test('signatures built with other parameters are refused', () => {
  const index = new CopyIndex();
  index.add(features('a', range(1, 100)));
  const other: ArticleFeatures = { ...features('b', range(1, 100)), signature: minhash(range(1, 100), { ...DEFAULT_MINHASH, seed: 7 }) };
  assert.throws(() => index.add(other), /cannot compare MinHash signatures/);
});
