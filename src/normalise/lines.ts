/**
 * The shape of one line of text (how it ends, how it starts, how long it is), which the chrome, headline
 * and paragraph steps decide on. Cheap checks on the ends of a line; nothing scans a whole text.
 */

/** Lines of an article body; `undefined` where a line was removed, so that line numbers stay valid. */
export type Lines = readonly (string | undefined)[];

/** A line taken out of the body, with its line number. */
export interface RemovedLine {
  readonly line: number;
  readonly text: string;
}

/** Number of space-separated words (the text is normalised: single spaces, trimmed). */
export function wordCount(s: string): number {
  if (s.length === 0) return 0;
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

const isCloser = (c: number): boolean =>
  c === 0x2019 || c === 0x201d || c === 39 || c === 34 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
const isOpener = (c: number): boolean =>
  c === 0x2018 || c === 0x201c || c === 39 || c === 34 || c === 40 || c === 91 || c === 0xab || c === 0x201e;

/** The last character of the line that is not a closing quote, bracket or space, as a char code (-1 if none). */
export function lastMark(s: string): number {
  let i = s.length - 1;
  // Spaces too: tokenised text detaches the quote ("… Games. \"").
  while (i >= 0 && (isCloser(s.charCodeAt(i)) || s.charCodeAt(i) === 32)) i--;
  return i >= 0 ? s.charCodeAt(i) : -1;
}

/** Ends like a sentence: . ! ? or …, possibly followed by closing quotes or brackets. */
export function endsSentence(s: string): boolean {
  const c = lastMark(s);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Ends a sentence or introduces what follows (a colon): the next line does not continue this one. */
export function endsTerminal(s: string): boolean {
  return endsSentence(s) || lastMark(s) === 58;
}

function firstLetterCode(s: string): number {
  let i = 0;
  while (i < s.length && i < 3 && isOpener(s.charCodeAt(i))) i++;
  return i < s.length ? s.charCodeAt(i) : -1;
}

/** Starts (after any opening quote) with a lower-case letter: likely the continuation of a broken line. */
export function startsLower(s: string): boolean {
  const c = firstLetterCode(s);
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Starts (after any opening quote) with an upper-case letter or a digit. */
export function startsUpper(s: string): boolean {
  const c = firstLetterCode(s);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const BULLET = /^(?:[-*•▪◦‣·]|\d{1,2}[.)])\s+\S/;

/** A list item: "- Defense cooperation", "• Energy", "2) Trade". */
export function isBulletLine(s: string): boolean {
  return BULLET.test(s);
}

/** Headings do not end on these words; a line that does is part of a wrapped sentence. */
const TRAILING_STOPWORDS = new Set(
  'the a an of and or to that with for in on at by from as is was its their his her our which who'.split(' '),
);

/** The last word is one no heading ends on ("… returned to work on"). */
export function endsWithStopword(s: string): boolean {
  return TRAILING_STOPWORDS.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * A section heading inside the body ("Background", "What Comes Next?"): at most 10 words, upper-case
 * start, no period, comma or colon at the end, not ending on a word like "of" or "the".
 */
export function isHeadingLike(s: string): boolean {
  if (s.length > 80 || isBulletLine(s) || !startsUpper(s)) return false;
  const c = lastMark(s);
  if (c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026) return false;
  return wordCount(s) <= 10 && !endsWithStopword(s);
}
