import { Buffer } from 'node:buffer';

/**
 * A char-code tokenizer for entity, number and date extraction. One pass, no regular expressions on the hot
 * path, no substrings: tokens are offsets and a shape in typed arrays, so lower-case words (most of the text)
 * cost only the scan. Callers take substrings of the few tokens they look at. The same pass marks what the
 * entity extractor would otherwise find in more passes (case-uninformative positions, each line's counts of
 * token kinds) and lists the tokens that may hold a date or a number.
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
/** Word or number of ASCII letters and digits only (a kept final period aside): no word starts inside it. */
export const F_PLAIN = 32;
/** Word or number with an ASCII digit. */
export const F_DIGITS = 128;

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
  /**
   * 1 where a capital letter says nothing about a name, as if every line were prose: the first token of a
   * line or sentence, and a token after sentence punctuation, a quotation mark, a dash, a bullet, a bracket
   * or a colon, or after a word ending with a period (not an initial or acronym); numbers pass the state on.
   */
  readonly uninformative: Uint8Array;
  /** Per line, LINE_FIELDS numbers: first token, end token, and counts of UPPER, CAP, LOWER and NUM tokens. */
  readonly lines: Int32Array;
  readonly lineCount: number;
  /**
   * Indices, ascending, of the tokens that may hold a date trigger or a number (see `mayHoldDateOrNumber`), so
   * that the date and number readers look at a few tokens instead of all of them.
   */
  readonly hints: Int32Array;
  readonly hintCount: number;
}

/** Numbers per line in `Tokens.lines`. */
export const LINE_FIELDS = 6;

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

/**
 * Growable token arrays. One buffer can be reused for text after text (`tokenizeInto`): the arrays only grow,
 * so steady-state tokenizing allocates nothing.
 */
export class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  uninformative: Uint8Array;
  lines: Int32Array;
  hints: Int32Array;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.uninformative = new Uint8Array(capacity);
    this.lines = new Int32Array(64 * LINE_FIELDS);
    this.hints = new Int32Array(capacity);
  }
  /** Doubles the room for lines, keeping the first `count` lines. */
  growLines(): Int32Array {
    const l = new Int32Array(this.lines.length * 2);
    l.set(this.lines);
    this.lines = l;
    return l;
  }
  /** Doubles the capacity, keeping the first `count` tokens. */
  grow(): void {
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
    const u = new Uint8Array(cap);
    u.set(this.uninformative);
    this.uninformative = u;
    const h = new Int32Array(cap);
    h.set(this.hints);
    this.hints = h;
  }
}

/**
 * The text's UTF-16 code units, copied natively into a reused buffer with a 0 after the last one. Reading a
 * typed array is cheaper than `charCodeAt`, above all on two-byte strings (any text with a curly quote or a
 * dash), where it halves the cost of tokenizing.
 */
let codeBytes = Buffer.alloc(1 << 16);
let codeUnits = new Uint16Array(codeBytes.buffer, codeBytes.byteOffset, codeBytes.length >> 1);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function codeUnitsOf(text: string): Uint16Array {
  const n = text.length;
  if (codeUnits.length < n + 1) {
    codeBytes = Buffer.alloc((n + 1) * 4);
    codeUnits = new Uint16Array(codeBytes.buffer, codeBytes.byteOffset, codeBytes.length >> 1);
  }
  if (LITTLE_ENDIAN) codeBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < n; i++) codeUnits[i] = text.charCodeAt(i);
  codeUnits[n] = 0;
  return codeUnits;
}

/**
 * Splits `text` into tokens. `sentenceStarts` (ascending offsets) marks the first token at or after each
 * offset with F_SENT_START.
 */
export function tokenize(text: string, sentenceStarts: readonly number[] = []): Tokens {
  return tokenizeInto(new TokenBuffer(Math.max(16, (text.length >> 2) + 8)), text, sentenceStarts);
}

