import * as chrono from 'chrono-node';
import type { Article } from '../../model/article.js';
import type { DateMention } from '../../model/entity.js';

/**
 * Dates written in an article, resolved against its publication date.
 *
 * Why not chrono-node alone: it costs 20–250 µs per call even on a short window, so date-dense wire copy
 * would run at a few MB/s. A regular-expression pre-filter finds the few places that can hold a date
 * (month and weekday names, ISO and slashed numbers, today/yesterday/tomorrow); the common news forms
 * ("December 4-5", "4 December 2025", "Nov. 3 to Nov. 5, 2024", "March 2023", "in May", "Thursday",
 * "1996-08-22") are read directly, with chrono's conventions (a missing year is the one closest to the
 * reference date, no forward bias); anything else at a trigger (slashed dates) goes to chrono on a short
 * window. The unit tests compare the direct reader with chrono on the forms it handles.
 */
export function extractDates(article: Article): readonly DateMention[] {
  return extractDatesFromText(article.text, article.published);
}

/** Same as `extractDates` on bare text; `published` is an ISO date or date-time. */
export function extractDatesFromText(text: string, published?: string): readonly DateMention[] {
  const ref = referenceDate(published);
  const out: DateMention[] = [];
  let consumed = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    const ts = m.index;
    if (ts < consumed) continue;
    const word = m[0];
    let found: DateMention | undefined;
    const month = MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
    if (month !== undefined && isMonthWord(word)) {
      found = readMonth(text, ts, ts + word.length, month, ref);
    } else if (WEEKDAYS.has(word.toLowerCase())) {
      // "Thursday, December 4": the month reads the whole; the weekday alone otherwise.
      const after = /^,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?([A-Za-z]+)/.exec(text.slice(ts + word.length, ts + word.length + 24));
      const nextMonth = after?.[1] !== undefined && MONTHS.has(after[1].toLowerCase()) && isMonthWord(after[1]);
      if (!nextMonth) found = weekdayMention(text, ts, ts + word.length, word, ref);
    } else if (/^\d{4}-\d\d-\d\d$/.test(word)) {
      found = isoMention(text, ts, word);
    } else if (RELATIVE.has(word.toLowerCase())) {
      found = relativeMention(ts, word, ref);
    } else {
      found = chronoWindow(text, ts, ts + word.length, ref, published !== undefined);
    }
    if (found !== undefined) {
      out.push(found);
      consumed = found.end;
    }
  }
  return out;
}

