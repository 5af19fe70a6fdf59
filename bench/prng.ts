/**
 * Small seeded pseudo-random generator for the synthetic corpus: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator, 128-bit state, passes PractRand), seeded through splitmix32 so that nearby seeds give
 * unrelated streams. Same seed → same sequence on every platform: only 32-bit integer arithmetic is used.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    let s = (seed ^ Math.floor(seed / 0x100000000)) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Next unsigned 32-bit integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 0x100000000;
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Uniform element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty array');
    return item;
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** A new generator whose stream depends on this one's next output (for independent sub-streams). */
  fork(): Prng {
    return new Prng(this.uint32() * 0x200000 + (this.uint32() & 0x1fffff));
  }
}

/**
 * Sampler over weights 1/(i + offset)^s for i in [0, n): Zipf's law over ranks offset … offset + n − 1.
 * Walker's alias method (Vose's construction): O(n) set-up, then O(1) per draw from one uniform number.
 */
export class ZipfSampler {
  private readonly threshold: Float64Array;
  private readonly alias: Int32Array;

  constructor(n: number, exponent = 1, offset = 1) {
    if (n < 1) throw new RangeError('ZipfSampler needs at least one rank');
    const weights = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      weights[i] = 1 / Math.pow(i + offset, exponent);
      total += weights[i] as number;
    }
    this.threshold = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((w, i) => (w < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large[large.length - 1] as number;
      this.threshold[s] = scaled[s] as number;
      this.alias[s] = l;
      scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
      if ((scaled[l] as number) < 1) small.push(large.pop() as number);
    }
    // Leftovers are 1 up to rounding error.
    for (const i of [...small, ...large]) {
      this.threshold[i] = 1;
      this.alias[i] = i;
    }
  }

  /** A rank in [0, n). */
  sample(rng: Prng): number {
    const u = rng.next() * this.threshold.length;
    const i = Math.floor(u);
    return u - i < (this.threshold[i] as number) ? i : (this.alias[i] as number);
  }
}

/** A seeded uniform [0, 1) source as a plain function, for tests and fixtures that only need that. */
export function uniform(seed: number): () => number {
  const p = new Prng(seed);
  return () => p.next();
}
