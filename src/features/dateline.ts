/**
 * The date an undated article gives itself in its first lines: a wire dateline ("BRENNOCK, April 2
 * (Northwind Wire) –", "HALMSTRAND, 14 June (Meridian Press) –") or a date line at the very top
 * ("July 13, 2009", "Posted 11/27/2005 7:21 AM"). Grouping uses it as the publication time when the
 * article has none: coverage of one event spreads over days, two events of one kind are weeks or years
 * apart. Only the first 240 characters are read, so this costs nothing per article.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "April 2, 2025" | "April 2" ; "2 April 2025" | "2 April"
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'i');
const ISO = /^((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const SLASHED = /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\b/;
// What may precede the date: a dateline place in capitals and a comma, or "Posted", "Published", "Updated".
const LEAD = /^(?:[A-Z][A-Z.'’\- ]{1,40},\s*|(?:Posted|Published|Updated|First Published|Last Updated)\s*:?\s*(?:on\s+)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?/;

/** A date read off an article's first lines; `year` is missing when the text omits it. */
export interface Dateline {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The dateline of a text, if its first lines carry one. */
export function findDateline(text: string): Dateline | undefined {
  const head = text.slice(0, 240);
  // Try at the start of each of the first three lines.
  let start = 0;
  for (let line = 0; line < 3 && start < head.length; line++) {
    const rest = head.slice(start).replace(/^\s+/, '');
    const lead = LEAD.exec(rest);
    const s = rest.slice(lead?.[0].length ?? 0);
    const found = parse(s);
    if (found !== undefined) return found;
    const nl = head.indexOf('\n', start);
    if (nl < 0) break;
    start = nl + 1;
  }
  return undefined;
}

function parse(s: string): Dateline | undefined {
  let m = MONTH_DAY.exec(s);
  if (m !== null) return make(MONTHS[m[1]!.toLowerCase().replace('.', '')], Number(m[2]), m[3]);
  m = DAY_MONTH.exec(s);
  if (m !== null) return make(MONTHS[m[2]!.toLowerCase().replace('.', '')], Number(m[1]), m[3]);
  m = ISO.exec(s);
  if (m !== null) return make(Number(m[2]), Number(m[3]), m[1]);
  m = SLASHED.exec(s);
  if (m !== null) {
    const y = m[3]!.length === 2 ? String(2000 + Number(m[3])) : m[3];
    return make(Number(m[1]), Number(m[2]), y); // US order, as the dated news lines here are
  }
  return undefined;
}

function make(month: number | undefined, day: number, year: string | undefined): Dateline | undefined {
  if (month === undefined || !valid(month, day)) return undefined;
  return year === undefined ? { month, day } : { year: Number(year), month, day };
}

/** Time in ms of a dateline, taking the year nearest to `reference` (ms) when the dateline has none. */
export function datelineTime(d: Dateline, reference?: number): number | undefined {
  if (d.year !== undefined) return Date.UTC(d.year, d.month - 1, d.day);
  if (reference === undefined) return undefined;
  const y = new Date(reference).getUTCFullYear();
  let best: number | undefined;
  for (const year of [y - 1, y, y + 1]) {
    const t = Date.UTC(year, d.month - 1, d.day);
    if (best === undefined || Math.abs(t - reference) < Math.abs(best - reference)) best = t;
  }
  return best;
}
