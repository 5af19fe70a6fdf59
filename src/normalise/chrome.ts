import { endsSentence, wordCount, type Lines, type RemovedLine } from './lines.js';

/**
 * Outlet chrome: lines the outlet's page puts around an article that are not part of the story
 * (labels, newsletter and share prompts, copyright, photo credits, bylines and date lines, mastheads).
 *
 * Conservative by design: a line is chrome only when it matches a whole-line pattern and is short, and
 * only at the edges of the text (the first lines up to the second body sentence, the last lines up to
 * the first line that is not chrome). Only "Advertisement"-like lines and "Read more:" links are removed
 * anywhere. A real sentence never matches, and a label is cut off its line, never the text after it.
 */

/** Whole-line patterns that are chrome wherever they appear. */
const ANYWHERE: readonly RegExp[] = [
  /^[-–—\s]*advertisements?[-–—\s]*$/i,
  /^(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)\.?$/i,
  /^(?:read more|also read|read also|see also)\s*:/i,
];

/** Whole-line patterns that are chrome at the start or the end of the text. */
const EDGE: readonly RegExp[] = [
  ...ANYWHERE,
  /^(?:read more|also read|see also|related(?: articles?| stories| coverage| content)?|more on this(?: story)?|recommended(?: for you| stories)?|most (?:read|popular)|you (?:may|might) also like)\s*(?::|[–—-]\s|$)/i,
  /^share (?:this (?:article|story|page|post|video)|on|via)\b(?:\s+\S+){0,6}$/i,
  /^follow (?:us|@\S+|[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)? on (?:twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|telegram|whatsapp|bluesky|mastodon))\b/iu,
  /^(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b/i,
  /^(?:get|join|want) (?:our|the)\b.{0,60}\bnewsletters?\b/i,
  /^subscribe(?: now| today| here)?[.!]?$/i,
  /^copyright\s*(?:©|\(c\)|\d{4})/i,
  /^(?:©|\(c\)\s).{0,80}\brights reserved\b/i,
  /^all rights reserved\.?$/i,
  /^(?:main |top |header |featured |file )?(?:image|photo|picture|photograph|video|illustration|graphic|caption)s?(?: credits?)?\s*(?::|[–—-]\s)/i,
  /^(?:image|photo|picture|photograph)s? (?:by|courtesy of|credit)\b/i,
  /^\((?:image|photo|picture|photograph)s?\b.*\)$/i,
  /^click (?:here|for|to)\b/i,
  /^(?:reading time|read time|estimated reading time)\s*:?\s*\d/i,
  /^\d{1,2}\s*(?:min|mins|minutes?)\s+read$/i,
  /^(?:tags|topics|filed under|categories)\s*:/i,
  // Agency credit lines: "(Reporting by …; Editing by …)", in brackets or with a second credit.
  /^\((?:reporting|writing|editing|additional reporting) by\b[^()]*\)$/i,
  /^(?:reporting|writing|additional reporting) by\b[^.;]*;\s*(?:editing|writing|additional reporting) by\b[^.;]*\.?$/i,
];

/** Lines that are chrome only near the top: agency credits and an all-capitals dateline. */
const LEADING: readonly RegExp[] = [
  /^(?:from )?(?:staff|wire) (?:reports?|writers?)$/i,
  /^(?:the )?associated press$/i,
  // "BAAR, SWITZERLAND": a dateline on its own line.
  /^\p{Lu}[\p{Lu}\s.'’-]{1,30},\s*\p{Lu}[\p{Lu}\s.'’-]{1,30}$/u,
];

/** Near the top of the text: an agency credit line or an all-capitals dateline. */
export function isLeadingChrome(line: string): boolean {
  return line.length <= 60 && LEADING.some((re) => re.test(line));
}

const MAX_CHROME_WORDS = 30;
const MAX_CREDIT_WORDS = 12;
const COPYRIGHT_MARK = /^(?:©|\(c\)\s)/i;

/** One alternation per list: a single regex run per line instead of one per pattern (≈ 10× faster). */
const union = (res: readonly RegExp[]): RegExp => new RegExp(res.map((r) => `(?:${r.source})`).join('|'), 'iu');
const EDGE_ANY = union(EDGE);
const ANYWHERE_ANY = union(ANYWHERE);

/** A line that is outlet boilerplate at the edge of an article ("Sign up for our newsletter", "© 2024 …"). */
export function isEdgeBoilerplate(line: string): boolean {
  if (line.length > 240) return false;
  const words = wordCount(line);
  if (words > MAX_CHROME_WORDS) return false;
  // A bare "© …" credit is short; a longer line is a caption glued to the text ("© AmazonThe symptoms …").
  if (words <= MAX_CREDIT_WORDS && COPYRIGHT_MARK.test(line)) return true;
  return EDGE_ANY.test(line);
}

/** A line that is boilerplate anywhere in an article ("Advertisement", "Read more: …"). */
export function isAnywhereBoilerplate(line: string): boolean {
  if (line.length > 240) return false;
  return ANYWHERE_ANY.test(line);
}

const LABEL =
  /^(summary|article|abstract|excerpt|description|standfirst|story|body|text|content|headline|title|lede)(?:\s*:|\s*[–—-](?=\s|$))\s*/i;

/**
 * A field label at the start of a line ("Summary – …", "Article –", "Summary:"), split from the text after
 * it; trailing commas of that text are dropped ("… dynamics.," → "… dynamics.").
 */
export function splitLabel(line: string): { readonly label: string; readonly rest: string } | undefined {
  const m = LABEL.exec(line);
  if (m === null) return undefined;
  const rest = line.slice(m[0].length).replace(/[\s,]+$/, '');
  return { label: m[0].trim(), rest };
}

const BYLINE =
  /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al|bin|da|di|le|la|du))*)(?:\s*(?:,|\||–|—|-)\s*.*)?$/iu;

