/**
 * 32-bit hashing for the hot path. FNV-1a over UTF-16 code units (strings never leave JS, so no UTF-8
 * encoding is needed), finished with murmur3's fmix32 so that low and high bits are both well mixed —
 * MinHash bins take the top bits, values the low bits.
 */

/** FNV-1a over a string's code units, not finalised. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 fmix32: an invertible avalanche of a 32-bit value. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A well-mixed 32-bit hash of a string. */
export function hashString(s: string, seed = 0): number {
  return fmix32(fnv1a(s, (0x811c9dc5 ^ seed) >>> 0));
}

/** Order-dependent combination of a running hash with one more 32-bit value (boost::hash_combine style). */
export function combine(h: number, v: number): number {
  return (h ^ (v + 0x9e3779b9 + (h << 6) + (h >>> 2))) >>> 0;
}
