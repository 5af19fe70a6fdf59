/**
 * One pass over an article's text that yields what every later feature needs: lower-cased word forms,
 * their hashes (for shingles), and whether each token looks like part of a name or a number.
 * A regex over the original text is the fastest scanner in V8 for this (≈ 100 MB/s here); everything else
 * is per-token work on short strings.
 */
import { hashString } from './hash.js';

/** Token flag: starts with a capital letter and is not merely sentence-initial. */
export const NAME = 1;
/** Token flag: contains a digit. */
export const NUMBER = 2;
/** Token flag: capitalised but at the start of a sentence (a name only with other evidence). */
export const INITIAL_CAP = 4;

/** The tokens of one text, as parallel arrays. */
export interface TokenStream {
  /** Lower-cased forms, possessive ’s removed ("india’s" → "india"). */
  readonly words: readonly string[];
  /** hashString of each word: the input of shingling. */
  readonly hashes: Uint32Array;
  /** NAME | NUMBER | INITIAL_CAP bits per token. */
  readonly flags: Uint8Array;
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
    // space, tab, NBSP, opening quotes and brackets: keep looking back
    if (c === 32 || c === 9 || c === 0xa0 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91) continue;
    // newline, . ! ? : — – - • and closing quotes after a full stop: a boundary
    return c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2022 || c === 0x201d || c === 0x2019;
  }
  return true;
}

/** Tokenise a text. Linear in its length; one string allocation per token. */
export function tokenize(text: string): TokenStream {
  const words: string[] = [];
  let hashes = new Uint32Array(256);
  let flags = new Uint8Array(256);
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
    const word = text.slice(start, end).toLowerCase();
    const t = words.length;
    if (t === hashes.length) {
      const h2 = new Uint32Array(t * 2);
      h2.set(hashes);
      hashes = h2;
      const f2 = new Uint8Array(t * 2);
      f2.set(flags);
      flags = f2;
    }
    words.push(word);
    hashes[t] = hashString(word);
    flags[t] = f;
  }
  return { words, hashes: hashes.subarray(0, words.length), flags: flags.subarray(0, words.length) };
}

/**
 * Light English suffix stripping so that "visits"/"visited"/"visiting"/"visit" meet: plural -s/-es/-ies,
 * -ed, -ing and -ly, keeping a stem of at least four letters. Cruder than Porter's, and three times faster;
 * what matters is that rewrites of one sentence land on the same stems.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 4) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    if (word.endsWith('ies') && n > 5) return word.slice(0, -3) + 'y';
    if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) return word.slice(0, -2);
    if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
    return word.slice(0, -1);
  }
  if (last === 100 /* d */ && n > 6 && word.endsWith('ed')) return undouble(word.slice(0, -2));
  if (last === 103 /* g */ && n > 7 && word.endsWith('ing')) return undouble(word.slice(0, -3));
  if (last === 121 /* y */ && n > 6 && word.endsWith('ly')) return word.slice(0, -2);
  // "vote"/"voted"/"voting" → "vot": a final e goes too, as -ed and -ing take it away
  if (last === 101 /* e */ && n > 4) return word.slice(0, -1);
  return word;
}

/** "stopp" → "stop", "planned" → "plan"; but keep "ll"/"ss"/"zz" ("called" → "call"). */
function undouble(stemmed: string): string {
  const n = stemmed.length;
  const c = stemmed.charCodeAt(n - 1);
  if (n > 3 && c === stemmed.charCodeAt(n - 2) && c !== 108 && c !== 115 && c !== 122) return stemmed.slice(0, -1);
  return stemmed;
}
