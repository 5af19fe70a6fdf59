/**
 * One pass over an article's text that yields what every later feature needs, without creating a string
 * per token: each token's hash (of its lower-cased form, possessive ’s removed), its offsets, and whether
 * it looks like part of a name or a number. Strings are made only for words the vocabulary has not seen
 * (see Rarity.word), so the steady-state cost is a character loop and a hash per token.
 */
import { fmix32 } from './hash.js';

/** Token flag: starts with a capital letter and is not merely sentence-initial. */
export const NAME = 1;
/** Token flag: contains a digit. */
export const NUMBER = 2;
/** Token flag: capitalised but at the start of a sentence (a name only with other evidence). */
export const INITIAL_CAP = 4;

/** The tokens of one text, as parallel arrays. */
export interface TokenStream {
  /** fmix32(FNV-1a) of each token's lower-cased form: the input of shingling and vocabulary look-ups. */
  readonly hashes: Uint32Array;
  /** NAME | NUMBER | INITIAL_CAP bits per token. */
  readonly flags: Uint8Array;
  /** Offsets of each token in the text (end exclusive, possessive excluded). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly length: number;
}

/** The lower-cased form of token `i` (allocates: call only for words not seen before). */
export function tokenWord(text: string, stream: TokenStream, i: number): string {
  return text.slice(stream.starts[i]!, stream.ends[i]!).toLowerCase();
}

// Character classes for the scanner: 1 = lower-case letter or mark, 2 = upper-case letter, 3 = digit,
// 4 = joiner inside a token (apostrophes, dot, hyphen, en dash, comma between digits). Code units above
// Latin Extended are classified once by regex and cached.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const JOINER = 4;
const CLASS = new Uint8Array(65536).fill(255);
const LETTER_RE = /[\p{L}\p{M}]/u;
const NUMERIC_RE = /\p{N}/u;
for (let c = 0; c < 0x250; c++) CLASS[c] = classifySlow(c);
for (const c of [39, 0x2019, 46, 45, 0x2013, 44]) CLASS[c] = JOINER;

function classifySlow(c: number): number {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) return DIGIT;
  if (LETTER_RE.test(ch)) return ch !== ch.toLowerCase() ? UPPER : LOWER;
  if (NUMERIC_RE.test(ch)) return DIGIT;
  return 0;
}

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 255) {
    k = c >= 0xd800 && c <= 0xdfff ? LOWER : classifySlow(c); // astral letters: rare, treat as letters
    CLASS[c] = k;
  }
  return k;
}

/** Whether the token starting at `start` opens a sentence: only spaces and opening punctuation since a boundary. */
function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // space, tab, NBSP and brackets: keep looking back; an opening quote starts a quoted sentence
    if (c === 32 || c === 9 || c === 0xa0 || c === 40 || c === 91) continue;
    if (c === 34 || c === 39 || c === 0x201c || c === 0x2018) return true;
    // newline, . ! ? : — – - • and closing quotes after a full stop: a boundary
    return c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2022 || c === 0x201d || c === 0x2019;
  }
  return true;
}

/** Lower-case code unit for hashing: ASCII fast path, the full mapping only for other capitals. */
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c | 0x20;
  if (c < 0xc0) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/**
 * Reusable output arrays for `tokenize`: a stream tokenised into a buffer is valid until the buffer's next
 * use. Saves four allocations per text on the hot path.
 */
export class TokenBuffer {
  hashes = new Uint32Array(1024);
  flags = new Uint8Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
}

/** Tokenise a text. Linear in its length; allocates nothing when given a buffer that is large enough. */
export function tokenize(text: string, buffer?: TokenBuffer): TokenStream {
  const b = buffer ?? new TokenBuffer();
  let cap = b.hashes.length;
  let hashes = b.hashes;
  let flags = b.flags;
  let starts = b.starts;
  let ends = b.ends;
  let t = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classOf(text.charCodeAt(i));
    if (k === 0 || k === JOINER) {
      i++;
      continue;
    }
    const start = i;
    let f = k === UPPER ? NAME : k === DIGIT ? NUMBER : 0;
    let end = i + 1;
    i++;
    // A joiner continues the token only when followed by a letter or digit (a comma only between digits).
    while (i < n) {
      const c = text.charCodeAt(i);
      k = classOf(c);
      if (k === LOWER || k === UPPER) {
        end = ++i;
      } else if (k === DIGIT) {
        f |= NUMBER;
        end = ++i;
      } else if (k === JOINER && i + 1 < n) {
        const next = classOf(text.charCodeAt(i + 1));
        if (next === 0 || next === JOINER || (c === 44 && (next !== DIGIT || classOf(text.charCodeAt(i - 1)) !== DIGIT))) break;
        i++;
      } else break;
    }
    // Possessive: "Belousov’s" → "Belousov"
    if (end - start > 2) {
      const last = text.charCodeAt(end - 1);
      const q = text.charCodeAt(end - 2);
      if ((last === 115 || last === 83) && (q === 0x2019 || q === 39)) end -= 2;
    }
    if ((f & NAME) !== 0 && sentenceInitial(text, start)) f = (f & ~NAME) | INITIAL_CAP;
    if (t === cap) {
      cap *= 2;
      const h2 = new Uint32Array(cap);
      h2.set(hashes);
      hashes = h2;
      const f2 = new Uint8Array(cap);
      f2.set(flags);
      flags = f2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
    }
    // Same value as hashString(word.toLowerCase()), computed on the code units in place.
    let h = 0x811c9dc5;
    for (let j = start; j < end; j++) {
      h ^= lower(text.charCodeAt(j));
      h = Math.imul(h, 0x01000193);
    }
    hashes[t] = fmix32(h >>> 0);
    flags[t] = f;
    starts[t] = start;
    ends[t] = end;
    t++;
  }
  b.hashes = hashes;
  b.flags = flags;
  b.starts = starts;
  b.ends = ends;
  return { hashes: hashes.subarray(0, t), flags: flags.subarray(0, t), starts: starts.subarray(0, t), ends: ends.subarray(0, t), length: t };
}

/**
 * Light English suffix stripping so that "visits"/"visited"/"visiting"/"visit" meet: plural -s/-es/-ies,
 * -ed, -ing and -ly, keeping a stem of at least four letters. Cruder than Porter's, and three times faster;
 * what matters is that rewrites of one sentence land on the same stems.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n < 4) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    if (n <= 4) return word;
    if (word.endsWith('ies') && n > 5) return word.slice(0, -3) + 'y';
    if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) return word.slice(0, -2);
    if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
    return stem(word.slice(0, -1));
  }
  if (last === 100 /* d */ && n >= 5 && word.endsWith('ed')) return undouble(word.slice(0, -2));
  if (last === 103 /* g */ && n >= 6 && word.endsWith('ing')) return undouble(word.slice(0, -3));
  if (last === 121 /* y */ && n >= 6 && word.endsWith('ly')) return word.slice(0, -2);
  // "vote"/"voted"/"voting" → "vot": a final e goes too, as -ed and -ing take it away
  if (last === 101 /* e */) return word.slice(0, -1);
  return word;
}

/** "stopp" → "stop", "planned" → "plan"; but keep "ll"/"ss"/"zz" ("called" → "call"). */
function undouble(stemmed: string): string {
  const n = stemmed.length;
  const c = stemmed.charCodeAt(n - 1);
  if (n > 3 && c === stemmed.charCodeAt(n - 2) && c !== 108 && c !== 115 && c !== 122) return stemmed.slice(0, -1);
  return stemmed;
}