/**
 * `tokenize` into a reusable buffer; the result's arrays are the buffer's (longer than `count`) and stay
 * valid until the buffer is used again.
 */
export function tokenizeInto(buf: TokenBuffer, text: string, sentenceStarts: readonly number[]): Tokens {
  const n = text.length;
  const codes = codeUnitsOf(text);
  let tStart = buf.start;
  let tEnd = buf.end;
  let tKind = buf.kind;
  let tFlags = buf.flags;
  let tCu = buf.uninformative;
  let tHints = buf.hints;
  let hintCount = 0;
  let lines = buf.lines;
  let lineCount = 0;
  let lineStart = 0;
  let caps = 0;
  let capitalised = 0;
  let lowers = 0;
  let nums = 0;
  let carry = true;
  let cap = tStart.length;
  let t = 0;
  let newlines = 2; // newlines seen since the last token: text start counts as a paragraph start
  let sentIdx = 0;
  let nextSent = sentenceStarts.length > 0 ? (sentenceStarts[0] as number) : -1;
  let i = 0;
  while (i < n) {
    const c = (codes[i] as number);
    if (c === 32) {
      i++;
      continue;
    }
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
    if (newlines > 0) {
      f = newlines > 1 ? F_LINE_START | F_PARA_START : F_LINE_START;
      newlines = 0;
    }
    if (nextSent >= 0 && nextSent <= i) {
      f |= F_SENT_START;
      while (nextSent >= 0 && nextSent <= i) {
        sentIdx++;
        nextSent = sentIdx < sentenceStarts.length ? (sentenceStarts[sentIdx] as number) : -1;
      }
    }
    if (t === cap) {
      buf.count = t;
      buf.grow();
      tStart = buf.start;
      tEnd = buf.end;
      tKind = buf.kind;
      tFlags = buf.flags;
      tCu = buf.uninformative;
      tHints = buf.hints;
      cap = tStart.length;
    }
    if ((f & F_LINE_START) !== 0 && t > 0) {
      if ((lineCount + 1) * LINE_FIELDS > lines.length) lines = buf.growLines();
      const l = lineCount++ * LINE_FIELDS;
      lines[l] = lineStart;
      lines[l + 1] = t;
      lines[l + 2] = caps;
      lines[l + 3] = capitalised;
      lines[l + 4] = lowers;
      lines[l + 5] = nums;
      lineStart = t;
      caps = capitalised = lowers = nums = 0;
    }
    if ((f & (F_LINE_START | F_SENT_START)) !== 0) carry = true;
    tCu[t] = carry ? 1 : 0;
    if (cls === C_OTHER) {
      let e = i + 1;
      // The possessive "'s" is one token so that names stop before it (also "Moody 's", as tokenised corpora
      // write it).
      if ((c === 39 || c === 0x2019) && i + 1 < n && t > 0) {
        const prevEnd = tEnd[t - 1] as number;
        if (prevEnd === i || (tKind[t - 1] !== PUNCT && prevEnd === i - 1 && (codes[i - 1] as number) === 32)) {
          const s1 = (codes[i + 1] as number);
          if ((s1 === 115 || s1 === 83) && (i + 2 >= n || !isAlnum((codes[i + 2] as number)))) {
            e = i + 2;
            f |= F_POSSESSIVE;
          }
        }
      }
      tStart[t] = i;
      tEnd[t] = e;
      tKind[t] = PUNCT;
      tFlags[t] = f;
      t++;
      i = e;
      if (isBreakPunct(c)) carry = true;
      continue;
    }
    // A word or a number.
    let j = i + 1;
    // Fast path: the rest of an ASCII lower-case run (most of any text).
    while (((codes[j] as number) - 97) >>> 0 < 26) j++; // the copy ends with a 0, which stops it
    let k: number;
    const next = j < n ? (codes[j] as number) : 32;
    if ((next === 32 || next === 44 || next === 10) && cls !== C_DIGIT) {
      // The word ends at a space, comma or newline: nothing else to look at (most words).
      k = cls === C_LOWER ? LOWER : j - i === 1 ? INITIAL : CAP;
      if (c < 128) {
        f |= F_PLAIN;
        if (k === LOWER ? (c === 116 || c === 121) && isRelativeLength(j - i) : DATE_INITIAL[c] === 1) tHints[hintCount++] = t;
      } else {
        tHints[hintCount++] = t;
      }
    } else {
      let plain = c < 128;
      let upper = cls === C_UPPER ? 1 : 0;
      let lower = (cls === C_LOWER ? 1 : 0) + (j - i - 1);
      let digits = cls === C_DIGIT ? 1 : 0;
      let seg = j - i; // letters and digits since the last '.' or '-'
      let dots = 0;
      let hyphen = false;
      const firstDigit = cls === C_DIGIT;
      while (j < n) {
        const d = (codes[j] as number);
        const dc = d < 128 ? (ASCII_CLASS[d] as number) : charClass(d);
        if (dc === C_LOWER) {
          if (d >= 128) plain = false;
          lower++;
          seg++;
          j++;
          continue;
        }
        if (dc === C_UPPER) {
          if (d >= 128) plain = false;
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
        // The joiners below put a word start inside the token: it is not plain.
        const nc = (codes[j + 1] as number);
        if ((d === 45 || d === 0x2010 || d === 0x2011) && isAlnum(nc)) {
          hyphen = true;
          seg = 0;
          plain = false;
          j++;
          continue;
        }
        if ((d === 39 || d === 0x2019) && !firstDigit && isLetterCode(nc)) {
          if ((nc === 115 || nc === 83) && (j + 2 >= n || !isAlnum((codes[j + 2] as number)))) break;
          plain = false;
          j++;
          continue;
        }
        if (d === 46 && !firstDigit && seg === 1 && digits === 0 && isLetterCode(nc)) {
          dots++; // dotted initials: U.S.A, J.P
          seg = 0;
          plain = false;
          j++;
          continue;
        }
        if ((d === 44 || d === 46) && firstDigit && isDigit((codes[j - 1] as number)) && isDigit(nc)) {
          plain = false;
          j++;
          continue;
        }
        if (d === 38 && upper > 0 && lower === 0 && isUpperCode(nc)) {
          plain = false;
          j++; // AT&T, S&P
          continue;
        }
        break;
      }
      if (hyphen) f |= F_HYPHEN;
      if (plain) f |= F_PLAIN;
      const letters = upper + lower;
      if (j < n && (codes[j] as number) === 46 && !firstDigit) {
        if ((dots > 0 && seg === 1) || (letters === 1 && upper === 1 && digits === 0)) {
          j++;
          f |= F_DOT;
        } else if (j - i <= 6 && !hyphen && isAbbreviation(text, i, j)) {
          j++;
          f |= F_DOT;
        }
      }
      if (firstDigit) k = NUM;
      else if (cls === C_LOWER) k = LOWER;
      else if (letters === 1) k = INITIAL;
      else if (lower === 0) k = UPPER;
      else k = CAP;
      if (digits > 0) f |= F_DIGITS;
      if (!plain || digits > 0 || (k === LOWER ? (c === 116 || c === 121) && isRelativeLength(j - i) : DATE_INITIAL[c] === 1)) {
        tHints[hintCount++] = t;
      }
    }
    tStart[t] = i;
    tEnd[t] = j;
    tKind[t] = k;
    tFlags[t] = f;
    t++;
    i = j;
    if (k === LOWER) lowers++;
    else if (k === CAP) capitalised++;
    else if (k === UPPER) caps++;
    else if (k === NUM) {
      nums++;
      continue; // a number passes the state on ("3 - Wayne Ferreira": list numbering keeps the start position)
    }
    // A word ending with a period ("said Dr.", "Inc.") may end a sentence; initials and acronyms do not.
    carry = (f & F_DOT) !== 0 && k !== INITIAL && k !== UPPER;
  }
  if (t > 0) {
    if ((lineCount + 1) * LINE_FIELDS > lines.length) lines = buf.growLines();
    const l = lineCount++ * LINE_FIELDS;
    lines[l] = lineStart;
    lines[l + 1] = t;
    lines[l + 2] = caps;
    lines[l + 3] = capitalised;
    lines[l + 4] = lowers;
    lines[l + 5] = nums;
  }
  buf.count = t;
  return {
    text, count: t, start: tStart, end: tEnd, kind: tKind, flags: tFlags, uninformative: tCu, lines, lineCount,
    hints: tHints, hintCount,
  };
}

/**
 * The tokens of the text last read by the entity extractor, kept so that the extractors that read the same
 * article after it (dates) find its words without another pass over the text. One text is kept; its tokens
 * live in one buffer that the next text overwrites, so a caller uses them before any other call that
 * tokenizes.
 */
const shared = { buffer: new TokenBuffer(1024), text: undefined as string | undefined, starts: [] as number[], tokens: undefined as Tokens | undefined };

/** `tokenize(text, sentenceStarts)` into the shared buffer, or the shared tokens if they are already these. */
export function sharedTokens(text: string, sentenceStarts: readonly number[]): Tokens {
  const { tokens, starts } = shared;
  if (tokens !== undefined && shared.text === text && starts.length === sentenceStarts.length) {
    let same = true;
    for (let i = 0; i < starts.length && same; i++) same = starts[i] === sentenceStarts[i];
    if (same) return tokens;
  }
  shared.tokens = undefined;
  const result = tokenizeInto(shared.buffer, text, sentenceStarts);
  shared.text = text;
  shared.starts = sentenceStarts.slice();
  shared.tokens = result;
  return result;
}

/** The shared tokens of `text` (with whatever sentence starts they were made with), if they are at hand. */
export function peekTokens(text: string): Tokens | undefined {
  return shared.text === text ? shared.tokens : undefined;
}

/**
 * A token may hold a date trigger or a number (`Tokens.hints`) when it has a digit or a character other than
 * an ASCII letter or digit (a word start may hide inside), or it is a capitalised word whose first letter
 * begins a month, a weekday, Today, Tonight, Tomorrow or Yesterday, or a lower-case word of five, seven,
 * eight or nine letters beginning with t or y (today, tonight, tomorrow, yesterday).
 */
const DATE_INITIAL = new Uint8Array(128);
for (const c of 'JFMASONDTWY') DATE_INITIAL[c.charCodeAt(0)] = 1;
const isRelativeLength = (n: number): boolean => n >= 5 && n <= 9 && n !== 6;

/** After these a word may be capitalised for the sentence's sake: . ? ! : ; quotation marks, dashes, bullets, ( [ *. */
function isBreakPunct(c: number): boolean {
  return c < 128
    ? BREAK_ASCII[c] === 1
    : c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2013 || c === 0x2014 || c === 0x2022 ||
        c === 0x2026;
}
const BREAK_ASCII = new Uint8Array(128);
for (const c of '.?!:;"\'`-*([') BREAK_ASCII[c.charCodeAt(0)] = 1;

/** ABBREVIATIONS packed as numbers (five bits a letter), so a token is checked without a substring. */
const ABBREVIATION_KEYS: ReadonlySet<number> = new Set([...ABBREVIATIONS].map((w) => {
  let key = 0;
  for (let i = 0; i < w.length; i++) key = key * 32 + (w.charCodeAt(i) - 96);
  return key;
}));

/** Whether text[i, j) (at most six characters) is, lower-cased, one of ABBREVIATIONS. */
function isAbbreviation(text: string, i: number, j: number): boolean {
  let key = 0;
  for (let p = i; p < j; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) return ABBREVIATIONS.has(text.slice(i, j).toLowerCase());
    const l = c | 32;
    if (l < 97 || l > 122) return false;
    key = key * 32 + (l - 96);
  }
  return ABBREVIATION_KEYS.has(key);
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000
  );
}
