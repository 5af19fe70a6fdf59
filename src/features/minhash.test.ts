import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MINHASH, estimateContainment, estimateJaccard, minhash, SignatureMismatchError } from './minhash.js';
import { fmix32 } from './hash.js';

/** A seeded stream of distinct pseudo-random 32-bit values. */
function values(seed: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fmix32((seed * 1_000_003 + i) >>> 0);
  return out;
}

function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  let inter = 0;
  for (const x of new Set(b)) if (sa.has(x)) inter++;
  return inter / (sa.size + new Set(b).size - inter);
}

test('MinHash estimate tracks exact Jaccard across the range (property test against the exact value)', () => {
  for (let trial = 0; trial < 40; trial++) {
    const shared = values(trial, 20 + trial * 15);
    const onlyA = values(1000 + trial, (trial * 37) % 400);
    const onlyB = values(2000 + trial, (trial * 53) % 300);
    const a = new Uint32Array([...shared, ...onlyA]);
    const b = new Uint32Array([...shared, ...onlyB]);
    const exact = exactJaccard(a, b);
    const est = estimateJaccard(minhash(a), minhash(b));
    // 128 bins: standard error ≤ 0.045; 4 SE keeps this test deterministic-safe across the 40 trials.
    assert.ok(Math.abs(est - exact) < 0.18, `trial ${trial}: estimate ${est} vs exact ${exact}`);
  }
});

test('identical sets give 1, disjoint sets near 0, small sets are densified', () => {
  const a = values(1, 500);
  assert.equal(estimateJaccard(minhash(a), minhash(a.slice())), 1);
  assert.ok(estimateJaccard(minhash(a), minhash(values(2, 500))) < 0.05);
  const tiny = minhash(values(3, 5));
  assert.ok(tiny.values.every((v) => v !== 0xffffffff), 'no empty bin after densification');
  assert.equal(tiny.size, 5);
});

test('containment recognises a cut copy that Jaccard alone undervalues', () => {
  const full = values(7, 1000);
  const cut = full.slice(0, 450);
  const sa = minhash(full);
  const sb = minhash(cut);
  assert.ok(estimateJaccard(sa, sb) < 0.6);
  assert.ok(estimateContainment(sa, sb) > 0.85);
});

test('comparing signatures built with different parameters throws', () => {
  const a = minhash(values(1, 100));
  const b = minhash(values(1, 100), { ...DEFAULT_MINHASH, seed: 99 });
  assert.throws(() => estimateJaccard(a, b), SignatureMismatchError);
});
