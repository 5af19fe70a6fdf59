/**
 * What the aligner knows about one sentence: a weighted bag of content-word keys, the names it mentions (with
 * their roles), its numbers and dates (with their kind and unit), and its quotes. One linear scan per sentence.
 *
 * Cost: a story's sentences are scanned once into parallel token arrays, each token resolved to an interned
 * word of the word table (vocabulary.ts) by a hash of its characters — no string per token. Names, numbers,
 * dates and the bag are then read off the token arrays and the word table's flags. The string-keyed views a
 * caller may want (`bag`, `nameKeys`, `tokens`…) are built on first use only; the aligner never asks for them.
 */
import type { Rarity } from '../features/rarity.js';
import { fmix32 } from '../features/hash.js';
import {
  CAPITAL,
  FOLD,
  SIGMA,
  SUFFIX_ORDINAL,
  SUFFIX_SCALE,
  Vocabulary,
  W_BAG,
  W_CONNECTOR,
  W_CUE,
  W_CURRENCY,
  W_DIGITS_1_4,
  W_DIGITS_4,
  W_MONTH,
  W_NAME_WORD,
  W_NUMBER_WORD,
  W_OLD,
  W_ORIGIN,
  W_PERCENT,
  W_PERCENTAGE,
  W_SCALE,
  W_STOP,
  W_TITLE,
  W_WEEKDAY,
  W_YEAR,
  lowerOf,
  vocabularyOf,
} from './vocabulary.js';

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
    const lower = lowerOf(text, start, i);
    const first = text.charCodeAt(start);
    const cap = !isDigit(first) && text[start] !== text[start]!.toLowerCase();
    tokens.push({ start, end: i, lower, digit, cap, initial: clauseStart, joined, afterPunct: punct });
    clauseStart = false;
    joined = false;
    punct = false;
  }
  return tokens;
}

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


// --- token arrays ----------------------------------------------------------------------------------------

/** Token flags (see Token). */
export const T_DIGIT = 1;
export const T_CAP = 2;
export const T_INITIAL = 4;
export const T_JOINED = 8;
export const T_PUNCT = 16;
/** The token goes on after an apostrophe ("don’t"): its word is the part before it. */
export const T_CUT = 32;

/** The tokens of a story's sentences as parallel arrays: word id (see Vocabulary), offsets, flags. */
export class TokenBuffer {
  words: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  length = 0;

  constructor(capacity = 64) {
    this.words = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(word: number, start: number, end: number, flags: number): void {
    if (this.length === this.words.length) this.grow();
    const t = this.length++;
    this.words[t] = word;
    this.starts[t] = start;
    this.ends[t] = end;
    this.flags[t] = flags;
  }

  private grow(): void {
    const n = this.words.length * 2;
    const words = new Int32Array(n);
    words.set(this.words);
    this.words = words;
    const starts = new Int32Array(n);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(n);
    ends.set(this.ends);
    this.ends = ends;
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
  }
}

/**
 * For `scanTokens`: a letter's FOLD, a digit itself, 0 for any other code unit (code units from 0x2000 are
 * never letters or digits, see isLetter).
 */
const TOKEN_UNIT = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) TOKEN_UNIT[c] = isLetter(c) ? FOLD[c]! : isDigit(c) ? c : 0;

/**
 * Append the tokens of `text` to `out`: the same tokens, flags and lower-cased forms as `tokenizeSentence`,
 * with each form resolved to its word id by a hash of its characters.
 */
