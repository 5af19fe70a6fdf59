import type { RawArticle } from '../model/article.js';
import { asArticleId, type ArticleId } from '../model/ids.js';

/**
 * 64-bit content hash of a string as 16 lower-case hex digits: two independent 32-bit lanes over the UTF-16
 * code units (FNV-1a, and a murmur2-style multiply-xorshift), each finished with murmur3's fmix32. It reads
 * each code unit once with no encoding step — ids cost ≈ 1 ns per character, a tenth of a 64-bit FNV over
 * UTF-8 in 16-bit limbs, and ids are computed for every article. Documented so other stores can recompute it.
 */
export function hash64Hex(s: string): string {
  return hashJoined([s]);
}

/** The two lanes' running state (reused: hashing allocates nothing). */
const lanes = new Int32Array(2);

function feed(s: string): void {
  let a = lanes[0]!;
  let b = lanes[1]!;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  lanes[0] = a;
  lanes[1] = b;
}

/**
 * hash64Hex of the strings joined, read part by part: a concatenation would be a rope that V8 reads more
 * slowly, code unit by code unit, than its flat parts.
 */
export function hashJoined(parts: readonly string[]): string {
  let length = 0;
  for (let i = 0; i < parts.length; i++) length += parts[i]!.length;
  lanes[0] = 0x811c9dc5;
  lanes[1] = 0x5bd1e995 ^ length;
  for (let i = 0; i < parts.length; i++) feed(parts[i]!);
  const hex = (x: number): string => (x >>> 0).toString(16).padStart(8, '0');
  return hex(fmix32(lanes[0]!)) + hex(fmix32(lanes[1]!));
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The last segment of a path, for either separator ("feeds/a.jsonl" → "a.jsonl", "-" → "-"). */
function basename(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

const present = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t === undefined || t === '' ? undefined : t;
};

/**
 * Stable content-derived id: hash64Hex of `key + '\n' + title + '\n' + text`, where key is the URL, else the
 * record's external id, else the file's base name + '#' + record number (0 for single-article files).
 * The same file read again gets the same id; identical text in two files with different names, or at
 * two URLs, gets two ids (they are two articles; the grouping stage calls them copies).
 */
export function articleIdFor(raw: RawArticle, title: string | undefined, text: string): ArticleId {
  const key =
    present(raw.url) ?? present(raw.externalId) ?? `${basename(raw.origin.path)}#${raw.origin.record ?? 0}`;
  return asArticleId(hashJoined([key, '\n', title ?? '', '\n', text]));
}
