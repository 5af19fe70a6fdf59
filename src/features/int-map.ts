/**
 * A map from 32-bit integer keys to non-negative integer values by open addressing with linear probing on
 * typed arrays. The vocabulary look-up runs once per token; a JS Map keyed by 32-bit hashes (heap numbers,
 * not small integers) costs ≈ 150 ns a look-up here, this ≈ 15 ns.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 12) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    let i = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const v = this.values[i]!;
      if (v === -1) return -1;
      if (this.keys[i] === k) return v;
      i = (i + 1) & this.mask;
    }
  }

  /** Set `key` to `value` (≥ 0). */
  set(key: number, value: number): void {
    if (value < 0) throw new RangeError(`IntMap values must be non-negative; got ${value}`);
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const k = key | 0;
    let i = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const v = this.values[i]!;
      if (v === -1) {
        this.keys[i] = k;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.keys[i] === k) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}