export function scanTokens(text: string, vocab: Vocabulary, out: TokenBuffer): boolean {
  const n = text.length;
  let i = 0;
  let clauseStart = true;
  let joined = false;
  let punct = false;
  // Whether a quotation mark stands where `findQuotes` would take it for an opening one.
  let quote = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      joined = false;
      i++;
      continue;
    }
    if ((c < 0x2000 ? TOKEN_UNIT[c]! : 0) === 0) {
      if (c === 58 || c === 59 || c === 40 || c === 0x2018 || c === 0x201c || c === 34 || c === 46 || c === 33 || c === 63 || c === 0x2014) {
        clauseStart = true;
      } else if (c === 39 && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) {
        clauseStart = true;
      }
      if (c === 0x201c || c === 0x2018 || c === 34 || c === 39) {
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        if (!isLetter(prev) && !isDigit(prev)) quote = true;
      }
      if (c === 45 || c === 0x2013 || c === 47) joined = true;
      if (c !== 45 && c !== 0x2013 && c !== 9 && c !== 0xa0 && c !== 39 && c !== 0x2019) punct = true;
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    // FNV-1a over the folded code units up to the first apostrophe (the lower-cased form ends there), which
    // are also kept for the word table to check its match.
    let h = 0x811c9dc5;
    let cut = -1;
    let sigma = false;
    let folded = vocab.folded;
    let length = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      let f = d < 0x2000 ? TOKEN_UNIT[d]! : 0;
      // "3,400", "4.5": separators between digits.
      if (f === 0 && (d === 44 || d === 46) && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) f = d;
      if (f !== 0) {
        if (d >= 48 && d <= 57) digit = true;
        if (cut < 0) {
          h = Math.imul(h ^ f, 0x01000193);
          if (d === SIGMA) sigma = true;
          if (length === folded.length) folded = vocab.growFolded();
          folded[length++] = f;
        }
        i++;
        continue;
      }
      // "don’t": an apostrophe between letters.
      if (isApostrophe(d) && isLetter(text.charCodeAt(i - 1)) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        if (cut < 0) cut = i;
        i++;
        continue;
      }
      break;
    }
    const word = vocab.lookUp(text, start, i, length, fmix32(h >>> 0), sigma);
    const first = text.charCodeAt(start);
    let flags = clauseStart ? T_INITIAL : 0;
    if (digit) flags |= T_DIGIT;
    if (!isDigit(first) && CAPITAL[first] === 1) flags |= T_CAP;
    if (joined) flags |= T_JOINED;
    if (punct) flags |= T_PUNCT;
    if (cut >= 0) flags |= T_CUT;
    out.push(word, start, i, flags);
    clauseStart = false;
    joined = false;
    punct = false;
  }
  return quote;
}

// --- the analysed sentence -------------------------------------------------------------------------------

/** A sentence's bag entries as parallel arrays, in the order its words first give them (see SentenceFacts). */
export class BagBuffer {
  keys: Int32Array;
  weights: Float64Array;
  names: Uint8Array;
  length = 0;

  constructor(capacity = 64) {
    this.keys = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
    this.names = new Uint8Array(capacity);
  }

  push(key: number, weight: number): number {
    if (this.length === this.keys.length) {
      const n = this.keys.length * 2;
      const keys = new Int32Array(n);
      keys.set(this.keys);
      this.keys = keys;
      const weights = new Float64Array(n);
      weights.set(this.weights);
      this.weights = weights;
      const names = new Uint8Array(n);
      names.set(this.names);
      this.names = names;
    }
    const e = this.length++;
    this.keys[e] = key;
    this.weights[e] = weight;
    this.names[e] = 0;
    return e;
  }
}

/** A quote's bag: key ids (of the word table) and weights, in first-occurrence order. */
export interface QuoteBag {
  readonly keys: readonly number[];
  readonly weights: readonly number[];
}

const NO_NUMBERS: readonly number[] = [];
const NO_QUOTES: readonly string[] = [];
const NO_FACT_KEYS: { numbers: readonly string[]; dates: readonly string[] } = { numbers: [], dates: [] };

/**
 * One analysed sentence: the SentenceTerms fields, computed from token arrays and interned word ids. The
 * string-keyed views (`bag`, `nameKeys`, `nameTokens`, `quoteBags`, `tokens`) are built on first use; the
 * aligner reads the arrays instead.
 */
export class SentenceFacts implements SentenceTerms {
  private bagView: Map<string, number> | undefined;
  private nameKeyView: Set<string> | undefined;
  private nameTokenView: Set<string> | undefined;
  private quoteBagView: ReadonlyMap<string, number>[] | undefined;
  private tokenView: Token[] | undefined;
  private factKeys: { numbers: readonly string[]; dates: readonly string[] } | undefined;

