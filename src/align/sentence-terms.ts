/**
 * What the aligner knows about one sentence: a weighted bag of content-word keys, the names it mentions (with
 * their roles), its numbers and dates (with their kind and unit), and its quotes. One linear scan per sentence.
 */
import type { Rarity } from '../features/rarity.js';
import {
  CURRENCY_WORDS,
  MONTHS,
  NAME_CONNECTORS,
  NUMBER_WORDS,
  PERCENT_WORDS,
  SCALES,
  STOPWORDS,
  TITLES,
  WEEKDAYS,
  termKey,
} from './lexicon.js';

/** One word or number of a sentence. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, possessive ’s removed, curly apostrophes made straight. */
  readonly lower: string;
  readonly digit: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** First word of the sentence or of a quote/clause after `: ; ( ‘ “`: capitalised for grammar, not as a name. */
  readonly initial: boolean;
  /** A hyphen or dash joins it to the previous token ("4-5", "7-2", "Russian-Indian"). */
  readonly joined: boolean;
  /** Punctuation other than a hyphen separates it from the previous token (a comma ends a name). */
  readonly afterPunct: boolean;
}

/** A number with what it counts; values of the same kind and unit can be compared. */
export interface NumberFact {
  readonly kind: 'count' | 'percent' | 'money' | 'year' | 'ordinal';
  readonly value: number;
  /** Key of the word it counts ("worker"), or '' when none. */
  readonly unit: string;
  /** Surface text, for display. */
  readonly text: string;
  /** Identifies a fact on its own (a percentage, money, a count above ten); small counts and years do not. */
  readonly specific: boolean;
}

/** A calendar reference. */
export interface DateFact {
  readonly kind: 'day' | 'month' | 'weekday';
  /** `m-d` for a day, `m` for a month, the weekday's name. */
  readonly value: string;
  readonly text: string;
}

/** A capitalised name; `role` is the title before it, if any ("president"). */
export interface NameFact {
  /** Lower-cased tokens of the name without titles ("droupadi", "murmu"). */
  readonly tokens: readonly string[];
  readonly role: string;
  /**
   * A lone adjective of origin ("Russian", "Western", "Chinese"): says where, not who, so it neither pins
   * down an actor nor makes two sentences' actors differ.
   */
  readonly adjective: boolean;
}

/** Everything the aligner needs from one sentence. */
export interface SentenceTerms {
  readonly text: string;
  /** Word key → background weight (rarity of its rarest surface form here); names and titles included. */
  readonly bag: ReadonlyMap<string, number>;
  /** Keys of `bag` that occur here inside a name or as a title: who, not what. */
  readonly nameKeys: ReadonlySet<string>;
  readonly names: readonly NameFact[];
  /** Lower-cased tokens of every name ("vladimir", "putin"): the set a role clash is checked against. */
  readonly nameTokens: ReadonlySet<string>;
  readonly numbers: readonly NumberFact[];
  readonly dates: readonly DateFact[];
  /** Quoted passages of ≥ 3 words, as text; and their bags (one per quote) for comparing quotes. */
  readonly quotes: readonly string[];
  readonly quoteBags: readonly ReadonlyMap<string, number>[];
  /** The sentence's tokens (kept for phrase matching and diffs). */
  readonly tokens: readonly Token[];
}

// --- scanning -------------------------------------------------------------------------------------------

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

