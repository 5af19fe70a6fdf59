import { isAbbreviation, isSentenceStarter, isTitleAbbreviation } from './abbreviations.js';
import { findClosingQuote, isOpeningQuote, isWordCode } from './unicode.js';

/** One sentence of a paragraph: `text === paragraph.slice(start, end)`. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const PERIOD = 46;
const ELLIPSIS = 0x2026;
const isTerminal = (c: number): boolean => c === PERIOD || c === 33 || c === 63 || c === ELLIPSIS;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
/** Marks that may follow the terminal punctuation of a sentence: closing quotes and brackets. */
const isCloser = (c: number): boolean =>
  c === 0x2019 || c === 0x201d || c === 39 || c === 34 || c === 41 || c === 93 || c === 125 || c === 0xbb || c === 0x203a;
const isQuoteCloser = (c: number): boolean =>
  c === 0x2019 || c === 0x201d || c === 39 || c === 34 || c === 0xbb || c === 0x203a;
/** Marks that may precede the first letter of a sentence: opening quotes and brackets. */
const isOpener = (c: number): boolean =>
  c === 0x2018 || c === 0x201c || c === 39 || c === 34 || c === 40 || c === 91 || c === 0xab || c === 0x201e || c === 0x2039;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};
const isBullet = (c: number): boolean =>
  c === 45 || c === 42 || c === 0x2022 || c === 0x25aa || c === 0x25e6 || c === 0x2023 || c === 0xb7;

/** Skips spaces and a list marker ("- ", "• ", "3. ", "2) ") at the start of a paragraph. */
function skipLead(p: string): number {
  const n = p.length;
  let s = 0;
  while (s < n && isSpace(p.charCodeAt(s))) s++;
  const c = p.charCodeAt(s);
  let m = -1;
  if (isBullet(c)) m = s + 1;
  else if (c >= 48 && c <= 57) {
    let d = s + 1;
    if (d < n && p.charCodeAt(d) >= 48 && p.charCodeAt(d) <= 57) d++;
    const e = p.charCodeAt(d);
    if (e === PERIOD || e === 41) m = d + 1;
  }
  if (m > 0 && m < n && isSpace(p.charCodeAt(m))) {
    s = m;
    while (s < n && isSpace(p.charCodeAt(s))) s++;
  }
  return s;
}

/** Whether the word starting at `m` is a common sentence opener, e.g. "The" (and not an initial "A."). */
function starterAt(p: string, m: number): boolean {
  let e = m;
  const n = Math.min(p.length, m + 12);
  while (e < n && isWordCode(p.charCodeAt(e))) e++;
  if (e === m || p.charCodeAt(e) === PERIOD) return false;
  return isSentenceStarter(p.slice(m, e));
}

/** "U.S", "e.g", "J.P", "a.m", "Ph.D": one- or two-letter pieces joined by periods (final period excluded). */
function isDottedAcronym(p: string, from: number, to: number): boolean {
  let run = 0;
  let pieces = 0;
  for (let x = from; x < to; x++) {
    const c = p.charCodeAt(x);
    if (c === PERIOD) {
      if (run === 0) return false;
      run = 0;
      pieces++;
    } else if (isWordCode(c) && !(c >= 48 && c <= 57)) {
      if (++run > 2) return false;
    } else return false;
  }
  return run > 0 && pieces >= 1;
}

/**
 * Whether the terminal mark at `i` (its run of marks and closers ends at `j`, the next sentence would start
 * at `k`) ends a sentence.
 */
function isBoundary(p: string, start: number, i: number, j: number, k: number): boolean {
  let m = k;
  while (m < p.length && m < k + 3 && isOpener(p.charCodeAt(m))) m++;
  const first = p.charCodeAt(m);
  // A lower-case continuation: "e.g. this", "… and then", "Corp. said", "U.S. officials"; or the next dot
  // of a spaced ellipsis (". . .").
  if (isLower(first) || first === PERIOD || first === ELLIPSIS) return false;
  const c = p.charCodeAt(i);
  if (c !== PERIOD) return true;
  if (j - i > 1) {
    const next = p.charCodeAt(i + 1);
    if (next === PERIOD || next === ELLIPSIS) return true;
    for (let x = i + 1; x < j; x++) if (isQuoteCloser(p.charCodeAt(x))) return true;
  }
  let w = i;
  while (w > start && !isSpace(p.charCodeAt(w - 1))) w--;
  while (w < i && !isWordCode(p.charCodeAt(w))) w++;
  const len = i - w;
  if (len === 0 || len > 8) return true;
  if (len === 1 && isUpperAscii(p.charCodeAt(w))) return starterAt(p, m); // an initial: "S. Jaishankar"
  const word = p.slice(w, i);
  if (isTitleAbbreviation(word)) return false;
  if (isAbbreviation(word) || isDottedAcronym(p, w, i)) return starterAt(p, m);
  return true;
}

function push(out: SentenceSpan[], p: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(p.charCodeAt(e - 1))) e--;
  if (e > start) out.push({ text: p.slice(start, e), start, end: e });
}

/** Where the quotation that opens a sentence at `k` closes, or -1. */
const quoteEndAt = (p: string, k: number): number => (isOpeningQuote(p, k) ? findClosingQuote(p, k) : -1);

/**
 * Splits one paragraph into sentences: after . ! ? … and any closing quotes or brackets that follow them,
 * when a space and a non-lower-case start follow. Not after titles (Dr., Gen.), nor after abbreviations,
 * initials and dotted acronyms (Inc., J., U.S.) unless a common sentence opener follows ("… the U.S. The
 * talks …"); never inside numbers (3.5, 1.2m). A sentence that opens with a quotation stays whole up to
 * the quotation's end. A leading list marker ("- ", "1. ") is not part of the first sentence.
 * One pass over the text; only the word before a candidate period is looked at again.
 */
export function splitSentences(paragraph: string): readonly SentenceSpan[] {
  const p = paragraph;
  const n = p.length;
  const out: SentenceSpan[] = [];
  let start = skipLead(p);
  if (start >= n) return out;
  let quoteEnd = quoteEndAt(p, start);
  let i = start;
  while (i < n) {
    if (!isTerminal(p.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = p.charCodeAt(j);
      if (isTerminal(d) || isCloser(d)) j++;
      else break;
    }
    if (j >= n) break;
    if (!isSpace(p.charCodeAt(j)) || j <= quoteEnd) {
      i = j;
      continue;
    }
    let k = j + 1;
    while (k < n && isSpace(p.charCodeAt(k))) k++;
    // A closing quote set off by a space ("… to go to. \" Next", as tokenised text has it) ends this sentence.
    while (k < n && isQuoteCloser(p.charCodeAt(k)) && (k + 1 === n || isSpace(p.charCodeAt(k + 1)))) {
      j = k + 1;
      k = j;
      while (k < n && isSpace(p.charCodeAt(k))) k++;
    }
    if (k >= n) break;
    if (isBoundary(p, start, i, j, k)) {
      push(out, p, start, j);
      start = k;
      quoteEnd = quoteEndAt(p, k);
    }
    i = k;
  }
  push(out, p, start, n);
  return out;
}