  constructor(
    readonly text: string,
    readonly vocab: Vocabulary,
    /** Its tokens: [tokenFrom, tokenTo) of `tokenBuffer`. */
    readonly tokenBuffer: TokenBuffer,
    readonly tokenFrom: number,
    readonly tokenTo: number,
    /** Its bag: [bagFrom, bagTo) of `bagBuffer`, in first-occurrence order, names flagged. */
    readonly bagBuffer: BagBuffer,
    readonly bagFrom: number,
    readonly bagTo: number,
    /** Keys flagged as names, in the order their first name token gives them. */
    private readonly nameKeyOrder: readonly number[],
    readonly names: readonly NameFact[],
    /** Per name, the word ids of its tokens; and every name token's word id once. */
    readonly nameIds: readonly (readonly number[])[],
    readonly nameTokenIds: readonly number[],
    readonly numbers: readonly NumberFact[],
    readonly dates: readonly DateFact[],
    /** Per date, its month (0 for a weekday). */
    readonly dateMonths: readonly number[],
    readonly quotes: readonly string[],
    readonly quoteKeyBags: readonly QuoteBag[],
    /** Whether a word may hold a citation cue (see W_CUE); when not, the sentence cites no source. */
    readonly cue: boolean,
  ) {}

  get bag(): ReadonlyMap<string, number> {
    if (this.bagView === undefined) {
      const m = new Map<string, number>();
      for (let e = this.bagFrom; e < this.bagTo; e++) m.set(this.vocab.keys[this.bagBuffer.keys[e]!]!, this.bagBuffer.weights[e]!);
      this.bagView = m;
    }
    return this.bagView;
  }

  get nameKeys(): ReadonlySet<string> {
    this.nameKeyView ??= new Set(this.nameKeyOrder.map((k) => this.vocab.keys[k]!));
    return this.nameKeyView;
  }

  get nameTokens(): ReadonlySet<string> {
    if (this.nameTokenView === undefined) {
      const s = new Set<string>();
      for (const nm of this.names) for (const t of nm.tokens) s.add(t);
      this.nameTokenView = s;
    }
    return this.nameTokenView;
  }

  get quoteBags(): readonly ReadonlyMap<string, number>[] {
    this.quoteBagView ??= this.quoteKeyBags.map((q) => new Map(q.keys.map((k, i) => [this.vocab.keys[k]!, q.weights[i]!] as const)));
    return this.quoteBagView;
  }

  get tokens(): readonly Token[] {
    if (this.tokenView === undefined) {
      const b = this.tokenBuffer;
      const out: Token[] = [];
      for (let t = this.tokenFrom; t < this.tokenTo; t++) {
        const f = b.flags[t]!;
        out.push({
          start: b.starts[t]!,
          end: b.ends[t]!,
          lower: this.vocab.lower[b.words[t]!]!,
          digit: (f & T_DIGIT) !== 0,
          cap: (f & T_CAP) !== 0,
          initial: (f & T_INITIAL) !== 0,
          joined: (f & T_JOINED) !== 0,
          afterPunct: (f & T_PUNCT) !== 0,
        });
      }
      this.tokenView = out;
    }
    return this.tokenView;
  }

  /** Story-frequency keys of its numbers (`numberKey`) and dates (`@value`). */
  get numberKeys(): readonly string[] {
    return this.keysOfFacts().numbers;
  }

  get dateKeys(): readonly string[] {
    return this.keysOfFacts().dates;
  }

  private keysOfFacts(): { numbers: readonly string[]; dates: readonly string[] } {
    if (this.numbers.length === 0 && this.dates.length === 0) return NO_FACT_KEYS;
    this.factKeys ??= {
      numbers: this.numbers.map((n) => `#${n.kind === 'year' ? 'year' : 'n'}:${n.value}`),
      dates: this.dates.map((d) => `@${d.value}`),
    };
    return this.factKeys;
  }
}

/** Background weight above which a sentence-initial capitalised word is taken for a name (≈ unseen words). */
const RARE_INITIAL = 9.5;

/**
 * Whether a number identifies a fact on its own: a percentage, a sum of money, a count above ten or with a
 * fraction. "Two", "three" and years recur across unrelated sentences of one story.
 */
function isSpecific(kind: NumberFact['kind'], value: number): boolean {
  if (kind === 'percent' || kind === 'money') return true;
  if (kind === 'year') return false;
  return value > 10 || !Number.isInteger(value);
}

/**
 * Analyses the sentences of one story, whose tokens are in one TokenBuffer; scratch space is reused from
 * sentence to sentence.
 */
class Analyser {
  /** Per token of the sentence: covered by a name, used by a date (this sentence's stamp when so). */
  private covered = new Int32Array(256);
  private used = new Int32Array(256);
  private stamp = 0;
  private run = new Int32Array(256);
  private readonly quoteTokens = new TokenBuffer();
  private numbers: NumberFact[] | undefined;
  private dates: DateFact[] | undefined;
  private dateMonths: number[] | undefined;

