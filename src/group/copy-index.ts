/**
 * Near-duplicate detection by MinHash LSH (Broder 1997). A signature of `bands × rows` bins is cut into
 * bands; two articles become candidates when any band hashes equal, probability 1 − (1 − J^rows)^bands.
 * With 32 bands of 4 rows: J = 0.3 → 0.23, J = 0.5 → 0.87, J = 0.7 → 0.9995, so copies (J ≥ 0.5, or a
 * cut/extended copy whose containment is high) are found while rewrites (J ≈ 0.03–0.3) rarely reach the
 * verification step. Candidates are verified on the signatures: Jaccard, and containment derived from the
 * exact shingle counts. Exact copies (same word sequence) are caught first by a hash.
 */
import type { ArticleFeatures } from '../model/features.js';
import type { ArticleId } from '../model/ids.js';
import { estimateJaccard } from '../features/minhash.js';
import { combine, fmix32 } from '../features/hash.js';

/** Thresholds of the copy decision. */
export interface CopyOptions {
  /** Jaccard at or above which two texts are copies. */
  readonly jaccard: number;
  /** Containment of the smaller text in the larger at or above which they are copies (cut or extended copy)… */
  readonly containment: number;
  /** …provided their Jaccard is at least this (containment estimates from tiny overlaps are noise). */
  readonly containmentMinJaccard: number;
  /** Texts with fewer distinct shingles are matched only exactly: too short to tell a copy from a template. */
  readonly minShingles: number;
  readonly bands: number;
  readonly rows: number;
}

export const DEFAULT_COPY_OPTIONS: CopyOptions = Object.freeze({
  jaccard: 0.5,
  containment: 0.8,
  containmentMinJaccard: 0.25,
  minShingles: 12,
  bands: 32,
  rows: 4,
});

/** A verified copy match. */
export interface CopyMatch {
  readonly of: ArticleId;
  readonly jaccard: number;
  readonly containment: number;
  readonly exact: boolean;
}

/** Index of the articles seen so far, for copy look-ups. Memory: ≈ bins·4 bytes + bands map entries per article. */
export class CopyIndex {
  private readonly options: CopyOptions;
  private readonly exact = new Map<number, number>();
  private readonly buckets = new Map<number, number | number[]>();
  private readonly ids: ArticleId[] = [];
  private readonly signatures: ArticleFeatures['signature'][] = [];

  constructor(options: Partial<CopyOptions> = {}) {
    this.options = Object.freeze({ ...DEFAULT_COPY_OPTIONS, ...options });
    if (this.options.bands * this.options.rows > 256) {
      throw new RangeError(`bands × rows must be at most the signature size; got ${this.options.bands} × ${this.options.rows}`);
    }
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** The best earlier copy of this article, if any. Does not add it. */
  find(f: ArticleFeatures): CopyMatch | undefined {
    const exactHit = f.exact === 0 ? undefined : this.exact.get(f.exact);
    if (exactHit !== undefined) return { of: this.ids[exactHit]!, jaccard: 1, containment: 1, exact: true };
    if (f.signature.size < this.options.minShingles) return undefined;
    let best: CopyMatch | undefined;
    let bestScore = 0;
    const seen = new Set<number>();
    for (const key of this.bandKeys(f.signature.values)) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      for (const idx of typeof bucket === 'number' ? [bucket] : bucket) {
        if (seen.has(idx)) continue;
        seen.add(idx);
        const other = this.signatures[idx]!;
        if (other.size < this.options.minShingles) continue;
        const j = estimateJaccard(f.signature, other);
        const small = Math.min(other.size, f.signature.size);
        const c = Math.min(1, (j * (other.size + f.signature.size)) / (1 + j) / small);
        const isCopy = j >= this.options.jaccard || (c >= this.options.containment && j >= this.options.containmentMinJaccard);
        if (isCopy && j + c > bestScore) {
          bestScore = j + c;
          best = { of: this.ids[idx]!, jaccard: j, containment: c, exact: false };
        }
      }
    }
    return best;
  }

  /** Index an article (after `find`). */
  add(f: ArticleFeatures): void {
    const idx = this.ids.length;
    this.ids.push(f.article);
    this.signatures.push(f.signature);
    if (f.exact !== 0 && !this.exact.has(f.exact)) this.exact.set(f.exact, idx);
    if (f.signature.size < this.options.minShingles) return;
    for (const key of this.bandKeys(f.signature.values)) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, idx);
      else if (typeof bucket === 'number') this.buckets.set(key, [bucket, idx]);
      else bucket.push(idx);
    }
  }

  private bandKeys(values: Uint32Array): number[] {
    const { bands, rows } = this.options;
    const keys: number[] = [];
    for (let b = 0; b < bands; b++) {
      let h = b + 1;
      for (let r = 0; r < rows; r++) h = combine(h, values[b * rows + r]!);
      // Band number in the high bits keeps bands apart in one map; 2^21 bands × 2^32 hashes < 2^53.
      keys.push(b * 0x100000000 + fmix32(h));
    }
    return keys;
  }
}
