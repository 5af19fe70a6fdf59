import * as chrono from 'chrono-node';
import type { Article } from '../../model/article.js';
import type { DateMention } from '../../model/entity.js';
import { F_PLAIN, LOWER, NUM, PUNCT, peekTokens, type Tokens } from '../entities/tokenize.js';

/**
 * Dates written in an article, resolved against its publication date.
 *
 * Why not chrono-node alone: it costs 20–250 µs per call even on a short window, so date-dense wire copy
 * would run at a few MB/s. A cheap first step finds the few places that can hold a date (month and weekday
 * names, ISO and slashed numbers, today/yesterday/tomorrow): the tokens the entity extractor has just made
 * of the same text when it has (`detailArticle` runs it first; the tokenizer marks the candidate tokens), a
 * native pattern scan otherwise; both visit the same word starts. The common news forms ("December 4-5",
 * "4 December 2025", "Nov. 3 to Nov. 5, 2024", "March 2023", "in May", "Thursday", "1996-08-22") are read
 * directly, with chrono's conventions (a missing year is the one closest to the reference date, no forward
 * bias); slashed dates go to chrono on a short window. The unit tests compare the direct reader with chrono
 * on the forms it handles, and the two ways of finding triggers with each other.
 */
export function extractDates(article: Article): readonly DateMention[] {
  return extractDatesFromText(article.text, article.published);
}

/** Same as `extractDates` on bare text; `published` is an ISO date or date-time. */
export function extractDatesFromText(text: string, published?: string): readonly DateMention[] {
  const scan = new DateScan(text, published);
  const tokens = peekTokens(text);
  if (tokens === undefined) scan.findByPattern();
  else scan.findInTokens(tokens);
  return scan.out;
}

/**
 * One pass over the triggers of a text, in text order. Triggers are words (ASCII word characters, as `\b`
 * sees them); the places to look are found either in the tokens the entity extractor has just made of the
 * same text (no pass over the text at all) or by a native pattern scan. Both visit the same word starts.
 */
class DateScan {
  readonly out: DateMention[] = [];
  private readonly ref: Ymd | undefined;
  /** End of the last date read: triggers inside it are skipped. */
  private consumed = 0;
  /** Where the next trigger may start (the end of the last trigger, as a regular expression would resume). */
  private from = 0;

  constructor(
    private readonly text: string,
    private readonly published: string | undefined,
  ) {
    this.ref = referenceDate(published);
  }

  /** Candidates by a native scan for what every trigger's word holds (weekdays and "today" hold "day"). */
  findByPattern(): void {
    const text = this.text;
    let from = 0;
    for (;;) {
      CANDIDATE.lastIndex = from;
      if (!CANDIDATE.test(text)) break;
      const me = CANDIDATE.lastIndex;
      const d = text.charCodeAt(me - 2);
      let ws = (d === 45 || d === 47) && isDigitCode(text.charCodeAt(me - 1)) ? me - 3 : me - 1;
      while (ws > 0 && WORD_CHAR[text.charCodeAt(ws - 1) | 0] === 1) ws--;
      let we = ws;
      while (WORD_CHAR[text.charCodeAt(we) | 0] === 1) we++;
      if (ws >= this.from) this.visit(ws);
      from = Math.max(we, this.from);
    }
  }

  /** Candidates from tokens: each token's start and, in tokens with joiners or other letters, its inner word starts. */
  findInTokens(tokens: Tokens): void {
    const text = this.text;
    const { kind, flags, start, end, hints, hintCount } = tokens;
    // Only the tokens the tokenizer marked as possible triggers (every other token is ruled out below anyway).
    for (let h = 0; h < hintCount; h++) {
      const k = hints[h] as number;
      const kd = kind[k] as number;
      if (kd === PUNCT) continue;
      const s = start[k] as number;
      if (s < this.from) {
        // Inside the last trigger; a token it only began may still hold word starts.
        if ((end[k] as number) <= this.from || ((flags[k] as number) & F_PLAIN) !== 0) continue;
      }
      if (((flags[k] as number) & F_PLAIN) !== 0) {
        // A plain token's only word start is its first character: most tokens are ruled out by it.
        const c = text.charCodeAt(s);
        if (kd === LOWER) {
          const len = (end[k] as number) - s;
          if ((c !== 116 && c !== 121) || len < 5 || len === 6 || len > 9) continue; // today … yesterday
        } else if (kd !== NUM && TRIGGER_INITIAL[c] !== 1) {
          continue;
        }
        if (WORD_CHAR[text.charCodeAt(s - 1) | 0] !== 1) this.visit(s);
        continue;
      }
      const e = end[k] as number;
      for (let p = Math.max(s, this.from); p < e; p++) {
        if (WORD_CHAR[text.charCodeAt(p) | 0] === 1 && WORD_CHAR[text.charCodeAt(p - 1) | 0] !== 1) {
          this.visit(p);
          if (this.from > p + 1) p = this.from - 1;
        }
      }
    }
  }