  /**
   * @param knownStamp words marked with it in `vocab.wordMark` are the story's names (`storyNames`), or -1
   * @param knownNames the story's names as strings, when given that way
   * Without either, a capitalised first word is a name only when general English does not know it.
   */
  constructor(
    private readonly vocab: Vocabulary,
    private readonly tb: TokenBuffer,
    private readonly bags: BagBuffer,
    private readonly knownStamp: number,
    private readonly knownNames: ReadonlySet<string> | undefined,
  ) {}

  /**
   * Analyse the sentence whose tokens are [from, to) of the buffer; `quoted` when its scan saw a quotation
   * mark that may open a quote (else it has none).
   */
  analyse(text: string, from: number, to: number, quoted: boolean): SentenceFacts {
    const count = to - from;
    if (count > this.covered.length) {
      const size = Math.max(count, this.covered.length * 2);
      this.covered = new Int32Array(size);
      this.used = new Int32Array(size);
      this.run = new Int32Array(size);
    }
    this.stamp++;
    this.numbers = undefined;
    this.dates = undefined;
    this.dateMonths = undefined;
    const names: NameFact[] = [];
    const nameIds: number[][] = [];
    const nameTokenIds = this.findNames(from, to, names, nameIds);
    this.findDates(text, from, to);
    this.findNumbers(text, from, to);
    const bagFrom = this.bags.length;
    const nameKeyOrder = this.fillBag(from, to);
    const bagTo = this.bags.length;
    const quotes = quoted ? findQuotes(text) : NO_QUOTES;
    let quoteBags: QuoteBag[] | undefined;
    for (const q of quotes) {
      const qt = this.quoteTokens;
      qt.length = 0;
      scanTokens(q, this.vocab, qt);
      (quoteBags ??= []).push(quoteBagOf(this.vocab, qt));
    }
    return new SentenceFacts(
      text,
      this.vocab,
      this.tb,
      from,
      to,
      this.bags,
      bagFrom,
      bagTo,
      nameKeyOrder,
      names,
      nameIds,
      nameTokenIds,
      this.numbers ?? [],
      this.dates ?? [],
      this.dateMonths ?? NO_NUMBERS,
      quotes,
      quoteBags ?? [],
      this.mayCite(from, to),
    );
  }

  private mayCite(from: number, to: number): boolean {
    const { words, flags } = this.tb;
    for (let t = from; t < to; t++) if ((flags[t]! & T_CUT) !== 0 || (this.vocab.flags[words[t]!]! & W_CUE) !== 0) return true;
    return false;
  }

  /** Capitalised, not a month or weekday, not a function word — but an initial ("S Jaishankar") is a name part. */
  private nameLike(t: number): boolean {
    return (this.tb.flags[t]! & (T_CAP | T_DIGIT)) === T_CAP && (this.vocab.flags[this.tb.words[t]!]! & W_NAME_WORD) !== 0;
  }

  private isKnown(word: number): boolean {
    if (this.knownStamp >= 0) return this.vocab.wordMark[word] === this.knownStamp;
    if (this.knownNames !== undefined) return this.knownNames.has(this.vocab.lower[word]!);
    return this.vocab.weightOf(word) > RARE_INITIAL;
  }

