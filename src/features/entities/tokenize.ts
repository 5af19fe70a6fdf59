/**
 * A char-code tokenizer for entity and number extraction. One pass, no regular expressions on the hot path,
 * no substrings: tokens are offsets and a shape in typed arrays, so lower-case words (most of the text) cost
 * only the scan. Callers take substrings of the few tokens they look at.
 */

/** Token shapes. */
export const LOWER = 0; // starts with a lower-case letter: 'said', 'iPhone'
export const CAP = 1; // starts upper-case, has lower-case letters: 'Belousov', 'McDonald', 'Jean-Pierre'
export const UPPER = 2; // two or more letters, all upper-case: 'NATO', 'U.S.', 'LONDON'
export const INITIAL = 3; // one upper-case letter, with or without a period: 'S', 'S.'
export const NUM = 4; // starts with a digit: '22nd', '3,400', '1.2', '1996-08-22', '6-3'
export const PUNCT = 5; // one character of anything else; also the possessive "'s"

/** Token flags. */
export const F_LINE_START = 1; // first token of a line (text start or after a newline)
export const F_SENT_START = 2; // first token of a sentence, as the caller's sentence offsets say
export const F_HYPHEN = 4; // word with an internal hyphen
export const F_DOT = 8; // word that ends with a period it kept ('Dr.', 'U.S.', 'S.')
export const F_PARA_START = 16; // first token after a blank line (or at text start)
export const F_POSSESSIVE = 64; // the PUNCT token "'s" / "’s" (or a bare apostrophe after a plural)

/** Abbreviations that keep their final period. Lower-case, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'st',
  'jr', 'sr', 'inc', 'ltd', 'corp', 'co', 'mt', 'ft', 'rev', 'vs', 'bros', 'cpl', 'pvt', 'supt', 'insp', 'det',
  'messrs', 'mme', 'mlle', 'no', 'nos', 'vol', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'pct', 'approx',
  'est', 'cf', 'etc', 'al', 'fig', 'dept', 'univ', 'assn', 'natl', 'intl', 'ave', 'blvd', 'rd', 'sq',
]);

const NON_ASCII_LETTER = /\p{L}/u;

/** Whether a UTF-16 code unit is a letter (ASCII fast path; Latin ranges by table; the rest by regex). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c <= 0x24f) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isDigit(c) || isLetterCode(c);

/** Tokens of one text, as parallel typed arrays. */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
}

/** ASCII character classes for the scanner. */
const C_OTHER = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_DIGIT = 3;
const C_UPPER = 4;
const C_LOWER = 5;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] =
    c === 10 ? C_NEWLINE
    : c === 32 || c === 9 || c === 13 || c === 12 || c === 11 ? C_SPACE
    : c >= 48 && c <= 57 ? C_DIGIT
    : c >= 65 && c <= 90 ? C_UPPER
    : c >= 97 && c <= 122 ? C_LOWER
    : C_OTHER;
}

/** Character class of any UTF-16 code unit. */
function charClass(c: number): number {
  if (c < 128) return ASCII_CLASS[c] as number;
  if (isSpace(c)) return C_SPACE;
  if (!isLetterCode(c)) return C_OTHER;
  return isUpperCode(c) ? C_UPPER : C_LOWER;
}

/** Growable token arrays. */
class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  push(s: number, e: number, k: number, f: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = k;
    this.flags[i] = f;
  }
  private grow(): void {
    const cap = this.start.length * 2;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(cap);
    e.set(this.end);
    this.end = e;
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.flags = f;
  }
}

/**
 * Splits `text` into tokens. `sentenceStarts` (ascending offsets) marks the first token at or after each
 * offset with F_SENT_START.
 */