/** Split a sentence into word and number tokens. Linear; hyphenated words become several tokens. */
export function tokenizeSentence(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let clauseStart = true;
  let joined = false;
  let punct = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      // `: ; ( ‘ “ " .` start a clause whose first word is capitalised for grammar; a hyphen joins.
      if (c === 58 || c === 59 || c === 40 || c === 0x2018 || c === 0x201c || c === 34 || c === 46 || c === 33 || c === 63 || c === 0x2014) {
        clauseStart = true;
      } else if (c === 39 && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) {
        clauseStart = true;
      }
      joined = c === 45 || c === 0x2013 || c === 47 ? true : c === 32 ? false : joined;
      if (c !== 32 && c !== 45 && c !== 0x2013 && c !== 9 && c !== 0xa0 && c !== 39 && c !== 0x2019) punct = true;
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) {
        i++;
        continue;
      }
      if (isDigit(d)) {
        digit = true;
        i++;
        continue;
      }
      // "3,400", "4.5": separators between digits; "don’t": an apostrophe between letters.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if ((d === 44 || d === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(next)) {
        i++;
        continue;
      }
      if (isApostrophe(d) && isLetter(text.charCodeAt(i - 1)) && isLetter(next)) {
        i++;
        continue;
      }
      break;
    }
    let lower = text.slice(start, i).toLowerCase().replace(/\u2019/g, "'");
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    const apostrophe = lower.indexOf("'");
    if (apostrophe > 0) lower = lower.slice(0, apostrophe); // "we've" → "we", "don't" → "don"
    const first = text.charCodeAt(start);
    const cap = !isDigit(first) && text[start] !== text[start]!.toLowerCase();
    tokens.push({ start, end: i, lower, digit, cap, initial: clauseStart, joined, afterPunct: punct });
    clauseStart = false;
    joined = false;
    punct = false;
  }
  return tokens;
}

// --- numbers and dates ----------------------------------------------------------------------------------

function parseNumber(lower: string): number | undefined {
  const m = /^(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th|m|bn|k|b)?$/.exec(lower);
  if (m === null) return undefined;
  return Number((m[1] ?? '').replace(/,/g, ''));
}

/** Units of time: "30 days" and "ten years" count the same kind of thing, so they can clash. */
const DURATIONS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

/** The key of the first content word within two tokens after `i` (what a number counts). */
function unitAfter(tokens: readonly Token[], i: number): string {
  for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
    const t = tokens[j]!;
    if (t.digit) return '';
    if (STOPWORDS.has(t.lower) || SCALES.has(t.lower)) continue;
    if (t.lower === 'year' && tokens[j + 1]?.lower === 'old') return 'age';
    const key = termKey(t.lower);
    return DURATIONS.has(key) ? 'duration' : key;
  }
  return '';
}

/**
 * Whether a number identifies a fact on its own: a percentage, a sum of money, a count above ten or with a
 * fraction. "Two", "three" and years recur across unrelated sentences of one story.
 */
function isSpecific(kind: NumberFact['kind'], value: number): boolean {
  if (kind === 'percent' || kind === 'money') return true;
  if (kind === 'year') return false;
  return value > 10 || !Number.isInteger(value);
}

function extractNumbersAndDates(
  text: string,
  tokens: readonly Token[],
  skip: ReadonlySet<number>,
): { numbers: NumberFact[]; dates: DateFact[] } {
  const numbers: NumberFact[] = [];
  const dates: DateFact[] = [];
  const used = new Set<number>(skip);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Month names are always capitalised in English; lower-case "march", "may" are other words.
    const month = t.cap ? MONTHS.get(t.lower) : undefined;
    if (month !== undefined) {
      // "March 14", "December 4-5", "14 March"
      let found = false;
      for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
        const d = tokens[j]!;
        const day = d.digit ? parseNumber(d.lower) : undefined;
        if (day === undefined || day < 1 || day > 31 || !Number.isInteger(day)) break;
        if (j > i + 1 && !d.joined) break;
        dates.push({ kind: 'day', value: `${month}-${day}`, text: text.slice(t.start, d.end) });
        used.add(j);
        found = true;
      }
      const before = tokens[i - 1];
      const dayBefore = before?.digit === true ? parseNumber(before.lower) : undefined;
      if (dayBefore !== undefined && dayBefore >= 1 && dayBefore <= 31 && Number.isInteger(dayBefore) && !used.has(i - 1)) {
        dates.push({ kind: 'day', value: `${month}-${dayBefore}`, text: text.slice(before!.start, t.end) });
        used.add(i - 1);
        found = true;
      }
      if (!found) dates.push({ kind: 'month', value: String(month), text: text.slice(t.start, t.end) });
      continue;
    }
    if (WEEKDAYS.has(t.lower)) dates.push({ kind: 'weekday', value: t.lower, text: text.slice(t.start, t.end) });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    let value = t.digit ? parseNumber(t.lower) : NUMBER_WORDS.get(t.lower);
    if (value === undefined) continue;
    let end = t.end;
    const suffix = t.digit ? /(st|nd|rd|th|m|bn|k|b)$/.exec(t.lower)?.[1] : undefined;
    let kind: NumberFact['kind'] = 'count';
    let j = i;
    if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') kind = 'ordinal';
    else if (suffix !== undefined) value *= SCALES.get(suffix) ?? 1;
    const next = tokens[j + 1];
    if (next !== undefined && SCALES.has(next.lower) && !next.cap && (next.lower.length > 2 || next.start === end)) {
      value *= SCALES.get(next.lower) ?? 1;
      j++;
      end = next.end;
    }
    const before = t.start > 0 ? text[t.start - 1] ?? '' : '';
    const following = tokens[j + 1];
    const push = (k: NumberFact['kind'], unit: string, from: number, to: number): void => {
      numbers.push({ kind: k, value: value!, unit, text: text.slice(from, to), specific: isSpecific(k, value!) });
    };
    if (text[end] === '%') {
      push('percent', '', t.start, end + 1);
      continue;
    }
    if (following !== undefined && PERCENT_WORDS.has(following.lower)) {
      if (following.lower === 'percentage') push('count', 'point', t.start, following.end);
      else push('percent', '', t.start, following.end);
      continue;
    }
    if ('$€£¥'.includes(before) && before !== '') {
      push('money', '', t.start - 1, end);
      continue;
    }
    if (following !== undefined && CURRENCY_WORDS.has(following.lower)) {
      push('money', '', t.start, following.end);
      continue;
    }
    if (kind === 'count' && t.digit && /^\d{4}$/.test(t.lower) && value >= 1800 && value <= 2100) {
      push('year', '', t.start, end);
      continue;
    }
    push(kind, unitAfter(tokens, j), t.start, end);
  }
  return { numbers, dates };
}