/** The author names of a byline line ("By Jane Doe and Li Wei, Staff Reporters" → "Jane Doe and Li Wei"). */
export function parseBylineLine(line: string): string | undefined {
  if (line.length > 120 || wordCount(line) > 12 || endsSentence(line)) return undefined;
  if (!/^by\s/i.test(line)) return undefined;
  const m = BYLINE.exec(line);
  const name = m?.[1];
  // The pattern is case-insensitive for "By"/"BY"; a name still needs an upper-case start ("By the time" fails).
  if (name === undefined || !/^\p{Lu}/u.test(name)) return undefined;
  return name;
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+`;
const DAY_MONTH = String.raw`(?:${MONTH}\s*\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`;
const NUMERIC_DATE = String.raw`(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2})`;
const TIME = String.raw`\d{1,2}\s*[:.]\s*\d{2}`;
/** Starts with a weekday, a date or a time ("Sunday, November 27, 2005", "4:31 pm January 5, 2011"). */
const DATE_START = new RegExp(String.raw`^(?:on\s+)?(?:${WEEKDAY}|${DAY_MONTH}|${NUMERIC_DATE}|${TIME})`, 'i');
const DATE_ANY = new RegExp(String.raw`${DAY_MONTH}|${NUMERIC_DATE}`, 'i');
const ONLY_DATE = new RegExp(String.raw`^${DAY_MONTH}$`, 'i');
const YEAR_OR_TIME = new RegExp(String.raw`\b(?:1[89]|20)\d{2}\b|${TIME}`);
/** "Mumbai, Nov 11 -", "Washington, Jul 13, 2009 / 02:00 pm (CNA)": a place, a comma, a date. */
const DATELINE = new RegExp(String.raw`^[\p{L}.' ]{1,30},\s*${DAY_MONTH}`, 'iu');
const META_LINE = new RegExp(
  String.raw`^(?:published|updated|posted|edited|last updated|first published|last modified)(?:\s+on)?\s*:?\s*(?:\d|${WEEKDAY}|${MONTH}\s*\d)`,
  'i',
);

/** Lower-case words a date line may hold any number of. */
const DATE_WORDS = new Set(['on', 'at', 'am', 'pm', 'a.m.', 'p.m.', 'updated', 'posted', 'published', 'edited', 'by']);

function lowerCaseWords(line: string): number {
  let n = 0;
  for (const w of line.split(' ')) if (/^\p{Ll}/u.test(w) && !DATE_WORDS.has(w.replace(/[,:|]+$/, ''))) n++;
  return n;
}

/**
 * A date, dateline or "Published …/Updated …" line near the top. Besides the date (with a year or a time,
 * unless the line is nothing but a day and month) such a line holds at most a place and two lower-case
 * words ("at", "pm"); a headline that mentions a date ("January 6 Committee Subpoenas Aides") does not pass.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 120 || wordCount(line) > 20) return false;
  if (endsSentence(line) && !/[ap]\.\s?m\.$/i.test(line)) return false;
  if (META_LINE.test(line)) return true;
  if (lowerCaseWords(line) > 2) return false;
  const yearOrTime = YEAR_OR_TIME.test(line);
  if (DATE_START.test(line) && DATE_ANY.test(line)) return yearOrTime || ONLY_DATE.test(line);
  if (!/^\p{Lu}/u.test(line)) return false;
  const m = DATELINE.exec(line);
  return m !== null && (yearOrTime || !/\p{L}/u.test(line.slice(m[0].length)));
}

/** Words that make up section and breadcrumb lines ("World News", "Home › Politics"). */
const SECTION_WORDS = new Set(
  (
    'news world breaking latest live home top stories story politics political business economy markets finance ' +
    'money tech technology science health sport sports opinion opinions comment analysis editorial editorials ' +
    'feature features culture arts entertainment lifestyle life style travel food local national international ' +
    'global regional asia europe africa americas america middle east west north south ' +
    'pacific latin environment climate education defence defense security military diplomacy ' +
    'exclusive special report reports investigation investigations metro city nation nations and & of the ' +
    'headlines today updates update'
  ).split(' '),
);
/** Last words of outlet names ("Harbour Gazette", "KJFK News"). */
const OUTLET_SUFFIX = new Set(
  (
    'news times post herald tribune journal gazette telegraph chronicle daily press wire online media network ' +
    'monitor observer courier dispatch examiner bulletin weekly tv radio insider today'
  ).split(' '),
);
const BREADCRUMB = /\s[|›>»/•·]\s|›/;
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|co|uk|in|ru|de|fr|info|tv|io)$/i;

/** Context of a line above the headline: what follows it. */
export interface MastheadContext {
  /** A blank line follows. */
  readonly beforeBlank: boolean;
}

/**
 * A masthead or section line above a headline: an outlet name ("KJFK News"), a section ("World News"),
 * a breadcrumb ("Home › World"), a domain, an all-capitals or one-word line. The caller makes sure a
 * headline follows; an outlet name also needs a blank line after it (otherwise it may be a headline).
 */
export function isMastheadLine(line: string, context: MastheadContext): boolean {
  if (line.length > 60 || endsSentence(line)) return false;
  const words = line.split(' ');
  if (words.length > 6) return false;
  if (isDateLine(line) || BREADCRUMB.test(line) || DOMAIN.test(line)) return true;
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}&]/gu, ''));
  if (lower.every((w) => w === '' || SECTION_WORDS.has(w))) return true;
  if (words.length === 1 && line.length <= 25) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && words.length <= 4 && letters === letters.toUpperCase()) return true;
  const last = lower[lower.length - 1] ?? '';
  if (context.beforeBlank && words.length <= 5 && OUTLET_SUFFIX.has(last)) {
    return words.every((w) => /^[\p{Lu}\d&]/u.test(w) || w === 'the' || w === 'of');
  }
  return false;
}