  /** Capitalised runs (with their titles): fills names and their word ids, returns every name token's id once. */
  private findNames(from: number, to: number, names: NameFact[], nameIds: number[][]): readonly number[] {
    const stamp = this.stamp;
    const { words, flags: tflags, starts, ends } = this.tb;
    const vocab = this.vocab;
    const wflags = vocab.flags;
    const covered = this.covered;
    const run = this.run;
    let nameTokenIds: number[] | undefined;
    let i = from;
    while (i < to) {
      // A sentence-initial capital counts only when a name follows it, or the story capitalises the word
      // elsewhere too, or (without a story) the word is unknown to general English.
      const starts_ =
        this.nameLike(i) &&
        ((tflags[i]! & T_INITIAL) === 0 ||
          (i + 1 < to && this.nameLike(i + 1) && (tflags[i + 1]! & (T_INITIAL | T_PUNCT)) === 0) ||
          this.isKnown(words[i]!));
      if (!starts_) {
        i++;
        continue;
      }
      let runLength = 0;
      run[runLength++] = i;
      let j = i + 1;
      while (j < to) {
        const kf = tflags[j]!;
        if (this.nameLike(j) && (kf & (T_INITIAL | T_PUNCT)) === 0) {
          run[runLength++] = j;
          j++;
        } else if (
          (kf & (T_DIGIT | T_PUNCT)) === T_DIGIT &&
          starts[j] === ends[j - 1]! + 1 &&
          (wflags[words[j]!]! & W_DIGITS_1_4) !== 0 &&
          (wflags[words[j - 1]!]! & W_MONTH) === 0
        ) {
          // "Hafen 04", "Boeing 737": a number right after a name is part of it
          run[runLength++] = j;
          j++;
        } else if ((wflags[words[j]!]! & W_CONNECTOR) !== 0 && (kf & T_CAP) === 0 && j + 1 < to && this.nameLike(j + 1)) {
          j++;
        } else break;
      }
      // A lower-case title right before the name gives it a role too ("coach Bruno Sanz").
      let role = '';
      if (i > from && (tflags[i - 1]! & T_CAP) === 0 && (wflags[words[i - 1]!]! & W_TITLE) !== 0) {
        role = vocab.lower[words[i - 1]!]!;
        covered[i - 1 - from] = stamp;
      }
      let head: number[] = [];
      for (let r = 0; r < runLength; r++) {
        const t = run[r]!;
        const w = words[t]!;
        covered[t - from] = stamp;
        if ((wflags[w]! & W_TITLE) !== 0) {
          role = vocab.lower[w]!;
          head = [];
        } else head.push(w);
      }
      if (head.length > 0) {
        const tokens: string[] = [];
        for (const w of head) tokens.push(vocab.lower[w]!);
        names.push({ tokens, role, adjective: head.length === 1 && role === '' && (wflags[head[0]!]! & W_ORIGIN) !== 0 });
        nameIds.push(head);
        nameTokenIds ??= [];
        for (const w of head) if (!nameTokenIds.includes(w)) nameTokenIds.push(w);
      }
      i = j;
    }
    // A digit inside a name ("Hafen 04") is neither a number nor a date.
    for (let t = from; t < to; t++) if (covered[t - from] === stamp && (tflags[t]! & T_DIGIT) !== 0) this.used[t - from] = stamp;
    return nameTokenIds ?? NO_NUMBERS;
  }

  private pushDate(kind: DateFact['kind'], value: string, text: string, month: number): void {
    (this.dates ??= []).push({ kind, value, text });
    (this.dateMonths ??= []).push(month);
  }

  /** The value of a digit token as a day, or NaN. */
  private dayAt(t: number): number {
    return (this.tb.flags[t]! & T_DIGIT) !== 0 ? this.vocab.parsedNumber(this.tb.words[t]!) : Number.NaN;
  }

  private findDates(text: string, from: number, to: number): void {
    const stamp = this.stamp;
    const { words, flags: tflags, starts, ends } = this.tb;
    const vocab = this.vocab;
    const used = this.used;
    for (let t = from; t < to; t++) {
      const w = words[t]!;
      // Month names are always capitalised in English; lower-case "march", "may" are other words.
      const month = (tflags[t]! & T_CAP) !== 0 ? vocab.month[w]! : 0;
      if (month !== 0) {
        // "March 14", "December 4-5", "14 March"
        let found = false;
        for (let j = t + 1; j < to && j <= t + 2; j++) {
          const day = this.dayAt(j);
          if (day < 1 || day > 31 || !Number.isInteger(day)) break;
          if (j > t + 1 && (tflags[j]! & T_JOINED) === 0) break;
          this.pushDate('day', `${month}-${day}`, text.slice(starts[t], ends[j]), month);
          used[j - from] = stamp;
          found = true;
        }
        if (t > from) {
          const dayBefore = this.dayAt(t - 1);
          if (dayBefore >= 1 && dayBefore <= 31 && Number.isInteger(dayBefore) && used[t - 1 - from] !== stamp) {
            this.pushDate('day', `${month}-${dayBefore}`, text.slice(starts[t - 1], ends[t]), month);
            used[t - 1 - from] = stamp;
            found = true;
          }
        }
        if (!found) this.pushDate('month', String(month), text.slice(starts[t], ends[t]), month);
        continue;
      }
      if ((vocab.flags[w]! & W_WEEKDAY) !== 0) this.pushDate('weekday', vocab.lower[w]!, text.slice(starts[t], ends[t]), 0);
    }
  }