// --- names -----------------------------------------------------------------------------------------------

/** Capitalised, not a month or weekday, not a function word — but an initial ("S Jaishankar") is a name part. */
const nameLike = (k: Token): boolean =>
  k.cap &&
  !k.digit &&
  !MONTHS.has(k.lower) &&
  !WEEKDAYS.has(k.lower) &&
  (!STOPWORDS.has(k.lower) || (k.lower.length === 1 && k.lower !== 'a' && k.lower !== 'i'));

/** Capitalised runs (with their titles) and the token indices they cover. */
function extractNames(
  tokens: readonly Token[],
  rarity: Rarity,
  knownNames: ReadonlySet<string> | undefined,
): { names: NameFact[]; covered: Set<number> } {
  const names: NameFact[] = [];
  const covered = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // A sentence-initial capital counts only when a name follows it, or the story capitalises the word
    // elsewhere too, or (without a story) the word is unknown to general English.
    const nextToken = tokens[i + 1];
    const starts =
      nameLike(t) &&
      (!t.initial ||
        (nextToken !== undefined && nameLike(nextToken) && !nextToken.initial && !nextToken.afterPunct) ||
        (knownNames !== undefined ? knownNames.has(t.lower) : rarity.idf(t.lower) > RARE_INITIAL));
    if (!starts) {
      i++;
      continue;
    }
    const run: number[] = [i];
    let j = i + 1;
    while (j < tokens.length) {
      const k = tokens[j]!;
      if (nameLike(k) && !k.initial && !k.afterPunct) {
        run.push(j);
        j++;
      } else if (k.digit && !k.afterPunct && k.start === tokens[j - 1]!.end + 1 && /^\d{1,4}$/.test(k.lower) && !MONTHS.has(tokens[j - 1]!.lower)) {
        // "Hafen 04", "Boeing 737": a number right after a name is part of it
        run.push(j);
        j++;
      } else if (NAME_CONNECTORS.has(k.lower) && !k.cap && k.lower !== 'and' && tokens[j + 1] !== undefined && nameLike(tokens[j + 1]!)) {
        j++;
      } else break;
    }
    // A lower-case title right before the name gives it a role too ("coach Bruno Sanz").
    const before = tokens[i - 1];
    let role = '';
    if (before !== undefined && !before.cap && TITLES.has(before.lower)) {
      role = before.lower;
      covered.add(i - 1);
    }
    let head: string[] = [];
    for (const r of run) {
      const k = tokens[r]!;
      covered.add(r);
      if (TITLES.has(k.lower)) {
        role = k.lower;
        head = [];
      } else head.push(k.lower);
    }
    if (head.length > 0) names.push({ tokens: head, role, adjective: head.length === 1 && role === '' && ADJECTIVE_OF_ORIGIN.test(head[0]!) });
    i = j;
  }
  return { names, covered };
}

