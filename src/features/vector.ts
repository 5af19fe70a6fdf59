/** Sparse vector construction and arithmetic over term ids. */
import type { SparseVector } from '../model/features.js';

/** An empty vector. */
export const EMPTY_VECTOR: SparseVector = Object.freeze({ ids: new Int32Array(0), weights: new Float32Array(0), norm: 0 });

/** Builds a vector from term id → weight. */
export function toVector(weights: ReadonlyMap<number, number>): SparseVector {
  if (weights.size === 0) return EMPTY_VECTOR;
  const ids = Int32Array.from(weights.keys()).sort();
  const w = new Float32Array(ids.length);
  let sq = 0;
  for (let i = 0; i < ids.length; i++) {
    const x = weights.get(ids[i]!)!;
    w[i] = x;
    sq += x * x;
  }
  return { ids, weights: w, norm: Math.sqrt(sq) };
}

/** Dot product of two sparse vectors by merging their sorted ids. */
export function dot(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      s += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Cosine similarity (0 when either vector is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return dot(a, b) / (a.norm * b.norm);
}

/** Ids present in both, with the product of their weights, largest first. */
export function sharedTerms(a: SparseVector, b: SparseVector): { id: number; weight: number }[] {
  const out: { id: number; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      out.push({ id: x, weight: a.weights[i]! * b.weights[j]! });
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.sort((p, q) => q.weight - p.weight);
}

/**
 * a·scaleA + b·scaleB, keeping only the `limit` largest weights: story centroids stay bounded however many
 * articles join (the tail of a centroid carries almost no cosine mass).
 */
export function addVectors(a: SparseVector, b: SparseVector, scaleB: number, limit: number): SparseVector {
  const ids: number[] = [];
  const ws: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids.push(x);
      ws.push(a.weights[i++]! + b.weights[j++]! * scaleB);
    } else if (x < y) {
      ids.push(x);
      ws.push(a.weights[i++]!);
    } else {
      ids.push(y);
      ws.push(b.weights[j++]! * scaleB);
    }
  }
  let keep: number[] | undefined;
  if (ids.length > limit) {
    const order = ws.map((_, k) => k).sort((p, q) => ws[q]! - ws[p]!);
    keep = order.slice(0, limit).sort((p, q) => p - q);
  }
  const n = keep?.length ?? ids.length;
  const outIds = new Int32Array(n);
  const outW = new Float32Array(n);
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const src = keep === undefined ? k : keep[k]!;
    outIds[k] = ids[src]!;
    const w = ws[src]!;
    outW[k] = w;
    sq += w * w;
  }
  return { ids: outIds, weights: outW, norm: Math.sqrt(sq) };
}

/** The vector scaled to unit length (unchanged when empty). */
export function normalise(v: SparseVector): SparseVector {
  if (v.norm === 0 || v.norm === 1) return v;
  const w = new Float32Array(v.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = v.weights[i]! / v.norm;
  return { ids: v.ids, weights: w, norm: 1 };
}
