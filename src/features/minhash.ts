/**
 * MinHash signatures by one-permutation hashing with optimal densification (Li, Owen & Zhang 2012;
 * Shrivastava 2017): one hash per shingle instead of one per shingle per permutation. The hash's top bits
 * pick a bin, its low bits are the value kept if it is the bin's minimum; an empty bin borrows the value
 * of a non-empty bin chosen by a fixed per-bin probe sequence, which keeps the estimator unbiased.
 *
 * Stored layout (documented because signatures are persisted): `bins` unsigned 32-bit values, little
 * endian, each the 24-bit minimum of its bin (0xffffffff only when the text had no shingle at all),
 * preceded by its parameters {version, bins, seed, shingle}.
 */
import { combine, fmix32 } from './hash.js';

/** How a signature was built; signatures compare only when these are equal. */
export interface MinHashParams {
  readonly version: 1;
  /** Number of bins (a power of two ≤ 256). */
  readonly bins: number;
  readonly seed: number;
  /** Words per shingle. */
  readonly shingle: number;
}

/** A MinHash signature with its parameters and the number of distinct shingles it summarises. */
export interface MinHashSignature {
  readonly params: MinHashParams;
  readonly values: Uint32Array;
  /** Shingles summarised (repeats counted: they are rare in prose). */
  readonly size: number;
}

export const DEFAULT_MINHASH: MinHashParams = Object.freeze({ version: 1, bins: 128, seed: 0x5eed, shingle: 5 });

const EMPTY = 0xffffffff;

/** Hashes of the w-word shingles of a token-hash stream (fewer than w tokens → one shingle of all). */
export function shingleHashes(tokens: Uint32Array, w: number, seed: number): Uint32Array {
  const n = tokens.length;
  if (n === 0) return new Uint32Array(0);
  const count = n < w ? 1 : n - w + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = seed >>> 0;
    const end = Math.min(i + w, n);
    for (let j = i; j < end; j++) h = combine(h, tokens[j]!);
    out[i] = fmix32(h);
  }
  return out;
}

/** Build a signature from shingle hashes. Duplicated shingles are harmless (min is idempotent). */
export function minhash(shingles: Uint32Array, params: MinHashParams = DEFAULT_MINHASH): MinHashSignature {
  const { bins } = params;
  const shift = 32 - Math.log2(bins);
  const values = new Uint32Array(bins).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const h = fmix32((shingles[i]! ^ params.seed) >>> 0);
    const bin = h >>> shift;
    const v = h & 0xffffff;
    if (v < values[bin]!) values[bin] = v;
  }
  // Densify: each empty bin probes bins in a fixed pseudo-random order until it finds a filled one.
  let filled = 0;
  for (let b = 0; b < bins; b++) if (values[b] !== EMPTY) filled++;
  if (filled > 0 && filled < bins) {
    const source = values.slice();
    for (let b = 0; b < bins; b++) {
      if (source[b] !== EMPTY) continue;
      for (let attempt = 1; ; attempt++) {
        const probe = fmix32(combine(params.seed + b, attempt)) % bins;
        if (source[probe] !== EMPTY) {
          values[b] = source[probe]!;
          break;
        }
      }
    }
  }
  // Size = shingle count: repeated 5-word shingles are rare in prose, and sorting to count distinct ones
  // cost more than the whole signature.
  return { params, values, size: shingles.length };
}

/** Thrown when two signatures built with different parameters are compared. */
export class SignatureMismatchError extends Error {
  constructor(a: MinHashParams, b: MinHashParams) {
    super(
      `cannot compare MinHash signatures built differently (${JSON.stringify(a)} vs ${JSON.stringify(b)}); ` +
        'rebuild the index with one set of parameters',
    );
    this.name = 'SignatureMismatchError';
  }
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  const pa = a.params;
  const pb = b.params;
  if (pa.bins !== pb.bins || pa.seed !== pb.seed || pa.shingle !== pb.shingle || pa.version !== pb.version) {
    throw new SignatureMismatchError(pa, pb);
  }
  if (a.size === 0 || b.size === 0) return 0;
  let equal = 0;
  const va = a.values;
  const vb = b.values;
  for (let i = 0; i < va.length; i++) if (va[i] === vb[i]) equal++;
  return equal / va.length;
}

/**
 * Estimated containment of the smaller set in the larger, from the Jaccard estimate and the exact sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). It is what recognises a copy with a cut ending or an added intro.
 */
export function estimateContainment(a: MinHashSignature, b: MinHashSignature): number {
  const j = estimateJaccard(a, b);
  const small = Math.min(a.size, b.size);
  if (small === 0) return 0;
  return Math.min(1, (j * (a.size + b.size)) / (1 + j) / small);
}