const ADJECTIVE_OF_ORIGIN = /(?:ian|ean|ese|ern|ish|ic)$/;

/** Background weight above which a sentence-initial capitalised word is taken for a name (≈ unseen words). */
const RARE_INITIAL = 9.5;

// --- quotes ----------------------------------------------------------------------------------------------

/** Quoted passages of at least three words: ‘…’, “…”, '…', "…". */
export function findQuotes(text: string): string[] {
  const quotes: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const opens = (c === 0x201c || c === 0x2018 || c === 34 || c === 39) && !isLetter(prev) && !isDigit(prev);
    if (!opens) {
      i++;
      continue;
    }
    const closers = c === 0x201c ? [0x201d] : c === 0x2018 ? [0x2019] : [c];
    let j = i + 1;
    let close = -1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (closers.includes(d)) {
        const after = j + 1 < n ? text.charCodeAt(j + 1) : 32;
        // An apostrophe inside a word ("India’s") is not a closing quote.
        if (!(d === 0x2019 || d === 39) || !isLetter(after)) {
          close = j;
          break;
        }
      }
      j++;
    }
    if (close < 0) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, close);
    if (countWords(inner) >= 3) quotes.push(inner.trim().replace(/[,;:]+$/u, ''));
    i = close + 1;
  }
  return quotes;
}

function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isLetter(s.charCodeAt(i)) || isDigit(s.charCodeAt(i));
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

// --- bag -------------------------------------------------------------------------------------------------

function bagOf(
  tokens: readonly Token[],
  rarity: Rarity,
  nameTokens?: ReadonlySet<number>,
  nameKeys?: Set<string>,
): Map<string, number> {
  const bag = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.digit || NUMBER_WORDS.has(t.lower) || STOPWORDS.has(t.lower) || t.lower.length < 2) continue;
    const key = termKey(t.lower);
    const w = rarity.idf(t.lower);
    if (w > (bag.get(key) ?? 0)) bag.set(key, w);
    if (nameTokens?.has(i) === true) nameKeys?.add(key);
  }
  return bag;
}

/**
 * Words a set of sentences capitalises in mid-sentence (lower-cased): the names of a story, used to tell a
 * name that opens a sentence ("Varga will meet…") from an ordinary capitalised first word.
 */
export function storyNames(texts: Iterable<string | readonly Token[]>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const t of typeof text === 'string' ? tokenizeSentence(text) : text) if (t.cap && !t.initial && !t.digit) names.add(t.lower);
  }
  return names;
}

/** Analyse the sentences of a story: tokenised once, with the story's names known to every sentence. */
export function storyTerms(versions: readonly (readonly string[])[], rarity: Rarity): SentenceTerms[][] {
  const tokens = versions.map((texts) => texts.map((t) => tokenizeSentence(t)));
  const known = storyNames(tokens.flat());
  return versions.map((texts, v) => texts.map((t, i) => sentenceTerms(t, rarity, known, tokens[v]![i])));
}

/**
 * Analyse one sentence.
 * @param knownNames the story's names (`storyNames`); without it, a capitalised first word is a name only when
 *   general English does not know it.
 */
export function sentenceTerms(
  text: string,
  rarity: Rarity,
  knownNames?: ReadonlySet<string>,
  tokens: readonly Token[] = tokenizeSentence(text),
): SentenceTerms {
  const { names, covered } = extractNames(tokens, rarity, knownNames);
  const skip = new Set<number>();
  for (const i of covered) if (tokens[i]!.digit) skip.add(i);
  const { numbers, dates } = extractNumbersAndDates(text, tokens, skip);
  const nameTokens = new Set<string>();
  for (const nm of names) for (const t of nm.tokens) nameTokens.add(t);
  const nameKeys = new Set<string>();
  const bag = bagOf(tokens, rarity, covered, nameKeys);
  const quotes = findQuotes(text);
  const quoteBags = quotes.map((q) => bagOf(tokenizeSentence(q), rarity));
  return { text, bag, nameKeys, names, nameTokens, numbers, dates, quotes, quoteBags, tokens };
}