// ---- triggers ---------------------------------------------------------------------------------------------

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS = new Map<string, number>(WEEKDAY_NAMES.map((d, i) => [d, i]));
const RELATIVE = new Map<string, number>([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** Month and weekday words (capitalised or all caps), ISO and slashed dates, and relative day words. */
const TRIGGER =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b/g;

/** "May" and "March" are also words; the full name, title case or all caps, is a month. */
function isMonthWord(word: string): boolean {
  const w = word.replace(/\.$/, '');
  const lower = w.toLowerCase();
  if (!MONTHS.has(lower)) return false;
  return w === w.toUpperCase() || w[0] === w[0]?.toUpperCase();
}

// ---- direct reading ---------------------------------------------------------------------------------------

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_SUFFIX = '(?:st|nd|rd|th|ST|ND|RD|TH)?';
const RANGE_SEP = '\\s*(?:-|\u2013|\u2014|to|until|through|and)\\s*';
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*';
/** After a month: " 4", " 4-5", " 3 to Nov. 5", then ", 2024". */
const AFTER_MONTH = new RegExp(
  `\\.?\\s+(\\d{1,2})${DAY_SUFFIX}\\b(?:${RANGE_SEP}(?:(${MONTH_WORD})\\.?\\s+)?(\\d{1,2})${DAY_SUFFIX}\\b)?(?:\\s*,?\\s+(\\d{4})\\b)?`,
  'y',
);
/** Before a month: "4 ", "4-5 ", "4th of ". */
const BEFORE_MONTH = new RegExp(`(?:^|[^\\w.,-])(\\d{1,2})${DAY_SUFFIX}(?:${RANGE_SEP}(\\d{1,2})${DAY_SUFFIX})?\\s+(?:of\\s+)?$`);
const YEAR_AFTER = /\.?\s*,?\s+(\d{4})\b/y;
/** Words before a bare month name that make it a date: "in May", "since March". */
const MONTH_PREPOSITIONS =
  /(?:^|\s)(?:in|since|by|until|till|from|during|early|late|mid|last|next|this|of|before|after|through|throughout|end|beginning|start)\s+$/i;

function readMonth(text: string, ms: number, me: number, month: number, ref: Ymd | undefined): DateMention | undefined {
  let start = ms;
  let end = me;
  let day: number | undefined;
  let day2: number | undefined;
  let month2: number | undefined;
  let year: number | undefined;
  const before = BEFORE_MONTH.exec(text.slice(Math.max(0, ms - 24), ms));
  AFTER_MONTH.lastIndex = me;
  const after = AFTER_MONTH.exec(text);
  if (before !== null) {
    day = Number(before[2] === undefined ? before[1] : before[1]);
    if (before[2] !== undefined) day2 = Number(before[2]);
    start = ms - (before[0].length - (before[0].match(/^[^\d]*/)?.[0].length ?? 0));
    YEAR_AFTER.lastIndex = me;
    const y = YEAR_AFTER.exec(text);
    if (y !== null) {
      year = Number(y[1]);
      end = me + y[0].length;
    }
  } else if (after !== null) {
    day = Number(after[1]);
    if (after[3] !== undefined) {
      day2 = Number(after[3]);
      if (after[2] !== undefined) {
        month2 = MONTHS.get(after[2].toLowerCase().replace(/\.$/, ''));
        if (month2 === undefined) return undefined;
      }
    }
    if (after[4] !== undefined) year = Number(after[4]);
    end = me + after[0].length;
  } else {
    YEAR_AFTER.lastIndex = me;
    const y = YEAR_AFTER.exec(text);
    if (y !== null) {
      year = Number(y[1]);
      end = me + y[0].length;
    } else {
      const word = text.slice(ms, me).replace(/\.$/, '');
      // A bare month: only a full name after a preposition ("in May", not "May I").
      if (word.length < 3 || !MONTH_NAMES.includes(word.toLowerCase())) return undefined;
      if (!MONTH_PREPOSITIONS.test(text.slice(Math.max(0, ms - 12), ms))) return undefined;
      end = ms + word.length;
    }
  }
  // A weekday before: "Thursday, December 4".
  const wd = /((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?\s+(?:the\s+)?$/.exec(
    text.slice(Math.max(0, start - 14), start),
  );
  if (wd !== null) start -= wd[0].length;
  // Trailing period of an abbreviation kept only inside the span.
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end--;
  const mentionText = text.slice(start, end);

  if (day === undefined) {
    // Month (and year): the whole month.
    // Without a publication date only a full date is placed; a month is not one.
    if (ref === undefined) return { text: mentionText, start, end, certain: false };
    const y = year ?? closestYear(ref, month, 15);
    return {
      text: mentionText, start, end, certain: false,
      resolved: { start: iso({ y, m: month, d: 1 }), end: iso({ y, m: month, d: daysIn(y, month) }) },
    };
  }
  if (day < 1 || day > 31 || (day2 !== undefined && (day2 < 1 || day2 > 31))) return undefined;
  const certain = year !== undefined;
  const y = year ?? (ref === undefined ? undefined : closestYear(ref, month, day));
  if (y === undefined) return { text: mentionText, start, end, certain: false };
  if (day > daysIn(y, month)) return undefined;
  const first: Ymd = { y, m: month, d: day };
  if (day2 === undefined) return { text: mentionText, start, end, certain, resolved: { start: iso(first) } };
  const m2 = month2 ?? month;
  const y2 = m2 < month ? y + 1 : y;
  if (day2 > daysIn(y2, m2)) return undefined;
  const last: Ymd = { y: y2, m: m2, d: day2 };
  if (compare(last, first) <= 0) return { text: mentionText, start, end, certain, resolved: { start: iso(first) } };
  return { text: mentionText, start, end, certain, resolved: { start: iso(first), end: iso(last) } };
}

function weekdayMention(text: string, s: number, e: number, word: string, ref: Ymd | undefined): DateMention {
  const mentionText = text.slice(s, e);
  if (ref === undefined) return { text: mentionText, start: s, end: e, certain: false };
  // The closest such weekday to the reference, as chrono does without forwardDate.
  const target = WEEKDAYS.get(word.toLowerCase()) ?? 0;
  const refDate = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  let diff = target - refDate.getUTCDay();
  if (diff > 3) diff -= 7;
  if (diff < -3) diff += 7;
  return { text: mentionText, start: s, end: e, certain: false, resolved: { start: iso(addDays(ref, diff)) } };
}

function relativeMention(s: number, word: string, ref: Ymd | undefined): DateMention {
  const e = s + word.length;
  if (ref === undefined) return { text: word, start: s, end: e, certain: false };
  return { text: word, start: s, end: e, certain: false, resolved: { start: iso(addDays(ref, RELATIVE.get(word.toLowerCase()) ?? 0)) } };
}

function isoMention(text: string, s: number, word: string): DateMention | undefined {
  const y = Number(word.slice(0, 4));
  const m = Number(word.slice(5, 7));
  const d = Number(word.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return { text: text.slice(s, s + word.length), start: s, end: s + word.length, certain: true, resolved: { start: word } };
}

// ---- chrono fallback --------------------------------------------------------------------------------------

/** Reads the words around a trigger with chrono; keeps a result that covers the trigger. */
function chronoWindow(text: string, ts: number, te: number, ref: Ymd | undefined, hasRef: boolean): DateMention | undefined {
  let ws = Math.max(0, ts - 24);
  let we = Math.min(text.length, te + 32);
  while (ws > 0 && ws < ts && /\S/.test(text[ws - 1] ?? '')) ws++;
  while (we < text.length && we > te && /\S/.test(text[we] ?? '')) we--;
  const windowText = text.slice(ws, we);
  const instant = ref === undefined ? new Date(2000, 0, 1, 12) : new Date(ref.y, ref.m - 1, ref.d, 12);
  for (const r of chrono.parse(windowText, { instant }, { forwardDate: false })) {
    const start = ws + r.index;
    const trimmed = r.text.replace(/[\s,]+$/, '');
    const end = start + trimmed.length;
    if (start > ts || end < te) continue;
    const c = r.start;
    const certain = c.isCertain('day') && c.isCertain('month') && (c.isCertain('year') || r.end?.isCertain('year') === true);
    if (!hasRef && !certain) return { text: trimmed, start, end, certain: false };
    const first: Ymd = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
    const resolved: { start: string; end?: string } = { start: iso(first) };
    if (r.end !== undefined && r.end !== null) {
      const last: Ymd = { y: r.end.get('year') ?? first.y, m: r.end.get('month') ?? first.m, d: r.end.get('day') ?? first.d };
      if (compare(last, first) > 0) resolved.end = iso(last);
    }
    return { text: trimmed, start, end, certain, resolved };
  }
  return undefined;
}

// ---- calendar helpers -------------------------------------------------------------------------------------

/** The reference day of an ISO date or date-time (its calendar date as written). */
function referenceDate(published: string | undefined): Ymd | undefined {
  if (published === undefined) return undefined;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(published);
  if (m === null) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysIn(ymd.y, ymd.m)) return undefined;
  return ymd;
}

/** The year that puts month/day closest to the reference (chrono's rule for a missing year). */
function closestYear(ref: Ymd, month: number, day: number): number {
  const r = Date.UTC(ref.y, ref.m - 1, ref.d);
  let best = ref.y;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dist = Math.abs(Date.UTC(y, month - 1, Math.min(day, daysIn(y, month))) - r);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function iso(d: Ymd): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