  private pushNumber(text: string, kind: NumberFact['kind'], value: number, unit: string, a: number, b: number): void {
    (this.numbers ??= []).push({ kind, value, unit, text: text.slice(a, b), specific: isSpecific(kind, value) });
  }

  private findNumbers(text: string, from: number, to: number): void {
    const stamp = this.stamp;
    const { words, flags: tflags, starts, ends } = this.tb;
    const vocab = this.vocab;
    const wflags = vocab.flags;
    const used = this.used;
    for (let t = from; t < to; t++) {
      if (used[t - from] === stamp) continue;
      const w = words[t]!;
      const digit = (tflags[t]! & T_DIGIT) !== 0;
      let value: number;
      if (digit) {
        value = vocab.parsedNumber(w);
        if (Number.isNaN(value)) continue;
      } else if ((wflags[w]! & W_NUMBER_WORD) !== 0) value = vocab.numberWord[w]!;
      else continue;
      let end = ends[t]!;
      const suffix = digit ? vocab.suffixOf(w) : 0;
      let kind: NumberFact['kind'] = 'count';
      let j = t;
      if (suffix === SUFFIX_ORDINAL) kind = 'ordinal';
      else if (suffix === SUFFIX_SCALE) value *= vocab.suffixScale(w);
      if (j + 1 < to) {
        const next = j + 1;
        const nw = words[next]!;
        if ((wflags[nw]! & W_SCALE) !== 0 && (tflags[next]! & T_CAP) === 0 && (vocab.lower[nw]!.length > 2 || starts[next] === end)) {
          value *= vocab.scale[nw]!;
          j++;
          end = ends[next]!;
        }
      }
      const start = starts[t]!;
      const before = start > 0 ? text.charCodeAt(start - 1) : -1;
      const following = j + 1 < to ? j + 1 : -1;
      const ff = following < 0 ? 0 : wflags[words[following]!]!;
      if (text.charCodeAt(end) === 37 /* % */) this.pushNumber(text, 'percent', value, '', start, end + 1);
      else if ((ff & W_PERCENT) !== 0) {
        if ((ff & W_PERCENTAGE) !== 0) this.pushNumber(text, 'count', value, 'point', start, ends[following]!);
        else this.pushNumber(text, 'percent', value, '', start, ends[following]!);
      } else if (before === 36 || before === 0x20ac || before === 0xa3 || before === 0xa5) this.pushNumber(text, 'money', value, '', start - 1, end);
      else if ((ff & W_CURRENCY) !== 0) this.pushNumber(text, 'money', value, '', start, ends[following]!);
      else if (kind === 'count' && digit && (wflags[w]! & W_DIGITS_4) !== 0 && value >= 1800 && value <= 2100) {
        this.pushNumber(text, 'year', value, '', start, end);
      } else this.pushNumber(text, kind, value, unitAfter(vocab, this.tb, j, to), start, end);
    }
  }

  /** The bag: each content key with the weight of its rarest surface form here; keys of name tokens flagged. */
  private fillBag(from: number, to: number): readonly number[] {
    const sentence = this.stamp;
    const { words, flags: tflags } = this.tb;
    const vocab = this.vocab;
    const bags = this.bags;
    const wflags = vocab.flags;
    const stamp = vocab.nextStamp();
    const marks = vocab.keyMarks;
    let nameKeyOrder: number[] | undefined;
    for (let t = from; t < to; t++) {
      if ((tflags[t]! & T_DIGIT) !== 0) continue;
      const w = words[t]!;
      if ((wflags[w]! & W_BAG) === 0) continue;
      const key = vocab.key[w]!;
      const weight = vocab.weightOf(w);
      let e: number;
      if (marks[2 * key] === stamp) {
        e = marks[2 * key + 1]!;
        if (weight > bags.weights[e]!) bags.weights[e] = weight;
      } else {
        // Weights are positive, so a key's first word always enters it (the reference keeps w > 0 only).
        e = bags.push(key, weight);
        marks[2 * key] = stamp;
        marks[2 * key + 1] = e;
      }
      if (this.covered[t - from] === sentence && bags.names[e] === 0) {
        bags.names[e] = 1;
        (nameKeyOrder ??= []).push(key);
      }
    }
    return nameKeyOrder ?? NO_NUMBERS;
  }
}

