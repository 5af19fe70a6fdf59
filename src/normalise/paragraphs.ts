import { isTitleAbbreviation } from './abbreviations.js';
import {
  endsSentence,
  endsTerminal,
  endsWithStopword,
  isBulletLine,
  isHeadingLike,
  lastMark,
  startsLower,
  startsUpper,
  type Lines,
} from './lines.js';

/** Longest line of a hard-wrapped block; a block with a longer line holds one paragraph per line. */
const WRAP_WIDTH = 100;
/** In a hard-wrapped block a heading is shorter than this share of the longest line. */
const HEADING_WIDTH_SHARE = 0.6;

/** Ends with a title written before a name ("… said Dr."): the paragraph was broken inside a name. */
function endsWithTitle(line: string): boolean {
  if (line.charCodeAt(line.length - 1) !== 46) return false;
  const word = line.slice(line.lastIndexOf(' ') + 1, -1).replace(/^[^\p{L}]+/u, '');
  return isTitleAbbreviation(word);
}

/** "long-" + "term": a word hyphenated across the line break. */
const endsWithWordHyphen = (line: string): boolean => /\p{L}-$/u.test(line);

/** Whether `next` continues the paragraph whose last line is `prev`, across a blank line or not. */
function continuesAcrossBlank(prev: string, next: string): boolean {
  if (isBulletLine(next)) return false;
  if (endsWithTitle(prev) && startsUpper(next)) return true;
  return !endsTerminal(prev) && startsLower(next);
}

type BlockMode = 'wrapped' | 'lines';

/**
 * Whether `next` continues the paragraph `para` (last line `prev`) inside one block. In a hard-wrapped
 * block lines join unless a heading or list item stands alone; in a block with one paragraph per line
 * only broken lines join (no end punctuation and a lower-case start, a comma or a word like "of" at the end).
 */
function continuesInBlock(
  para: string,
  prev: string,
  next: string,
  following: string | undefined,
  mode: BlockMode,
  width: number,
): boolean {
  if (continuesAcrossBlank(prev, next)) return true;
  if (isBulletLine(next) || isBulletLine(para)) return false;
  if (lastMark(prev) === 44) return true;
  // One paragraph per line: a line with no end punctuation is often a deck or a sentence missing its
  // period, so it joins the next only when it plainly stops mid-phrase ("… met with" / "President Ravel").
  if (mode === 'lines') return !endsTerminal(prev) && endsWithStopword(prev);
  // A heading is much shorter than the wrap width; a line near it is a wrapped line that happens to be short.
  const heading = (line: string): boolean => isHeadingLike(line) && line.length < HEADING_WIDTH_SHARE * width;
  if (para === prev && heading(prev) && startsUpper(next)) return false;
  if (endsSentence(prev) && heading(next) && (following === undefined || startsUpper(following))) return false;
  return true;
}

/**
 * Splits body lines into paragraphs: on blank lines when the body has any, else one paragraph per line.
 * A paragraph wrongly broken after a title ("… said Dr." / "Anand Sharma, …") or after a line with no end
 * punctuation followed by a lower-case start is joined again; list items stay paragraphs of their own.
 * Removed lines (`undefined`) are skipped as if they were never there.
 */
export function splitParagraphs(lines: Lines): string[] {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line === undefined) continue;
    if (line === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) blocks.push(block);

  const out: string[] = [];
  let para: string | undefined;
  let prev = '';
  const add = (line: string, join: boolean): void => {
    if (join && para !== undefined) {
      para = endsWithWordHyphen(prev) && startsLower(line) ? para + line : `${para} ${line}`;
    } else {
      if (para !== undefined) out.push(para);
      para = line;
    }
    prev = line;
  };
  for (const b of blocks) {
    let width = 0;
    for (const l of b) width = Math.max(width, l.length);
    const mode: BlockMode = blocks.length > 1 && b.length > 1 && width <= WRAP_WIDTH ? 'wrapped' : 'lines';
    for (let k = 0; k < b.length; k++) {
      const line = b[k] ?? '';
      if (para === undefined) add(line, false);
      else if (k === 0) add(line, continuesAcrossBlank(prev, line));
      else add(line, continuesInBlock(para, prev, line, b[k + 1], mode, width));
    }
  }
  if (para !== undefined) out.push(para);
  return out;
}
