/**
 * Finds quoted stretches: one pass over the text for quotation-mark characters, then a stack per paragraph
 * pairs opening and closing marks.
 *
 * Marks come in two families that nest inside each other: double (“ ” „ " « » and the doubled apostrophes
 * '' ’’ of some wire copy) and single (‘ ’ ' ‹ ›). Whether a mark opens or closes is decided by its
 * neighbours, with the glyph only as a tie-breaker, because sloppy copy writes “ for a closing mark
 * ('here,“ said') and ’ for an opening one. A single mark between letters is an apostrophe (India’s,
 * don't); so are elisions (’90s, 'em, rock ’n’ roll). A single closing mark after an s that is followed by
 * a word (nations’ leaders) is an apostrophe when a later closing mark can end the quote instead.
 *
 * A quote normally ends in its paragraph. News style continues a long quote over paragraphs by leaving the
 * paragraph open and re-opening the next one; such a quote is cut at the paragraph end (`runOn`) and the
 * next paragraph's quote is found on its own.
 */
import { isDigit, isLetter, isSpace } from './tokens.js';

export type MarkFamily = 'double' | 'single';

/** A paired (or run-on) quotation: marks and content offsets into the text. */
export interface QuoteSpan {
  readonly family: MarkFamily;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Content, inside the marks (trimmed of white space). */
  readonly start: number;
  readonly end: number;
  /** Offset just after the closing mark (the paragraph end for a run-on quote). */
  readonly close: number;
  /** The quote is left open at its paragraph's end and the next paragraph re-opens it. */
  readonly runOn: boolean;
  /** Start and end of the paragraph (line) holding the quote. */
  readonly paragraphStart: number;
  readonly paragraphEnd: number;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  readonly pos: number;
  readonly len: number;
  readonly family: MarkFamily;
  readonly role: Role;
  /** A single closing mark that may be a plural possessive (nations’ leaders). */
  readonly weak: boolean;
}

const MARK_CHARS = /["“”„«»‘’'‚‹›]/g;

const isSingleChar = (c: number): boolean => c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201a;
const isDoubleChar = (c: number): boolean =>
  c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
const isMarkChar = (c: number): boolean => isSingleChar(c) || isDoubleChar(c) || c === 0x2039 || c === 0x203a;

/** White space, a line break, the text's edge (NaN) or an opening bracket or dash: a mark after it opens. */
function opensAfter(c: number): boolean {
  return Number.isNaN(c) || c === 0x0a || isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 ||
    c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x201c || c === 0x2018 || c === 0x22 || c === 0x27 ||
    c === 0xab || c === 0x201e;
}

/** White space, a line break, the text's edge or punctuation: a mark before it closes. */
function closesBefore(c: number): boolean {
  return Number.isNaN(c) || c === 0x0a || isSpace(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a ||
    c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2014 || c === 0x2013 ||
    c === 0x2d || c === 0x2026 || isMarkChar(c);
}

/** Read at a position with `lastIndex` (sticky): no substring per mark. */
const ELISION = /(?:em|til|tis|twas|cause|bout|n|nother|round)(?![\p{L}])/iuy;

/** Classifies the quotation-mark character(s) at `i`; undefined for an apostrophe. */
function classify(text: string, i: number): Mark | undefined {
  const c = text.charCodeAt(i);
  const next1 = text.charCodeAt(i + 1);
  // Two single marks in a row stand for a double one ('' ’’ ‘‘).
  if (isSingleChar(c) && isSingleChar(next1)) {
    const p = text.charCodeAt(i - 1);
    const n = text.charCodeAt(i + 2);
    return { pos: i, len: 2, family: 'double', role: direction(p, n, c === 0x2018 ? 'open' : c === 0x2019 ? 'close' : 'either'), weak: false };
  }
  const p = text.charCodeAt(i - 1);
  const n = next1;
  if (isDoubleChar(c)) {
    const glyph: Role = c === 0x201c || c === 0x201e || c === 0xab ? 'open' : c === 0x22 ? 'either' : 'close';
    return { pos: i, len: 1, family: 'double', role: direction(p, n, glyph), weak: false };
  }
  if (c === 0x2039 || c === 0x203a) {
    return { pos: i, len: 1, family: 'single', role: direction(p, n, c === 0x2039 ? 'open' : 'close'), weak: false };
  }
  // Single marks: rule out apostrophes first.
  if (isLetter(p) && isLetter(n)) return undefined;
  if (isDigit(p) && (n === 0x73 || n === 0x53) && !isLetter(text.charCodeAt(i + 2))) return undefined; // 1990’s
  // The second mark of rock ’n’ roll.
  if ((p === 0x6e || p === 0x4e) && isSingleChar(text.charCodeAt(i - 2)) && opensAfter(text.charCodeAt(i - 3))) return undefined;
  const opensHere = opensAfter(p);
  if (opensHere) {
    if (isDigit(n) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3))) return undefined; // ’90s, '16
    ELISION.lastIndex = i + 1;
    if (ELISION.test(text)) return undefined;
  }
  const closesHere = closesBefore(n);
  if (!opensHere && !closesHere) return undefined; // letter'digit and the like
  const glyph: Role = c === 0x2018 || c === 0x201a ? 'open' : c === 0x2019 ? 'close' : 'either';
  const role = direction(p, n, glyph);
  let weak = false;
  if (role === 'close' && (p === 0x73 || p === 0x53 || p === 0x7a) && isSpace(n)) {
    // nations’ leaders: a word follows, as after a possessive.
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    weak = isLetter(text.charCodeAt(j));
  }
  return { pos: i, len: 1, family: 'single', role, weak };
}

