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
 * a + b·scaleB, keeping at most 1.25 × `limit` entries (trimmed to the `limit` largest weights when over):
 * story centroids stay bounded however many articles join (the tail carries almost no cosine mass).
 */
export function addVectors(a: SparseVector, b: SparseVector, scaleB: number, limit: number): SparseVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const ws = new Float32Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids[n] = x;
      ws[n++] = a.weights[i++]! + b.weights[j++]! * scaleB;
    } else if (x < y) {
      ids[n] = x;
      ws[n++] = a.weights[i++]!;
    } else {
      ids[n] = y;
      ws[n++] = b.weights[j++]! * scaleB;
    }
  }
  let outIds = ids.subarray(0, n);
  let outW = ws.subarray(0, n);
  // Trim only once a quarter over the limit, back to the limit: the sort that finds the cut then runs
  // on one add in several, not on every add to a large story.
  if (n > limit + (limit >> 2)) {
    // Keep the `limit` heaviest: find the cut weight, then copy in id order.
    const cut = Float32Array.from(outW).sort()[n - limit]!;
    const keptIds = new Int32Array(limit);
    const keptW = new Float32Array(limit);
    let k = 0;
    let ties = outW.filter((w) => w > cut).length;
    for (let m = 0; m < n && k < limit; m++) {
      const w = outW[m]!;
      if (w > cut || (w === cut && ties < limit)) {
        if (w === cut) ties++;
        keptIds[k] = outIds[m]!;
        keptW[k++] = w;
      }
    }
    outIds = keptIds.subarray(0, k);
    outW = keptW.subarray(0, k);
  } else {
    outIds = outIds.slice();
    outW = outW.slice();
  }
  let sq = 0;
  for (let m = 0; m < outW.length; m++) sq += outW[m]! * outW[m]!;
  return { ids: outIds, weights: outW, norm: Math.sqrt(sq) };
}

/** The vector scaled to unit length (unchanged when empty). */
export function normalise(v: SparseVector): SparseVector {
  if (v.norm === 0 || v.norm === 1) return v;
  const w = new Float32Array(v.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = v.weights[i]! / v.norm;
  return { ids: v.ids, weights: w, norm: 1 };
}

/** Ids of the k heaviest entries, heaviest first: a partial selection, O(n·k) with k small. */
export function topIds(v: SparseVector, k: number): number[] {
  const n = v.ids.length;
  const ids: number[] = [];
  const ws: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = v.weights[i]!;
    if (ws.length === k && w <= ws[k - 1]!) continue;
    let j = ws.length < k ? ws.length : k - 1;
    while (j > 0 && ws[j - 1]! < w) {
      if (j < k) {
        ws[j] = ws[j - 1]!;
        ids[j] = ids[j - 1]!;
      }
      j--;
    }
    ws[j] = w;
    ids[j] = v.ids[i]!;
  }
  return ids;
}

/** Whether the vector has an entry for `id` (binary search over its sorted ids). */
export function hasId(v: SparseVector, id: number): boolean {
  return weightOf(v, id) !== 0;
}

/** The weight of `id` in the vector, 0 when absent. */
export function weightOf(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = v.ids[mid]!;
    if (x === id) return v.weights[mid]!;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * One vector spread over a dense array indexed by term id, so that its dot product with many others costs
 * one array read per entry of the other (no merge, no branches): the shape of scoring one article against
 * its candidate stories. Reused across articles; `clear` restores it in O(entries).
 */
export class DenseVector {
  private values = new Float64Array(1 << 14);
  private loaded: Int32Array = new Int32Array(0);

  /** Spread `v` scaled by `scale` (clearing what was loaded before). */
  load(v: SparseVector, scale = 1): void {
    this.clear();
    const last = v.ids.length === 0 ? 0 : v.ids[v.ids.length - 1]!;
    if (last >= this.values.length) this.values = new Float64Array(Math.max(last + 1, this.values.length * 2));
    for (let i = 0; i < v.ids.length; i++) this.values[v.ids[i]!] = v.weights[i]! * scale;
    this.loaded = v.ids;
  }

  /** Dot product of the loaded vector with `v`. */
  dot(v: SparseVector): number {
    const values = this.values;
    const n = values.length;
    let s = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      if (id < n) s += values[id]! * v.weights[i]!;
    }
    return s;
  }

  clear(): void {
    for (let i = 0; i < this.loaded.length; i++) this.values[this.loaded[i]!] = 0;
    this.loaded = new Int32Array(0);
  }
}