/** Body lines with the edge chrome taken out. */
export interface ChromeResult {
  readonly lines: Lines;
  /** Removed lines (or labels cut off a line), in line order. */
  readonly removed: readonly RemovedLine[];
  /** Author names from a "By …" line near the top, when there was one. */
  readonly byline?: string;
}

/** How far down the leading chrome may reach: lines examined, and body sentences passed. */
const LEAD_LINES = 10;
const LEAD_SENTENCES = 2;
const TAIL_LINES = 12;
/** Only short lines can be "Advertisement"-like; longer ones skip the patterns (speed). */
const ANYWHERE_MAX = 80;

/**
 * Removes labels, boilerplate, byline and date lines at the start; boilerplate at the end; "Advertisement"
 * lines and "Read more:" links anywhere. Mastheads are left to the headline step, which knows where the
 * headline is.
 */
export function stripChrome(input: readonly string[]): ChromeResult {
  const lines: (string | undefined)[] = input.slice();
  const removed: RemovedLine[] = [];
  const drop = (i: number, text: string): void => {
    removed.push({ line: i, text });
    lines[i] = undefined;
  };
  let byline: string | undefined;

  let examined = 0;
  let sentences = 0;
  for (let i = 0; i < lines.length && examined < LEAD_LINES && sentences < LEAD_SENTENCES; i++) {
    const line = lines[i];
    if (line === undefined || line === '') continue;
    examined++;
    if (isEdgeBoilerplate(line) || isDateLine(line) || isLeadingChrome(line)) {
      drop(i, line);
      continue;
    }
    const author = parseBylineLine(line);
    if (author !== undefined) {
      byline ??= author;
      drop(i, line);
      continue;
    }
    const label = splitLabel(line);
    if (label !== undefined) {
      removed.push({ line: i, text: label.label });
      lines[i] = label.rest === '' ? undefined : label.rest;
      if (label.rest !== '' && endsSentence(label.rest)) sentences++;
      continue;
    }
    if (endsSentence(line) || wordCount(line) > 20) sentences++;
  }

  let tail = 0;
  for (let i = lines.length - 1; i >= 0 && tail < TAIL_LINES; i--) {
    const line = lines[i];
    if (line === undefined || line === '') continue;
    tail++;
    if (!isEdgeBoilerplate(line)) break;
    drop(i, line);
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && line !== '' && line.length <= ANYWHERE_MAX && isAnywhereBoilerplate(line)) {
      drop(i, line);
    }
  }

  removed.sort((a, b) => a.line - b.line);
  return byline === undefined ? { lines, removed } : { lines, removed, byline };
}
