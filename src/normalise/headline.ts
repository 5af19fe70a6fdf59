import { isMastheadLine } from './chrome.js';
import { endsWithStopword, isBulletLine, lastMark, startsLower, startsUpper, wordCount, type Lines, type RemovedLine } from './lines.js';
import { splitSentences } from './sentences.js';
import { foldForMatching, isWordCode } from './unicode.js';

/** The body with the headline (and the masthead above it) taken out. */
export interface HeadlineResult {
  readonly lines: Lines;
  /** Masthead and section lines found above the headline: outlet chrome. */
  readonly removed: readonly RemovedLine[];
  /** The headline found in the text; absent when a title was known or no line looks like one. */
  readonly title?: string;
}

/** Longest headline, in words; a longer first line is body text. */
const MAX_HEADLINE_WORDS = 20;
/** How many short lines at the top may form masthead + headline (+ deck). */
const MAX_RUN = 6;
/** Masthead lines hold at most this many words. */
const MAX_MASTHEAD_WORDS = 6;
const MAX_ABOVE_TITLE_WORDS = 8;

const stripHeadingMark = (line: string): string => line.replace(/^#{1,6}\s+/, '');

/** Comparison key for a title: case, dash and quote style, spaces and end punctuation ignored. */
function titleKey(s: string): string {
  let key = foldForMatching(s.toLowerCase()).trim();
  let end = key.length;
  while (end > 0 && '.!?:;, '.includes(key.charAt(end - 1))) end--;
  key = key.slice(0, end);
  return key.includes('  ') ? key.replace(/ {2,}/g, ' ') : key;
}

/** Short, starting upper-case, not a sentence or a list item: a headline, or a line that sits above one. */
function isHeadlineShaped(line: string): boolean {
  const t = stripHeadingMark(line);
  if (t.length === 0 || t.length > 200 || isBulletLine(t) || !startsUpper(t)) return false;
  // Ends on a word, a number, ? or ! (after any closing quote): not on . , ; : … ( - and the like.
  const c = lastMark(t);
  if (!(isWordCode(c) || c === 63 || c === 33)) return false;
  return wordCount(t) <= MAX_HEADLINE_WORDS;
}

/** Index of the next line that was not removed, or -1. */
function nextLive(lines: Lines, i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j] !== undefined) return j;
  return -1;
}

function beforeBlank(lines: Lines, i: number): boolean {
  const j = nextLive(lines, i);
  return j !== -1 && lines[j] === '';
}

function hasBodyAfter(lines: Lines, i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l !== undefined && l !== '') return true;
  }
  return false;
}

/** Most longer words capitalised ("Talks Address Past Achievements"). */
function isTitleCase(s: string): boolean {
  let long = 0;
  let upper = 0;
  for (const w of s.split(' ')) {
    if (w.length < 4) continue;
    long++;
    if (startsUpper(w)) upper++;
  }
  return long > 0 && upper / long >= 0.6;
}

/** Whether the line at `i` can be the headline of the body below it. */
function isHeadlineAt(lines: Lines, i: number): boolean {
  const text = stripHeadingMark(lines[i] ?? '');
  const words = text.split(' ');
  if (words.length < 2) return false;
  // Two sentences on one line ("… its advertiser. All opinions are mine #ad") are body text.
  if (splitSentences(text).length > 1) return false;
  // A first line ending on "of" or "the" is the start of a wrapped paragraph.
  if (endsWithStopword(text)) return false;
  if (!hasBodyAfter(lines, i)) return false;
  const j = nextLive(lines, i);
  const next = j === -1 ? '' : (lines[j] ?? '');
  if (next === '') return true;
  if (startsLower(next)) return false;
  // Same block as the next line, and about as long: the first line of a hard-wrapped paragraph.
  if (next.length <= 100 && !isHeadlineShaped(next) && text.length >= 0.75 * next.length && !isTitleCase(text)) {
    return false;
  }
  return true;
}

/** Whether run[a] and run[b] sit in one block (no blank line between them). */
function sameBlock(lines: Lines, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (lines[j] === '') return false;
  return true;
}

/** How many lines of `run`, from the top, are masthead and section lines above the headline. */
function mastheadLength(lines: Lines, run: readonly number[]): number {
  let h = 0;
  while (h < run.length - 1) {
    const i = run[h] ?? -1;
    const line = lines[i] ?? '';
    if (isMastheadLine(line, { beforeBlank: beforeBlank(lines, i) })) {
      h++;
      continue;
    }
    // A block of two or more short lines, closed by a blank line, with the headline further down.
    let end = h;
    while (end + 1 < run.length && sameBlock(lines, run[end] ?? 0, run[end + 1] ?? 0)) end++;
    const block = run.slice(h, end + 1);
    const short = block.every((k) => {
      const l = lines[k] ?? '';
      return l.length <= 50 && wordCount(l) <= MAX_MASTHEAD_WORDS;
    });
    if (end > h && end < run.length - 1 && short && beforeBlank(lines, run[end] ?? 0)) {
      h = end + 1;
      continue;
    }
    break;
  }
  return h;
}

/**
 * Finds the headline of a plain-text body: the first short, title-like line (≤ 20 words, no final period)
 * after any masthead and section lines. It becomes the title and leaves the body; the masthead lines are
 * returned as chrome. A first line that is a sentence means there is no headline. When the title is
 * already known, a line repeating it near the top is dropped instead (and the lines above it are chrome).
 */
export function extractHeadline(input: Lines, knownTitle: string | undefined): HeadlineResult {
  const run: number[] = [];
  let first = -1;
  for (let i = 0; i < input.length; i++) {
    const l = input[i];
    if (l === undefined || l === '') continue;
    if (first === -1) first = i;
    if (run.length >= MAX_RUN || !isHeadlineShaped(l)) break;
    run.push(i);
  }
  if (first === -1) return { lines: input, removed: [] };
  const lines = input.slice();

  if (knownTitle !== undefined) {
    const key = titleKey(knownTitle);
    const candidates = run.length > 0 ? run : [first];
    // Only lines about as long as the title can repeat it; skip the folding work on the others.
    const repeats = (line: string): boolean =>
      Math.abs(line.length - knownTitle.length) <= 12 && titleKey(stripHeadingMark(line)) === key;
    const t = candidates.findIndex((i) => repeats(lines[i] ?? ''));
    if (t === -1) return { lines: input, removed: [] };
    const removed: RemovedLine[] = [];
    for (const i of candidates.slice(0, t)) {
      const text = lines[i] ?? '';
      if (wordCount(text) > MAX_ABOVE_TITLE_WORDS) continue;
      removed.push({ line: i, text });
      lines[i] = undefined;
    }
    const at = candidates[t];
    if (at !== undefined) lines[at] = undefined;
    return { lines, removed };
  }

  if (run.length === 0) return { lines: input, removed: [] };
  const h = mastheadLength(lines, run);
  const at = run[h] ?? -1;
  if (!isHeadlineAt(lines, at)) return { lines: input, removed: [] };
  const removed = run.slice(0, h).map((i) => ({ line: i, text: lines[i] ?? '' }));
  for (const r of removed) lines[r.line] = undefined;
  const title = stripHeadingMark(lines[at] ?? '');
  lines[at] = undefined;
  return { lines, removed, title };
}