  /** Reads the trigger, if any, at word start `ws` (not before `from`). */
  private visit(ws: number): void {
    const text = this.text;
    const kind = triggerAt(text, ws);
    if (kind === T_NONE) return;
    const ts = ws;
    const te = triggerEnd;
    this.from = te;
    if (ts < this.consumed) return;
    const ref = this.ref;
    let found: DateMention | undefined;
    if (kind === T_MONTH) {
      found = readMonth(text, ts, te, triggerValue, ref);
    } else if (kind === T_WEEKDAY) {
      // "Thursday, December 4": the month reads the whole; the weekday alone otherwise.
      const after = /^,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?([A-Za-z]+)/.exec(text.slice(te, te + 24));
      const nextMonth = after?.[1] !== undefined && MONTHS.has(after[1].toLowerCase()) && isMonthWord(after[1]);
      if (!nextMonth) found = weekdayMention(text, ts, te, text.slice(ts, te), ref);
    } else if (kind === T_ISO) {
      found = isoMention(text, ts, text.slice(ts, te));
    } else if (kind === T_RELATIVE) {
      found = relativeMention(ts, text.slice(ts, te), ref);
    } else {
      found = chronoWindow(text, ts, te, ref, this.published !== undefined);
    }
    if (found !== undefined) {
      this.out.push(found);
      this.consumed = found.end;
    }
  }
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

/**
 * Triggers: month words (title case or all caps, abbreviated or not, with an optional period), weekday
 * names, today/tonight/yesterday/tomorrow, ISO dates and slashed dates, each a whole word. A capitalised
 * word that only begins like a month ("Marco", "Mayor", "Decided") is no trigger: chrono reads no date over
 * such a word (save a month name with "of" run on, which still goes to chrono), and asking it would cost
 * more than the rest of the extraction.
 */
const T_NONE = 0;
const T_MONTH = 1;
const T_WEEKDAY = 2;
const T_RELATIVE = 3;
const T_ISO = 4;
const T_CHRONO = 5;

/** Where a trigger may be: every trigger's word holds one of these (weekdays and "today" hold "day"). */
const CANDIDATE =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|day|DAY|[Tt]onight|[Tt]omorrow|\d[-/]\d/g;

/**
 * 1 for the characters of `\w` ([A-Za-z0-9_]). Indexed with `code | 0`: past either end of the text
 * `charCodeAt` gives NaN, which must not reach a typed-array index (V8 would fall back to a generic load).
 */
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) WORD_CHAR[c] = 1;
}

/** First letters of capitalised triggers: months, weekdays, Today, Tonight, Tomorrow, Yesterday. */
const TRIGGER_INITIAL = new Uint8Array(128);
for (const c of 'JFMASONDTWY') TRIGGER_INITIAL[c.charCodeAt(0)] = 1;

/** Title-case and all-caps month abbreviations → month number, keyed by their three char codes. */
const MONTH_PREFIX = new Map<number, number>();
/** Weekday names in title case and all caps. */
const WEEKDAY_FORMS: string[] = [];
const prefixKey = (a: number, b: number, c: number): number => (a << 16) ^ (b << 8) ^ c;