function direction(p: number, n: number, glyph: Role): Role {
  const o = opensAfter(p) && !(Number.isNaN(n) || n === 0x0a || isSpace(n));
  const c = closesBefore(n) && !(Number.isNaN(p) || p === 0x0a || isSpace(p));
  if (o && !c) return 'open';
  if (c && !o) return 'close';
  return glyph;
}

/**
 * All top-level quoted stretches of `text` in order (quotes nested in a quote are part of it, not listed).
 * Linear in the text length: one native scan (`RegExp.test`, no match arrays) for mark characters plus a
 * stack per paragraph.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paraStart = 0;
  let paraEnd = -1;
  let marks: Mark[] = [];
  MARK_CHARS.lastIndex = 0;
  // `test` moves `lastIndex` past the mark without building a match array.
  while (MARK_CHARS.test(text)) {
    const i = MARK_CHARS.lastIndex - 1;
    if (i >= paraEnd) {
      if (marks.length > 0) pairParagraph(text, marks, paraStart, paraEnd, spans);
      marks = [];
      paraStart = i === 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1;
      const nl = text.indexOf('\n', i);
      paraEnd = nl < 0 ? text.length : nl;
    }
    const mark = classify(text, i);
    if (mark === undefined) continue;
    marks.push(mark);
    if (mark.len === 2) MARK_CHARS.lastIndex = i + 2;
  }
  if (marks.length > 0) pairParagraph(text, marks, paraStart, paraEnd, spans);
  return topLevel(spans);
}

function pairParagraph(text: string, marks: readonly Mark[], paraStart: number, paraEnd: number, out: QuoteSpan[]): void {
  const strongAhead = strongClosersAhead(marks);
  const stack: Mark[] = [];
  // Positions in `stack` of each family's open marks, so the innermost one is found without a scan.
  const open: Record<MarkFamily, number[]> = { double: [], single: [] };
  // The last closing mark that found no opener of its family: it may close a quote opened with the other
  // family ('“Let’s go.’').
  let stray: Mark | undefined;
  for (let idx = 0; idx < marks.length; idx++) {
    const mark = marks[idx];
    if (mark === undefined) continue;
    const family = open[mark.family];
    const k = family.length > 0 ? (family[family.length - 1] as number) : -1;
    const closes = mark.role === 'close' || (mark.role === 'either' && k >= 0);
    if (!closes) {
      family.push(stack.length);
      stack.push(mark);
      continue;
    }
    if (k < 0) {
      if (mark.role === 'close' && !mark.weak) stray = mark;
      continue;
    }
    if (mark.weak && strongAhead[idx] === true) continue; // a possessive: a later mark closes
    const opener = stack[k];
    stack.length = k;
    while (open.double.length > 0 && (open.double[open.double.length - 1] as number) >= k) open.double.pop();
    while (open.single.length > 0 && (open.single[open.single.length - 1] as number) >= k) open.single.pop();
    if (opener !== undefined) out.push(makeSpan(text, opener, mark.pos, mark.pos + mark.len, false, paraStart, paraEnd));
  }
  // The outermost quote left open at the paragraph's end runs on when the next paragraph re-opens a quote
  // or when it opened the paragraph (a quote paragraph whose closing mark was lost).
  const outer = stack[0];
  if (outer !== undefined && outer.role !== 'close') {
    const reopened = nextParagraphOpensQuote(text, paraEnd);
    const atParagraphStart = firstNonSpace(text, paraStart, paraEnd) === outer.pos;
    if (stray !== undefined && stray.pos > outer.pos && !reopened) {
      out.push(makeSpan(text, outer, stray.pos, stray.pos + stray.len, false, paraStart, paraEnd));
    } else if (reopened || atParagraphStart) {
      out.push(makeSpan(text, outer, paraEnd, paraEnd, true, paraStart, paraEnd));
    }
  }
}

/**
 * For each mark, whether a later mark of its family can close a quote before any opens one: then a weak
 * (possessive-looking) closing mark at that index is an apostrophe. One backward pass.
 */
function strongClosersAhead(marks: readonly Mark[]): boolean[] {
  const ahead: boolean[] = new Array<boolean>(marks.length).fill(false);
  const state: Record<MarkFamily, boolean> = { double: false, single: false };
  for (let idx = marks.length - 1; idx >= 0; idx--) {
    const m = marks[idx] as Mark;
    ahead[idx] = state[m.family];
    if (m.role === 'open') state[m.family] = false;
    else if (!m.weak) state[m.family] = true;
  }
  return ahead;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function nextParagraphOpensQuote(text: string, paraEnd: number): boolean {
  let i = paraEnd;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || isSpace(c)) i++;
    else break;
  }
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (isDoubleChar(c) && c !== 0x201d && c !== 0xbb) || c === 0x2018 || c === 0x27;
}

function makeSpan(
  text: string,
  opener: Mark,
  contentEnd: number,
  close: number,
  runOn: boolean,
  paragraphStart: number,
  paragraphEnd: number,
): QuoteSpan {
  let start = opener.pos + opener.len;
  let end = contentEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { family: opener.family, open: opener.pos, start, end, close, runOn, paragraphStart, paragraphEnd };
}

/** Drops spans nested in another span; the input is grouped by paragraph, spans within it in closing order. */
function topLevel(spans: QuoteSpan[]): QuoteSpan[] {
  spans.sort((a, b) => a.open - b.open || b.close - a.close);
  const out: QuoteSpan[] = [];
  let reach = -1;
  for (const s of spans) {
    if (s.close <= reach) continue;
    if (s.start >= s.end) continue; // empty: two marks side by side
    out.push(s);
    reach = Math.max(reach, s.close);
  }
  return out;
}
