import type { Article } from '../../model/article.js';
import type { NumberMention } from '../../model/entity.js';
import { F_DIGITS, peekTokens } from './tokenize.js';

/**
 * Numbers written with digits, with their currency or unit, scale word and the noun they count:
 * '$1.2 billion' (1.2e9, USD), '3,400 people' (context 'people'), '12 per cent' (percent), '22nd session'
 * (ordinal). Years ('in 2025'), dates ('1996-08-22', '08/27/96'), times ('10:30'), phone numbers and digits
 * inside names ('G7', 'MiG-29') are not numbers here. Spelled-out numbers are not read.
 *
 * Digits are found by a native scan, or, right after the entity extractor has tokenized the same text (as
 * `detailArticle` does), in the few tokens it flagged as holding digits; each number is then read from the
 * character codes (no regular expression, no substring but the mention's own text).
 */
export function extractNumbers(article: Article): readonly NumberMention[] {
  return extractNumbersFromText(article.text);
}

/** Same as `extractNumbers` on bare text. */
export function extractNumbersFromText(text: string): readonly NumberMention[] {
  const out: NumberMention[] = [];
  const tokens = peekTokens(text);
  if (tokens !== undefined) {
    // The entity extractor has just tokenized this text: digits are only in the tokens flagged F_DIGITS.
    const { flags, start, end, hints, hintCount } = tokens;
    let i = 0;
    for (let h = 0; h < hintCount; h++) {
      const k = hints[h] as number;
      if (((flags[k] as number) & F_DIGITS) === 0) continue;
      const e = end[k] as number;
      if (i < (start[k] as number)) i = start[k] as number;
      while (i < e) {
        if (!isDigit(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const m = readNumber(text, i);
        if (m?.mention !== undefined) out.push(m.mention);
        i = m === undefined ? skipDigits(text, i) : Math.max(m.next, i + 1);
      }
    }
    return out;
  }
  let i = 0;
  for (;;) {
    // A native scan to the next digit: prose between numbers costs no JavaScript at all.
    DIGIT.lastIndex = i;
    if (!DIGIT.test(text)) break;
    i = DIGIT.lastIndex - 1;
    const m = readNumber(text, i);
    if (m?.mention !== undefined) out.push(m.mention);
    i = m === undefined ? skipDigits(text, i) : Math.max(m.next, i + 1);
  }
  return out;
}

const DIGIT = /[0-9]/g;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

function skipDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isLetter(c) || c === 46 || c === 44 || c === 45 || c === 47 || c === 58) j++;
    else break;
  }
  return j;
}

/** `[A-Za-z]` */
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `\w` of a regular expression without the u flag. */
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;
/** `\s` of a regular expression. */
function isRegexSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Three ASCII letters, lower-cased and packed, of the month abbreviations. */
const MONTH_KEYS: ReadonlySet<number> = new Set(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => pack3(m, 0)),
);
function pack3(s: string, i: number): number {
  return ((s.charCodeAt(i) | 32) << 16) | ((s.charCodeAt(i + 1) | 32) << 8) | (s.charCodeAt(i + 2) | 32);
}
/** Whether text[i, i + 3) is a month abbreviation in any letter case (ASCII letters only). */
function monthAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  return isAsciiLetter(a) && isAsciiLetter(b) && isAsciiLetter(c) && MONTH_KEYS.has(pack3(text, i));
}

/**
 * End of the number at i: `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?` read from the character codes, or -1.
 * `numberSeparators` tells whether a comma or a period was read.
 */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  if (j === i) return -1;
  numberSeparators = false;
  if (j - i <= 3 && text.charCodeAt(j) === 44 && threeDigits(text, j + 1)) {
    while (text.charCodeAt(j) === 44 && threeDigits(text, j + 1)) j += 4;
    numberSeparators = true;
  }
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(text.charCodeAt(j))) j++;
    numberSeparators = true;
  }
  return j;
}
let numberSeparators = false;

const threeDigits = (text: string, i: number): boolean =>
  isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2));

/** Units written onto the number ('10km', '40m', '9.5%'); they must not run on into more letters. */
const ATTACHED_UNITS: ReadonlySet<string> = new Set(['bn', 'mn', 'm', 'k', 'km', 'kg', 'mw', 'gw', 'ft', 'cm', 'mm', 'mph', 'kph']);