/** End of the trigger found by `triggerAt`, and its month number (out-parameters, no allocation). */
let triggerEnd = 0;
let triggerValue = 0;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The kind of trigger starting at word start `i` (T_NONE if none); sets `triggerEnd` and `triggerValue`. */
function triggerAt(text: string, i: number): number {
  const c0 = text.charCodeAt(i);
  if (isDigitCode(c0)) return digitTrigger(text, i);
  if (c0 === 116 || c0 === 121) return relativeTrigger(text, i); // t, y
  if (c0 < 65 || c0 > 90) return T_NONE;
  let j = i + 1;
  while (isAsciiLetter(text.charCodeAt(j))) j++;
  const len = j - i;
  if (len < 3) return T_NONE;
  const m = MONTH_PREFIX.get(prefixKey(c0, text.charCodeAt(i + 1), text.charCodeAt(i + 2)));
  if (m !== undefined) {
    // `[A-Za-z]*\.?\b`: the period belongs to the word only when a word character follows it.
    const after = text.charCodeAt(j);
    let end = j;
    if (after === 46 && WORD_CHAR[text.charCodeAt(j + 1) | 0] === 1) end = j + 1;
    else if (WORD_CHAR[after | 0] === 1) return T_NONE;
    // The word is the abbreviation, 'Sept' or the full name, in any letter case past the first letter.
    const month = len === 3 || monthNameAt(text, i, len, m) ? m : undefined;
    if (month === undefined) {
      // chrono reads a month name with "of" run on ("Mayof 2024") as that month: keep its reading.
      if (len < 5 || (text.charCodeAt(j - 2) | 32) !== 111 || (text.charCodeAt(j - 1) | 32) !== 102) return T_NONE;
      if (!MONTHS.has(text.slice(i, j - 2).toLowerCase())) return T_NONE;
      triggerEnd = end;
      return T_CHRONO;
    }
    triggerEnd = end;
    triggerValue = month;
    return T_MONTH;
  }
  if (WORD_CHAR[text.charCodeAt(j) | 0] === 1) return T_NONE;
  if (c0 === 84 || c0 === 89) {
    const r = relativeTrigger(text, i);
    if (r !== T_NONE) return r;
  }
  // "…day" or "…DAY"
  if (len < 6 || len > 9) return T_NONE;
  const y = text.charCodeAt(j - 1);
  if (y !== 121 && y !== 89) return T_NONE;
  for (const w of WEEKDAY_FORMS) {
    if (w.length === len && text.startsWith(w, i)) {
      triggerEnd = j;
      return T_WEEKDAY;
    }
  }
  return T_NONE;
}

/** Whether the ASCII letters text[i, i + len) spell month `m` in full or as 'Sept', ASCII case aside. */
function monthNameAt(text: string, i: number, len: number, m: number): boolean {
  const name = len === 4 && m === 9 ? 'sept' : (MONTH_NAMES[m - 1] as string);
  if (name.length !== len) return false;
  for (let k = 1; k < len; k++) if ((text.charCodeAt(i + k) | 32) !== name.charCodeAt(k)) return false;
  return true;
}

/** `[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow` as a whole word. */
function relativeTrigger(text: string, i: number): number {
  const c0 = text.charCodeAt(i) | 0x20;
  const rest = c0 === 121 ? 'esterday' : text.charCodeAt(i + 2) === 100 ? 'oday' : text.charCodeAt(i + 2) === 110 ? 'onight' : 'omorrow';
  const j = i + 1 + rest.length;
  if (!text.startsWith(rest, i + 1) || WORD_CHAR[text.charCodeAt(j) | 0] === 1) return T_NONE;
  triggerEnd = j;
  return T_RELATIVE;
}

/** `\d{4}-\d\d-\d\d\b` or `\d{1,2}\/\d{1,2}\/\d{2,4}\b` at `i`. */
function digitTrigger(text: string, i: number): number {
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  const run = j - i;
  const sep = text.charCodeAt(j);
  if (run === 4 && sep === 45) {
    const e = j + 6;
    const ok =
      isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(j + 2)) && text.charCodeAt(j + 3) === 45 &&
      isDigitCode(text.charCodeAt(j + 4)) && isDigitCode(text.charCodeAt(j + 5)) && WORD_CHAR[text.charCodeAt(e) | 0] !== 1;
    if (!ok) return T_NONE;
    triggerEnd = e;
    return T_ISO;
  }
  if (run > 2 || sep !== 47) return T_NONE;
  let k = j + 1;
  while (isDigitCode(text.charCodeAt(k))) k++;
  if (k - j - 1 < 1 || k - j - 1 > 2 || text.charCodeAt(k) !== 47) return T_NONE;
  let e = k + 1;
  while (isDigitCode(text.charCodeAt(e))) e++;
  const y = e - k - 1;
  if (y < 2 || y > 4 || WORD_CHAR[text.charCodeAt(e) | 0] === 1) return T_NONE;
  triggerEnd = e;
  return T_CHRONO;
}