/** The key of the first content word within two tokens after `j` (what a number counts). */
function unitAfter(vocab: Vocabulary, tb: TokenBuffer, j: number, to: number): string {
  for (let k = j + 1; k < to && k <= j + 2; k++) {
    if ((tb.flags[k]! & T_DIGIT) !== 0) return '';
    const w = tb.words[k]!;
    const f = vocab.flags[w]!;
    if ((f & (W_STOP | W_SCALE)) !== 0) continue;
    if ((f & W_YEAR) !== 0 && k + 1 < to && (vocab.flags[tb.words[k + 1]!]! & W_OLD) !== 0) return 'age';
    return vocab.unit[w]!;
  }
  return '';
}

/** The bag of a quote's tokens (no names): keys in first-occurrence order, each with its highest weight. */
function quoteBagOf(vocab: Vocabulary, tb: TokenBuffer): QuoteBag {
  const keys: number[] = [];
  const weights: number[] = [];
  const stamp = vocab.nextStamp();
  for (let t = 0; t < tb.length; t++) {
    if ((tb.flags[t]! & T_DIGIT) !== 0) continue;
    const w = tb.words[t]!;
    if ((vocab.flags[w]! & W_BAG) === 0) continue;
    const key = vocab.key[w]!;
    const weight = vocab.weightOf(w);
    const marks = vocab.keyMarks;
    if (marks[2 * key] === stamp) {
      const e = marks[2 * key + 1]!;
      if (weight > weights[e]!) weights[e] = weight;
    } else {
      marks[2 * key] = stamp;
      marks[2 * key + 1] = keys.length;
      keys.push(key);
      weights.push(weight);
    }
  }
  return { keys, weights };
}

/**
 * Analyse the sentences of a story: tokenised once, with the story's names known to every sentence. A
 * sentence repeated word for word (a copy, an unchanged sentence of a retelling) is analysed once: the
 * same SentenceFacts object stands at each of its places.
 */
export function storyTerms(versions: readonly (readonly string[])[], rarity: Rarity): SentenceFacts[][] {
  const vocab = vocabularyOf(rarity);
  let chars = 0;
  let sentences = 0;
  for (const texts of versions) {
    sentences += texts.length;
    for (const t of texts) chars += t.length;
  }
  const tb = new TokenBuffer(Math.max(64, (chars >> 2) + 16));
  // Per sentence, its tokens [bounds[2k], bounds[2k + 1]), or the index of its first occurrence (repeat[k]).
  const bounds = new Int32Array(2 * sentences);
  const quoted = new Uint8Array(sentences);
  const repeat = new Int32Array(sentences).fill(-1);
  const firstOf = new Map<string, number>();
  let s = 0;
  for (const texts of versions) {
    for (const t of texts) {
      const first = firstOf.get(t);
      if (first !== undefined) repeat[s] = first;
      else {
        firstOf.set(t, s);
        bounds[2 * s] = tb.length;
        if (scanTokens(t, vocab, tb)) quoted[s] = 1;
        bounds[2 * s + 1] = tb.length;
      }
      s++;
    }
  }
  // The story's names: words it capitalises mid-sentence (`storyNames`).
  const known = vocab.nextStamp();
  const mark = vocab.wordMark;
  for (let t = 0; t < tb.length; t++) if ((tb.flags[t]! & (T_CAP | T_INITIAL | T_DIGIT)) === T_CAP) mark[tb.words[t]!] = known;
  const analyser = new Analyser(vocab, tb, new BagBuffer(Math.max(64, tb.length)), known, undefined);
  const all: SentenceFacts[] = [];
  const out: SentenceFacts[][] = [];
  s = 0;
  for (const texts of versions) {
    const terms: SentenceFacts[] = [];
    for (const t of texts) {
      const r = repeat[s]! >= 0 ? all[repeat[s]!]! : analyser.analyse(t, bounds[2 * s]!, bounds[2 * s + 1]!, quoted[s] === 1);
      all.push(r);
      terms.push(r);
      s++;
    }
    out.push(terms);
  }
  return out;
}

/**
 * Analyse one sentence.
 * @param knownNames the story's names (`storyNames`); without it, a capitalised first word is a name only when
 *   general English does not know it.
 */
export function sentenceTerms(text: string, rarity: Rarity, knownNames?: ReadonlySet<string>): SentenceFacts {
  const vocab = vocabularyOf(rarity);
  const tb = new TokenBuffer();
  const quoted = scanTokens(text, vocab, tb);
  return new Analyser(vocab, tb, new BagBuffer(), -1, knownNames).analyse(text, 0, tb.length, quoted);
}
