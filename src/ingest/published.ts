/**
 * Publication times as ISO 8601: `YYYY-MM-DD` when only the day is known, else UTC `YYYY-MM-DDTHH:MM:SSZ`
 * (with `.sss` when there are milliseconds). A time without a zone is taken as UTC, so that the result never
 * depends on the machine's time zone. Anything unparseable gives undefined rather than a guess.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/** RFC 822 zone names (RSS pubDate) in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

// 2024-03-05, 2024-03-05T10:00, 2024-03-05 10:00:00.123+01:00, 2024/03/05, 20240305T100000Z
const ISO =
  /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// Tue, 05 Mar 2024 10:00:00 GMT · 5 March 2024 10:00 +0100 · 5 Mar 2024
const DAY_MONTH_YEAR =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,4}|[+-]\d{2}:?\d{2})?)?$/i;
// March 5, 2024 · Mar 5 2024 10:00 UTC · Tuesday, March 5, 2024
const MONTH_DAY_YEAR =
  /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,4}|[+-]\d{2}:?\d{2})?)?$/i;

/** Already in the output form (the common case in JSONL corpora): checked, not rebuilt. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?$/;

function isValidCanonical(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const mo = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return false;
  if (s.length === 10) return true;
  return Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60 && Number(s.slice(17, 19)) < 60;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Normalises a publication time given as a string (ISO 8601, RFC 822, "March 5, 2024") or epoch seconds/ms. */
export function normalisePublished(value: unknown): string | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (s === '' || s.length > 64) return undefined;
  if (CANONICAL.test(s) && isValidCanonical(s)) return s;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  let m = ISO.exec(s);
  if (m) return build(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(m[3], month(m[2]), m[1], m[4], m[5], m[6], undefined, m[7]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(m[3], month(m[1]), m[2], m[4], m[5], m[6], undefined, m[7]);
  return undefined;
}

function month(name: string | undefined): string | undefined {
  const n = name === undefined ? undefined : MONTHS[name.toLowerCase()];
  return n === undefined ? undefined : String(n);
}

function fromEpoch(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  // Below 1e11 it can only be seconds (1e11 s is the year 5138; 1e11 ms is 1973).
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : formatUtc(d);
}

function build(
  year: string | undefined,
  mon: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): string | undefined {
  if (year === undefined || mon === undefined || day === undefined) return undefined;
  let y = Number(year);
  if (year.length === 2) y += y < 70 ? 2000 : 1900;
  const mo = Number(mon);
  const d = Number(day);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  if (hour === undefined || minute === undefined) return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
  const h = Number(hour);
  const mi = Number(minute);
  const sec = second === undefined ? 0 : Number(second);
  if (h > 24 || mi > 59 || sec > 60 || (h === 24 && (mi > 0 || sec > 0))) return undefined;
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  const ms = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  // A leap second (:60) becomes the next second: Date.UTC rolls it over.
  return formatUtc(new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset * 60_000));
}

/** Minutes east of UTC; no zone counts as UTC; an unknown zone name gives undefined. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatUtc(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