export function tokenize(text: string, sentenceStarts: readonly number[] = []): Tokens {
  const n = text.length;
  const buf = new TokenBuffer(Math.max(16, (n >> 2) + 8));
  let newlines = 2; // newlines seen since the last token: text start counts as a paragraph start
  let sentIdx = 0;
  let nextSent = sentenceStarts.length > 0 ? (sentenceStarts[0] as number) : -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : charClass(c);
    if (cls === C_SPACE) {
      i++;
      continue;
    }
    if (cls === C_NEWLINE) {
      newlines++;
      i++;
      continue;
    }
    let f = 0;
    if (newlines > 0) f = newlines > 1 ? F_LINE_START | F_PARA_START : F_LINE_START;
    newlines = 0;
    if (nextSent >= 0 && nextSent <= i) {
      f |= F_SENT_START;
      while (nextSent >= 0 && nextSent <= i) {
        sentIdx++;
        nextSent = sentIdx < sentenceStarts.length ? (sentenceStarts[sentIdx] as number) : -1;
      }
    }
    if (cls === C_OTHER) {
      let e = i + 1;
      const k = PUNCT;
      // The possessive "'s" is one token so that names stop before it (also "Moody 's", as tokenised corpora
      // write it).
      const prevEnd = buf.count > 0 ? (buf.end[buf.count - 1] as number) : -2;
      const prevWord = buf.count > 0 && buf.kind[buf.count - 1] !== PUNCT;
      if ((c === 39 || c === 0x2019) && i + 1 < n && (prevEnd === i || (prevWord && prevEnd === i - 1 && text.charCodeAt(i - 1) === 32))) {
        const s1 = text.charCodeAt(i + 1);
        if ((s1 === 115 || s1 === 83) && (i + 2 >= n || !isAlnum(text.charCodeAt(i + 2)))) {
          e = i + 2;
          f |= F_POSSESSIVE;
        }
      }
      buf.push(i, e, k, f);
      i = e;
      continue;
    }
    // A word or a number.
    let j = i + 1;
    let upper = cls === C_UPPER ? 1 : 0;
    let lower = cls === C_LOWER ? 1 : 0;
    let digits = cls === C_DIGIT ? 1 : 0;
    let seg = 1; // letters and digits since the last '.' or '-'
    let dots = 0;
    let hyphen = false;
    const firstDigit = cls === C_DIGIT;
    // Fast path: the rest of an ASCII lower-case run (most of any text).
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 97 || d > 122) break;
      j++;
    }
    lower += j - i - 1;
    seg += j - i - 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      const dc = d < 128 ? (ASCII_CLASS[d] as number) : charClass(d);
      if (dc === C_LOWER) {
        lower++;
        seg++;
        j++;
        continue;
      }
      if (dc === C_UPPER) {
        upper++;
        seg++;
        j++;
        continue;
      }
      if (dc === C_DIGIT) {
        digits++;
        seg++;
        j++;
        continue;
      }
      if (dc !== C_OTHER || j + 1 >= n) break;
      const next = text.charCodeAt(j + 1);
      if ((d === 45 || d === 0x2010 || d === 0x2011) && isAlnum(next)) {
        hyphen = true;
        seg = 0;
        j++;
        continue;
      }
      if ((d === 39 || d === 0x2019) && !firstDigit && isLetterCode(next)) {
        if ((next === 115 || next === 83) && (j + 2 >= n || !isAlnum(text.charCodeAt(j + 2)))) break;
        j++;
        continue;
      }
      if (d === 46 && !firstDigit && seg === 1 && digits === 0 && isLetterCode(next)) {
        dots++; // dotted initials: U.S.A, J.P
        seg = 0;
        j++;
        continue;
      }
      if ((d === 44 || d === 46) && firstDigit && isDigit(text.charCodeAt(j - 1)) && isDigit(next)) {
        j++;
        continue;
      }
      if (d === 38 && upper > 0 && lower === 0 && isUpperCode(next)) {
        j++; // AT&T, S&P
        continue;
      }
      break;
    }
    if (hyphen) f |= F_HYPHEN;
    const letters = upper + lower;
    if (j < n && text.charCodeAt(j) === 46 && !firstDigit) {
      if ((dots > 0 && seg === 1) || (letters === 1 && upper === 1 && digits === 0)) {
        j++;
        f |= F_DOT;
      } else if (j - i <= 6 && !hyphen && ABBREVIATIONS.has(text.slice(i, j).toLowerCase())) {
        j++;
        f |= F_DOT;
      }
    }
    let k: number;
    if (firstDigit) k = NUM;
    else if (cls === C_LOWER) k = LOWER;
    else if (letters === 1) k = INITIAL;
    else if (lower === 0) k = UPPER;
    else k = CAP;
    buf.push(i, j, k, f);
    i = j;
  }
  return { text, count: buf.count, start: buf.start, end: buf.end, kind: buf.kind, flags: buf.flags };
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000
  );
}
