import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addVectors, cosine, dot, toVector, topIds, weightOf } from './vector.js';

function randomVector(seed: number, n: number): ReturnType<typeof toVector> {
  const m = new Map<number, number>();
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    m.set(x % 1000, ((x >>> 8) % 997) / 97 + 0.01);
  }
  return toVector(m);
}

test('topIds agrees with a full sort (property test)', () => {
  for (let seed = 1; seed < 60; seed++) {
    const v = randomVector(seed, seed * 3);
    for (const k of [1, 3, 16]) {
      const ref = Array.from(v.ids.keys())
        .sort((a, b) => v.weights[b]! - v.weights[a]!)
        .slice(0, k)
        .map((i) => v.weights[i]!);
      assert.deepEqual(topIds(v, k).map((id) => weightOf(v, id)), ref, `seed ${seed} k ${k}`);
    }
  }
});

test('dot and cosine match a map-based reference; addVectors keeps the heaviest terms', () => {
  const a = randomVector(7, 50);
  const b = randomVector(8, 50);
  let ref = 0;
  for (let i = 0; i < a.ids.length; i++) ref += a.weights[i]! * weightOf(b, a.ids[i]!);
  assert.ok(Math.abs(dot(a, b) - ref) < 1e-6);
  assert.ok(Math.abs(cosine(a, a) - 1) < 1e-6);
  const sum = addVectors(a, b, 1, 10);
  assert.equal(sum.ids.length, 10);
  assert.ok([...sum.ids].every((id, i, xs) => i === 0 || xs[i - 1]! < id), 'ids stay sorted');
});
