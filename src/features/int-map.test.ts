import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntMap } from './int-map.js';
import { fmix32 } from './hash.js';

test('IntMap behaves like a Map over many random 32-bit keys (property test against Map)', () => {
  const m = new IntMap(4);
  const ref = new Map<number, number>();
  for (let i = 0; i < 50_000; i++) {
    const key = fmix32(i % 30_011) | 0; // repeats force overwrites
    m.set(key, i);
    ref.set(key, i);
  }
  assert.equal(m.size, ref.size);
  for (const [k, v] of ref) assert.equal(m.get(k), v);
  assert.equal(m.get(fmix32(999_999) | 0), -1);
  assert.throws(() => m.set(1, -2), /non-negative/);
});
