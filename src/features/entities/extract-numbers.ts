import type { Article } from '../../model/article.js';
import type { NumberMention } from '../../model/entity.js';

/**
 * Numbers written with digits, with their currency or unit, scale word and the noun they count:
 * '$1.2 billion' (1.2e9, USD), '3,400 people' (context 'people'), '12 per cent' (percent), '22nd session'
 * (ordinal). Years ('in 2025'), dates ('1996-08-22', '08/27/96'), times ('10:30'), phone numbers and digits
 * inside names ('G7', 'MiG-29') are not numbers here. Spelled-out numbers are not read.
 *
 * One char-code pass finds digit runs; only those are sliced and examined, so prose costs almost nothing.
 */
export function extractNumbers(article: Article): readonly NumberMention[] {
  return extractNumbersFromText(article.text);
}

/** Same as `extractNumbers` on bare text. */
export function extractNumbersFromText(text: string): readonly NumberMention[] {
  const out: NumberMention[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    const m = readNumber(text, i);
    if (m?.mention !== undefined) out.push(m.mention);
    i = m === undefined ? skipDigits(text, i) : Math.max(m.next, i + 1);
  }
  return out;
}

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

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)\b/iy;
const ATTACHED_UNIT = /(bn|mn|m|k|km|kg|mw|gw|%|ft|cm|mm|mph|kph|km\/h)(?![A-Za-z])/y;
/** Words after the number, lower-cased, one per step. */
const WORD_AFTER = /[ \t\u00a0]*([A-Za-z][A-Za-z-]*|%)/y;

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
  const before = text.slice(Math.max(0, i - 5), i);
  const trimmed = before.trimEnd();
  if (before.length - trimmed.length > 1) return undefined;
  for (const [p, code] of CURRENCY_PREFIXES) {
    if (!trimmed.endsWith(p)) continue;
    const ps = i - (before.length - trimmed.length) - p.length;
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
  NUMBER.lastIndex = i;
  const nm = NUMBER.exec(text);
  if (nm === null) return undefined;
  let end = i + nm[0].length;
  const after = text.charCodeAt(end);
  // Dates, times, fractions, phone numbers, versions: not counts.
  if ((after === 47 || after === 58) && isDigit(text.charCodeAt(end + 1))) return undefined;
  if (after === 46 && isDigit(text.charCodeAt(end + 1))) return undefined; // '1.2.3'
  let value = Number(nm[0].replaceAll(',', ''));
  let ordinal = false;
  let unit: string | undefined;
  let scaled = false;
  let range = false;
  if (after === 45 && isDigit(text.charCodeAt(end + 1))) {
    // '4-5' is a range (its first value); '1996-08-22', '212-859-1650' and '1996-97' are not numbers.
    NUMBER.lastIndex = end + 1;
    const second = NUMBER.exec(text);
    if (second === null) return undefined;
    const e2 = end + 1 + second[0].length;
    if (text.charCodeAt(e2) === 45 && isDigit(text.charCodeAt(e2 + 1))) return undefined;
    if (nm[0].length === 4 && second[0].length === 2 && !nm[0].includes(',')) return undefined;
    end = e2;
    range = true;
  }
  // Days of dates ('December 4-5', '4 December') belong to dates.
  if (/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$/i.test(text.slice(Math.max(0, i - 11), i))) {
    return { mention: undefined, next: end };
  }
  if (/^(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i.test(text.slice(end, end + 14)) && value <= 31) {
    return { mention: undefined, next: end };
  }
  const currency = currencyBefore(text, i);
  const start = currency?.start ?? i;
  if (currency !== undefined) unit = currency.code;
  ORDINAL_SUFFIX.lastIndex = end;
  const ord = ORDINAL_SUFFIX.exec(text);
  if (ord !== null && !/[.,]/.test(nm[0]) && currency === undefined) {
    ordinal = true;
    end += ord[0].length;
  } else if (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 37) {
    ATTACHED_UNIT.lastIndex = end;
    const u = ATTACHED_UNIT.exec(text);
    if (u === null) return undefined; // '1990s', '3D', '4G'
    const w = (u[1] ?? '').toLowerCase();
    const scale = w === 'm' ? (currency === undefined ? undefined : 1e6) : SCALES.get(w);
    if (scale !== undefined) {
      value *= scale;
      scaled = true;
    } else if (unit === undefined) unit = UNIT_WORDS.get(w) ?? w;
    end += u[0].length;
  }
  // Words after: scale, unit or currency, then the noun counted.
  let pos = end;
  let context = '';
  for (let step = 0; step < 5; step++) {
    WORD_AFTER.lastIndex = pos;
    const w = WORD_AFTER.exec(text);
    if (w === null) break;
    const raw = w[1] ?? '';
    const word = raw.toLowerCase();
    const wEnd = pos + w[0].length;
    const scale = SCALES.get(word);
    if (!scaled && !ordinal && scale !== undefined && word !== 'k') {
      value *= scale;
      scaled = true;
      end = pos = wEnd;
      continue;
    }
    if (unit === undefined && !ordinal) {
      if (word === 'per' || word === 'percentage') {
        WORD_AFTER.lastIndex = wEnd;
        const w2 = WORD_AFTER.exec(text);
        const second = (w2?.[1] ?? '').toLowerCase();
        if (w2 !== null && (second === 'cent' || second === 'points' || second === 'point')) {
          unit = word === 'per' ? 'percent' : 'percentage point';
          end = pos = wEnd + w2[0].length;
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
  if (!ordinal && !range && unit === undefined && !scaled && /^\d{4}$/.test(nm[0])) {
    if (value >= 1800 && value <= 2100 && (context === '' || YEAR_BEFORE.test(text.slice(Math.max(0, i - 12), i)))) {
      return { mention: undefined, next: end };
    }
  }
  const mention: NumberMention = {
    text: text.slice(start, end),
    start,
    end,
    ...(Number.isFinite(value) ? { value } : {}),
    ...(unit === undefined ? {} : { unit }),
    ordinal,
    context,
  };
  return { mention, next: end };
}