const SCALES = new Map<string, number>([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9],
  ['mn', 1e6], ['mln', 1e6], ['bln', 1e9], ['crore', 1e7], ['crores', 1e7], ['lakh', 1e5], ['lakhs', 1e5],
  ['k', 1e3],
]);
const CURRENCY_WORDS = new Map<string, string>([
  ['dollars', 'USD'], ['dollar', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['pounds', 'GBP'], ['sterling', 'GBP'],
  ['rupees', 'INR'], ['rupee', 'INR'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['ruble', 'RUB'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['francs', 'CHF'], ['marks', 'DEM'], ['guilders', 'NLG'],
  ['pesos', 'MXN'], ['lire', 'ITL'], ['lira', 'TRY'], ['rand', 'ZAR'], ['won', 'KRW'], ['dinars', 'DZD'],
  ['riyals', 'SAR'], ['dirhams', 'AED'], ['shekels', 'ILS'], ['hryvnias', 'UAH'], ['zlotys', 'PLN'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['inr', 'INR'], ['rub', 'RUB'], ['jpy', 'JPY'], ['cny', 'CNY'],
]);
const UNIT_WORDS = new Map<string, string>([
  ['percent', 'percent'], ['pct', 'percent'], ['%', 'percent'], ['km', 'km'], ['kilometres', 'km'],
  ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['miles', 'mile'], ['mile', 'mile'],
  ['metres', 'm'], ['meters', 'm'], ['feet', 'ft'], ['ft', 'ft'], ['kg', 'kg'], ['kilograms', 'kg'],
  ['kilos', 'kg'], ['tonnes', 'tonne'], ['tons', 'tonne'], ['tonne', 'tonne'], ['barrels', 'barrel'],
  ['bpd', 'barrel/day'], ['mw', 'MW'], ['megawatts', 'MW'], ['gw', 'GW'], ['gigawatts', 'GW'], ['kwh', 'kWh'],
  ['hectares', 'ha'], ['acres', 'acre'], ['litres', 'l'], ['liters', 'l'], ['gallons', 'gallon'],
  ['degrees', 'degree'], ['mph', 'mph'], ['kph', 'km/h'],
]);
/** Symbols and letter prefixes before a number ('$', 'US$', 'Rs', '€'). Longest first. */
const CURRENCY_PREFIXES: readonly [string, string][] = [
  ['US$', 'USD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['Rs.', 'INR'], ['Rs', 'INR'], ['INR', 'INR'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['RMB', 'CNY'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
];
/** Last characters of CURRENCY_PREFIXES. */
const CURRENCY_LAST: ReadonlySet<number> = new Set(CURRENCY_PREFIXES.map(([p]) => p.charCodeAt(p.length - 1)));
/** Words before a bare four-digit number that make it a year. */
const YEAR_BEFORE = /(?:^|[^A-Za-z])(?:in|since|by|until|till|from|of|during|to|before|after|and|year|early|late|mid|between|or|than|the|for|until|through|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s*$/;
/** Words skipped between a number and the noun it counts ('3,400 more people'). */
const FILLERS = new Set(['more', 'additional', 'other', 'new', 'extra', 'further', 'fewer', 'or', 'so', 'odd', 'plus']);
const NOT_CONTEXT = new Set([
  'of', 'the', 'a', 'an', 'and', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'are', 'was',
  'were', 'be', 'that', 'which', 'who', 'than', 'per', 'up', 'down', 'out', 'over', 'under', 'after', 'before',
  'since', 'ago', 'earlier', 'later', 'each', 'apiece', 'while', 'when', 'but', 'if', 'not', 'it', 'he', 'she',
  'they', 'we', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'vs', 'v', 'into', 'against',
]);

interface Read {
  /** Undefined when the digits are not a number here (a year). */
  readonly mention: NumberMention | undefined;
  readonly next: number;
}

/** The currency written just before offset i ('$', 'US$ ', 'Rs.'), with where it starts. */
function currencyBefore(text: string, i: number): { code: string; start: number } | undefined {
  // Most numbers have no currency: rule that out from one character before slicing anything.
  // At most one white-space character between the currency and the digits.
  if (i === 0) return undefined;
  let te = i;
  if (isRegexSpace(text.charCodeAt(i - 1))) {
    if (i < 2 || isRegexSpace(text.charCodeAt(i - 2))) return undefined;
    te = i - 1;
  }
  if (!CURRENCY_LAST.has(text.charCodeAt(te - 1))) return undefined;
  const lo = Math.max(0, i - 5);
  for (const [p, code] of CURRENCY_PREFIXES) {
    const ps = te - p.length;
    if (ps < lo || !text.startsWith(p, ps)) continue;
    const pc = ps > 0 ? text.charCodeAt(ps - 1) : 32;
    // 'Rs' must be a word of its own; '$' may follow letters ('US$' is listed, 'NT$' reads as '$').
    if (isLetter(p.charCodeAt(0)) && isLetter(pc)) continue;
    return { code, start: ps };
  }
  return undefined;
}

function readNumber(text: string, i: number): Read | undefined {
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  // Digits inside words and codes: 'G7', 'MiG-29', 'PL-480', '1.5' seen from its '5'.
  if (isLetter(prev) || isDigit(prev) || prev === 46 || prev === 44 || prev === 95) return undefined;
  if (prev === 45 && i > 1 && (isLetter(text.charCodeAt(i - 2)) || isDigit(text.charCodeAt(i - 2)))) return undefined;
  const numEnd = numberEnd(text, i);
  if (numEnd < 0) return undefined;
  const separators = numberSeparators;
  let end = numEnd;
  const after = text.charCodeAt(end);
  // Dates, times, fractions, phone numbers, versions: not counts.
  if ((after === 47 || after === 58) && isDigit(text.charCodeAt(end + 1))) return undefined;
  if (after === 46 && isDigit(text.charCodeAt(end + 1))) return undefined; // '1.2.3'
  let value = numberValue(text, i, numEnd);
  let ordinal = false;
  let unit: string | undefined;
  let scaled = false;
  let range = false;
  if (after === 45 && isDigit(text.charCodeAt(end + 1))) {
    // '4-5' is a range (its first value); '1996-08-22', '212-859-1650' and '1996-97' are not numbers.
    const e2 = numberEnd(text, end + 1);
    if (e2 < 0) return undefined;
    if (text.charCodeAt(e2) === 45 && isDigit(text.charCodeAt(e2 + 1))) return undefined;
    if (numEnd - i === 4 && e2 - end - 1 === 2) return undefined; // no comma in four characters of digits
    end = e2;
    range = true;
  }
  // Days of dates ('December 4-5', '4 December') belong to dates.
  if (monthBefore(text, i) || (value <= 31 && monthAfter(text, end))) return { mention: undefined, next: end };
  const currency = currencyBefore(text, i);
  const start = currency?.start ?? i;
  if (currency !== undefined) unit = currency.code;
  const ordLen = ordinalSuffixAt(text, end);
  if (ordLen > 0 && !separators && currency === undefined) {
    ordinal = true;
    end += ordLen;
  } else if (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 37) {
    let u: string | undefined;
    if (text.charCodeAt(end) === 37) {
      if (!isAsciiLetter(text.charCodeAt(end + 1))) u = '%';
    } else {
      let j = end;
      while (isAsciiLetter(text.charCodeAt(j))) j++;
      const w = text.slice(end, j);
      if (ATTACHED_UNITS.has(w)) u = w;
    }
    if (u === undefined) return undefined; // '1990s', '3D', '4G'
    const scale = u === 'm' ? (currency === undefined ? undefined : 1e6) : SCALES.get(u);
    if (scale !== undefined) {
      value *= scale;
      scaled = true;
    } else if (unit === undefined) unit = UNIT_WORDS.get(u) ?? u;
    end += u.length;
  }
  // Words after: scale, unit or currency, then the noun counted.
  let pos = end;
  let context = '';
  for (let step = 0; step < 5; step++) {
    const wEnd = wordAfter(text, pos);
    if (wEnd < 0) break;
    const raw = text.slice(wordStart, wEnd);
    const word = raw.toLowerCase();
    const scale = SCALES.get(word);
    if (!scaled && !ordinal && scale !== undefined && word !== 'k') {
      value *= scale;
      scaled = true;
      end = pos = wEnd;
      continue;
    }
    if (unit === undefined && !ordinal) {
      if (word === 'per' || word === 'percentage') {
        const w2End = wordAfter(text, wEnd);
        const second = w2End < 0 ? '' : text.slice(wordStart, w2End).toLowerCase();
        if (second === 'cent' || second === 'points' || second === 'point') {
          unit = word === 'per' ? 'percent' : 'percentage point';
          end = pos = w2End;
          continue;
        }
      }
      const u = UNIT_WORDS.get(word) ?? CURRENCY_WORDS.get(word);
      if (u !== undefined && (raw === word || raw.length <= 3)) {
        unit = u;
        end = pos = wEnd;
        continue;
      }
    }
    if ((FILLERS.has(word) || (unit === 'percent' && (word === 'of' || word === 'the'))) && raw === word) {
      pos = wEnd;
      continue;
    }
    if (raw === word && !NOT_CONTEXT.has(word) && word.length > 1 && !word.endsWith('ly')) context = word;
    break;
  }
  // A bare year: four digits, no unit or scale, after a date-ish word or counting nothing.
  if (!ordinal && !range && unit === undefined && !scaled && numEnd - i === 4 && !separators) {
    if (value >= 1800 && value <= 2100 && (context === '' || YEAR_BEFORE.test(text.slice(Math.max(0, i - 12), i)))) {
      return { mention: undefined, next: end };
    }
  }
  const mentionText = text.slice(start, end);
  const finite = Number.isFinite(value);
  let mention: NumberMention;
  if (unit === undefined) {
    mention = finite ? { text: mentionText, start, end, value, ordinal, context } : { text: mentionText, start, end, ordinal, context };
  } else {
    mention = finite
      ? { text: mentionText, start, end, value, unit, ordinal, context }
      : { text: mentionText, start, end, unit, ordinal, context };
  }
  return { mention, next: end };
}

/** Value of the number text[i, end) (commas are digit groups). */
function numberValue(text: string, i: number, end: number): number {
  let digits = 0;
  let fraction = -1;
  let plain = true;
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 44) {
      plain = false;
      continue;
    }
    if (c === 46) {
      fraction = 0;
      continue;
    }
    digits = digits * 10 + (c - 48);
    if (fraction >= 0) fraction++;
  }
  // Exact integers and a power of ten divide to the correctly rounded value, as Number() parses it.
  if (digits <= Number.MAX_SAFE_INTEGER && fraction <= 22) return fraction > 0 ? digits / (POWERS_OF_TEN[fraction] as number) : digits;
  const s = text.slice(i, end);
  return Number(plain ? s : s.replaceAll(',', ''));
}

const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
  1e22,
];

/** Start of the word found by `wordAfter`. */
let wordStart = 0;

/**
 * `[ \t\u00a0]*([A-Za-z][A-Za-z-]*|%)` at `pos`: the end of the word after spaces (its start in
 * `wordStart`), or -1.
 */
function wordAfter(text: string, pos: number): number {
  let j = pos;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    j++;
  }
  const c = text.charCodeAt(j);
  wordStart = j;
  if (c === 37) return j + 1;
  if (!isAsciiLetter(c)) return -1;
  j++;
  for (;;) {
    const d = text.charCodeAt(j);
    if (!isAsciiLetter(d) && d !== 45) break;
    j++;
  }
  return j;
}

/** `(?:st|nd|rd|th)\b` (any letter case) at `end`: its length, or 0. */
function ordinalSuffixAt(text: string, end: number): number {
  const a = text.charCodeAt(end) | 32;
  const b = text.charCodeAt(end + 1) | 32;
  const ok = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  return ok && isAsciiLetter(text.charCodeAt(end)) && isAsciiLetter(text.charCodeAt(end + 1)) && !isWordChar(text.charCodeAt(end + 2)) ? 2 : 0;
}

/**
 * A month word just before `i`, within eleven characters: `(?:Jan|…|Dec)[a-z]*\.?\s+$` (any letter case) over
 * text[i - 11, i).
 */
function monthBefore(text: string, i: number): boolean {
  const lo = Math.max(0, i - 11);
  let j = i;
  while (j > lo && isRegexSpace(text.charCodeAt(j - 1))) j--;
  if (j === i || j === lo) return false;
  if (text.charCodeAt(j - 1) === 46) j--;
  let p = j;
  while (p > lo && isAsciiLetter(text.charCodeAt(p - 1))) p--;
  for (let m = p; m + 3 <= j; m++) if (monthAt(text, m)) return true;
  return false;
}

/** A month after `end`, within fourteen characters: `^(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|…|Dec)` (any case). */
function monthAfter(text: string, end: number): boolean {
  const hi = Math.min(text.length, end + 14);
  let j = end;
  const a = text.charCodeAt(j) | 32;
  const b = text.charCodeAt(j + 1) | 32;
  if (j + 2 <= hi && isAsciiLetter(text.charCodeAt(j)) && isAsciiLetter(text.charCodeAt(j + 1)) &&
    ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))) {
    j += 2;
  }
  const ws = j;
  while (j < hi && isRegexSpace(text.charCodeAt(j))) j++;
  if (j === ws) return false;
  if (j + 2 < hi && (text.charCodeAt(j) | 32) === 111 && (text.charCodeAt(j + 1) | 32) === 102 && isRegexSpace(text.charCodeAt(j + 2))) {
    j += 2;
    while (j < hi && isRegexSpace(text.charCodeAt(j))) j++;
  }
  return j + 3 <= hi && monthAt(text, j);
}
