/**
 * Character classes and a small tokeniser for the few hundred characters around a quote. Everything here
 * works on char codes: the tokeniser runs only near quotation marks, but it runs often.
 */
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon.js';

/** Whitespace other than a line break (space, tab, no-break and other Unicode spaces). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200b) || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Letters of any script, digits excluded (cheap: everything above Latin-1 punctuation that is not punctuation). */
export function isLetter(c: number): boolean {
  if (!(c >= 0x41)) return false; // also NaN, the code 'before' the text's start
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Apostrophe-like characters that may join the parts of a word (don't, O’Brien). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

export type TokenKind = 'word' | 'punct' | 'break';

/** A token of the text near a quote; offsets index into the article text. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with an upper-case letter (or digit-free all-caps acronym). */
  readonly cap: boolean;
  /** A word whose period is part of it ('Dr.', 'U.S.', 'J.'): that period ends no sentence. */
  readonly abbrev: boolean;
}

/**
 * A word token whose strings are made when first read: the attribution patterns read a few tokens next to
 * the quote, not every token of the window.
 */
class WordToken implements Token {
  readonly kind = 'word';
  private textValue: string | undefined;
  private lowerValue: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
    readonly abbrev: boolean,
    /** Has an upper-case letter: `lower` differs from `text`. */
    private readonly upper: boolean,
  ) {}

  get text(): string {
    this.textValue ??= this.source.slice(this.start, this.end);
    return this.textValue;
  }

  get lower(): string {
    this.lowerValue ??= this.upper ? this.text.toLowerCase() : this.text;
    return this.lowerValue;
  }
}

/**
 * Tokens of `text[from, to)`. Words keep internal apostrophes, hyphens and periods ('O’Brien', 'U.S',
 * 'Sino-Indian'); a period after a title, an initial or a known abbreviation joins the word. Line breaks are
 * tokens of their own so callers can stop at paragraph ends. With `untilSentenceEnd` it stops after the first
 * . ? ! ; or line break (a break right after a title abbreviation does not count).
 */
export function tokenize(text: string, from: number, to: number, untilSentenceEnd = false): Token[] {
  const out: Token[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (untilSentenceEnd && out.length > 0) {
      // Stop after a sentence end: a terminator token, or a line break not after a title ('said Dr.⏎').
      const last = out[out.length - 1] as Token;
      if (last.kind === 'punct' && (last.text === '.' || last.text === '?' || last.text === '!' || last.text === ';')) break;
      if (last.kind === 'break' && !(out[out.length - 2]?.abbrev ?? false)) break;
    }
    if (c === 0x0a) {
      let j = i + 1;
      while (j < end && (text.charCodeAt(j) === 0x0a || isSpace(text.charCodeAt(j)))) j++;
      out.push({ kind: 'break', start: i, end: j, text: '\n', lower: '\n', cap: false, abbrev: false });
      i = j;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isLetter(c) || isDigit(c)) {
      let j = i + 1;
      let dotted = false;
      let upper = isUpper(c);
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d >= 0x61 && d <= 0x7a) {
          j++;
          continue;
        }
        if (isLetter(d) || isDigit(d)) {
          if (!upper && (d < 0x61 || d > 0x7a) && isUpper(d)) upper = true;
          j++;
          continue;
        }
        // Joiners inside a word: only when a letter or digit follows.
        if ((d === 0x2d || d === 0x2e || d === 0x26 || isApostrophe(d) || d === 0x2010 || d === 0x2011) && j + 1 < end) {
          const n = text.charCodeAt(j + 1);
          if (isLetter(n) || isDigit(n)) {
            if (d === 0x2e) dotted = true;
            j += 2;
            continue;
          }
        }
        break;
      }
      // A plural possessive keeps its apostrophe ('Sanders’ campaign manager'), so the mark is not read as a
      // closing quotation mark in the middle of a speaker phrase.
      if (j + 1 < end && isApostrophe(text.charCodeAt(j)) && (text.charCodeAt(j - 1) | 0x20) === 0x73 &&
        isSpace(text.charCodeAt(j + 1))) {
        let n = j + 1;
        while (n < end && isSpace(text.charCodeAt(n))) n++;
        if (n < end && isLetter(text.charCodeAt(n))) j++;
      }
      let abbrev = false;
      if (j < end && text.charCodeAt(j) === 0x2e) {
        const word = text.slice(i, j).toLowerCase();
        const single = j - i === 1 && isUpper(c);
        if (single || dotted || TITLE_ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word)) {
          j++;
          abbrev = true;
        }
      }
      out.push(new WordToken(text, i, j, isUpper(c), abbrev, upper));
      i = j;
      continue;
    }
    const t = text[i] ?? '';
    out.push({ kind: 'punct', start: i, end: i + 1, text: t, lower: t, cap: false, abbrev: false });
    i++;
  }
  return out;
}

/** True for characters that end a sentence when followed by white space. */
export function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21;
}

/**
 * Whether the period at `i` is an abbreviation's rather than a sentence end: 'Dr.', 'U.S.', an initial 'J.'.
 * Looks back over the word before it only.
 */
export function isAbbreviationPeriod(text: string, i: number): boolean {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isLetter(c) || c === 0x2e) j--;
    else break;
  }
  if (j === i) return false;
  const word = text.slice(j, i);
  if (word.length === 1) return isUpper(word.charCodeAt(0));
  if (word.includes('.')) return true; // U.S, e.g
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower);
}

/** Counts words (runs of letters or digits) in `text[from, to)`, stopping once `max` are seen. */
export function countWords(text: string, from: number, to: number, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const w: boolean = isLetter(c) || isDigit(c) || (inWord && isApostrophe(c));
    if (w && !inWord && ++n >= max) return n;
    inWord = w;
  }
  return n;
}