for (const [name, month] of MONTHS) {
  if (name.length !== 3) continue;
  const t = name.charAt(0).toUpperCase() + name.slice(1);
  const u = name.toUpperCase();
  MONTH_PREFIX.set(prefixKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)), month);
  MONTH_PREFIX.set(prefixKey(u.charCodeAt(0), u.charCodeAt(1), u.charCodeAt(2)), month);
}
for (const name of WEEKDAYS.keys()) WEEKDAY_FORMS.push(name.charAt(0).toUpperCase() + name.slice(1), name.toUpperCase());

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
  // Each pattern runs only where a cheap look at the characters says it can match.
  const before = dayBeforeMay(text, ms) ? BEFORE_MONTH.exec(text.slice(Math.max(0, ms - 24), ms)) : null;
  let after: RegExpExecArray | null = null;
  if (before === null && dayAfterMay(text, me)) {
    AFTER_MONTH.lastIndex = me;
    after = AFTER_MONTH.exec(text);
  }
  if (before !== null) {
    day = Number(before[2] === undefined ? before[1] : before[1]);
    if (before[2] !== undefined) day2 = Number(before[2]);
    start = ms - (before[0].length - (before[0].match(/^[^\d]*/)?.[0].length ?? 0));
    YEAR_AFTER.lastIndex = me;
    const y = yearAfterMay(text, me) ? YEAR_AFTER.exec(text) : null;
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
    const y = yearAfterMay(text, me) ? YEAR_AFTER.exec(text) : null;
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
  const wd = weekdayBeforeMay(text, start)
    ? /((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?\s+(?:the\s+)?$/.exec(
      text.slice(Math.max(0, start - 14), start),
    )
    : null;
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

/** `\s` of a regular expression (NaN, past the text, is not). */
function isRegexSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether BEFORE_MONTH can match before `ms`: it ends in white space and holds a digit. */
function dayBeforeMay(text: string, ms: number): boolean {
  if (ms === 0 || !isRegexSpace(text.charCodeAt(ms - 1))) return false;
  for (let i = Math.max(0, ms - 24); i < ms; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether AFTER_MONTH can match at `me`: an optional period, white space, then a digit. */
function dayAfterMay(text: string, me: number): boolean {
  let j = text.charCodeAt(me) === 46 ? me + 1 : me;
  if (!isRegexSpace(text.charCodeAt(j))) return false;
  while (isRegexSpace(text.charCodeAt(j))) j++;
  return isDigitCode(text.charCodeAt(j));
}

/** Whether YEAR_AFTER can match at `me`: an optional period, white space or commas, then a digit. */
function yearAfterMay(text: string, me: number): boolean {
  const j = text.charCodeAt(me) === 46 ? me + 1 : me;
  let k = j;
  for (;;) {
    const c = text.charCodeAt(k);
    if (c !== 44 && !isRegexSpace(c)) break;
    k++;
  }
  return k > j && isDigitCode(text.charCodeAt(k));
}

/** Whether a weekday can end just before `start` (`day,? \s+ (the \s+)?`): white space, then "y" or "the". */
function weekdayBeforeMay(text: string, start: number): boolean {
  let j = start;
  if (!isRegexSpace(text.charCodeAt(j - 1))) return false;
  while (j > 0 && isRegexSpace(text.charCodeAt(j - 1))) j--;
  if (j >= 3 && text.startsWith('the', j - 3)) {
    let k = j - 3;
    if (isRegexSpace(text.charCodeAt(k - 1))) {
      while (k > 0 && isRegexSpace(text.charCodeAt(k - 1))) k--;
      if (text.charCodeAt(k - 1) === 44) k--;
      const y = text.charCodeAt(k - 1);
      if (y === 121 || y === 89) return true;
    }
  }
  if (text.charCodeAt(j - 1) === 44) j--;
  const y = text.charCodeAt(j - 1);
  return y === 121 || y === 89;
}

function weekdayMention(text: string, s: number, e: number, word: string, ref: Ymd | undefined): DateMention {
  const mentionText = text.slice(s, e);
  if (ref === undefined) return { text: mentionText, start: s, end: e, certain: false };
  // The closest such weekday to the reference, as chrono does without forwardDate.
  const target = WEEKDAYS.get(word.toLowerCase()) ?? 0;
  // Day of the week from the day count (1970-01-01 was a Thursday), with no Date object.
  const days = Math.floor(Date.UTC(ref.y, ref.m - 1, ref.d) / 86400000);
  let diff = target - (((days + 4) % 7) + 7) % 7;
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month m (1–12) of year y, as `Date.UTC` counts them (years 0–99 are 1900–1999 there). */
function daysIn(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1] as number;
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
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
