/**
 * Near-duplicate detection by MinHash LSH (Broder 1997). A signature of `bands × rows` bins is cut into
 * bands; two articles become candidates when any band hashes equal, probability 1 − (1 − J^rows)^bands.
 * With 32 bands of 4 rows: J = 0.3 → 0.23, J = 0.5 → 0.87, J = 0.7 → 0.9995, so copies (J ≥ 0.5, or a
 * cut/extended copy whose containment is high) are found while rewrites (J ≈ 0.03–0.3) rarely reach the
 * verification step. Candidates are verified on the signatures: Jaccard, and containment derived from the
 * shingle counts. Exact copies (same word sequence) are caught first by a hash.
 *
 * Layout: all signatures in one growing Uint32Array (article index × bins), buckets as one open-addressing
 * table per band (band hash → newest article index) plus a `next` chain per (article, band). No object per
 * article or bucket, so a 100k-article index is ≈ 65 MB of typed arrays and costs the garbage collector nothing.
 */
import type { ArticleFeatures } from '../model/features.js';
import type { ArticleId } from '../model/ids.js';
import { combine, fmix32 } from '../features/hash.js';
import { IntMap } from '../features/int-map.js';
import type { MinHashParams } from '../features/minhash.js';
import { SignatureMismatchError } from '../features/minhash.js';

/** Thresholds of the copy decision. */
export interface CopyOptions {
  /** Jaccard at or above which two texts are copies. */
  readonly jaccard: number;
  /** Containment of the smaller text in the larger at or above which they are copies (cut or extended copy)… */
  readonly containment: number;
  /** …provided their Jaccard is at least this (containment estimates from tiny overlaps are noise). */
  readonly containmentMinJaccard: number;
  /** Texts with fewer shingles are matched only exactly: too short to tell a copy from a template. */
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

/** Index of the articles seen so far, for copy look-ups. */
export class CopyIndex {
  private readonly options: CopyOptions;
  private readonly exact = new IntMap();
  private readonly bandHeads: IntMap[];
  private next = new Int32Array(0);
  private signatures = new Uint32Array(0);
  private sizes = new Int32Array(0);
  private readonly ids: ArticleId[] = [];
  private params: MinHashParams | undefined;

  constructor(options: Partial<CopyOptions> = {}) {
    this.options = Object.freeze({ ...DEFAULT_COPY_OPTIONS, ...options });
    if (this.options.bands * this.options.rows > 256) {
      throw new RangeError(`bands × rows must be at most the signature size; got ${this.options.bands} × ${this.options.rows}`);
    }
    this.bandHeads = Array.from({ length: this.options.bands }, () => new IntMap(1024));
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** The best earlier copy of this article, if any. Does not add it. */
  find(f: ArticleFeatures): CopyMatch | undefined {
    const exactHit = f.exact === 0 ? -1 : this.exact.get(f.exact);
    if (exactHit >= 0) return { of: this.ids[exactHit]!, jaccard: 1, containment: 1, exact: true };
    const sig = f.signature;
    if (sig.size < this.options.minShingles || this.ids.length === 0) return undefined;
    this.check(sig.params);
    const bins = sig.params.bins;
    const { bands } = this.options;
    let best: CopyMatch | undefined;
    let bestScore = 0;
    const seen = new Set<number>();
    const keys = this.bandKeys(sig.values);
    for (let b = 0; b < bands; b++) {
      for (let idx = this.bandHeads[b]!.get(keys[b]!); idx >= 0; idx = this.next[idx * bands + b]!) {
        if (seen.has(idx)) continue;
        seen.add(idx);
        const otherSize = this.sizes[idx]!;
        if (otherSize < this.options.minShingles) continue;
        let equal = 0;
        const base = idx * bins;
        for (let i = 0; i < bins; i++) if (this.signatures[base + i] === sig.values[i]) equal++;
        const j = equal / bins;
        const small = Math.min(otherSize, sig.size);
        const c = Math.min(1, (j * (otherSize + sig.size)) / (1 + j) / small);
        const isCopy = j >= this.options.jaccard || (c >= this.options.containment && j >= this.options.containmentMinJaccard);
        if (isCopy && j + c > bestScore) {
          bestScore = j + c;
          best = { of: this.ids[idx]!, jaccard: j, containment: c, exact: false };
        }
      }
    }
    return best;
  }

  /**
   * Make room for `n` articles of `bins`-value signatures at once (a store replaying its log knows how many), so
   * that adding them grows no array or table. Only on an empty index; otherwise nothing happens.
   */
  reserve(n: number, bins = 128): void {
    if (this.ids.length > 0 || !Number.isInteger(n) || n <= 0) return;
    for (let b = 0; b < this.bandHeads.length; b++) this.bandHeads[b] = new IntMap(n);
    this.ensure(n, bins);
  }

  /** Index an article (after `find`). */
  add(f: ArticleFeatures): void {
    const sig = f.signature;
    this.check(sig.params);
    this.params ??= sig.params;
    const idx = this.ids.length;
    const { bands } = this.options;
    const bins = sig.params.bins;
    this.ensure(idx + 1, bins);
    this.ids.push(f.article);
    this.signatures.set(sig.values, idx * bins);
    this.sizes[idx] = sig.size;
    if (f.exact !== 0 && this.exact.get(f.exact) < 0) this.exact.set(f.exact, idx);
    this.next.fill(-1, idx * bands, (idx + 1) * bands);
    if (sig.size < this.options.minShingles) return;
    const keys = this.bandKeys(sig.values);
    for (let b = 0; b < bands; b++) {
      const heads = this.bandHeads[b]!;
      this.next[idx * bands + b] = heads.get(keys[b]!);
      heads.set(keys[b]!, idx);
    }
  }

  private check(p: MinHashParams): void {
    const q = this.params;
    if (q !== undefined && (q.bins !== p.bins || q.seed !== p.seed || q.shingle !== p.shingle || q.version !== p.version)) {
      throw new SignatureMismatchError(q, p);
    }
  }

  private ensure(n: number, bins: number): void {
    if (n * bins <= this.signatures.length) return;
    const cap = Math.max(n, this.sizes.length * 2, 256);
    const sigs = new Uint32Array(cap * bins);
    sigs.set(this.signatures);
    this.signatures = sigs;
    const sizes = new Int32Array(cap);
    sizes.set(this.sizes);
    this.sizes = sizes;
    const next = new Int32Array(cap * this.options.bands);
    next.set(this.next);
    this.next = next;
  }

  private bandKeys(values: Uint32Array): Int32Array {
    const { bands, rows } = this.options;
    const keys = new Int32Array(bands);
    for (let b = 0; b < bands; b++) {
      let h = b + 1;
      for (let r = 0; r < rows; r++) h = combine(h, values[b * rows + r]!);
      keys[b] = fmix32(h) | 0;
    }
    return keys;
  }
}
