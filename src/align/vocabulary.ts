/**
 * The aligner's word table: every lower-cased word it has met, interned once to a dense integer id with
 * everything the aligner asks about it (its match key, its rarity, which of the lexicon's lists hold it), so
 * that analysing a sentence costs a character scan and one hash look-up per token instead of a string, a
 * lower-casing and a dozen set look-ups per token.
 *
 * One table per `Rarity` (the word weights come from it), kept while that Rarity lives: a story's words are
 * mostly words earlier stories had too. It is a cache — results are the same with a fresh table — so it is
 * held in a WeakMap keyed by the Rarity rather than passed around. Word weights are re-read from the Rarity
 * whenever it has changed (documents observed or terms interned) since they were read.
 */
import type { Rarity } from '../features/rarity.js';
import {
  ANTONYMS,
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

// Word flags: properties of the lower-cased word itself (token-level ones such as "has a digit" or
// "capitalised" live with the token).
export const W_STOP = 1;
export const W_NUMBER_WORD = 2;
export const W_MONTH = 4;
export const W_WEEKDAY = 8;
export const W_TITLE = 16;
export const W_SCALE = 32;
export const W_CURRENCY = 64;
export const W_PERCENT = 128;
/** NAME_CONNECTORS other than "and". */
export const W_CONNECTOR = 256;
/** Can be part of a name when capitalised: not a month or weekday, not a function word (but an initial). */
export const W_NAME_WORD = 512;
/** Ends like an adjective of origin ("Russian", "Western"). */
export const W_ORIGIN = 1024;
/** One to four digits; exactly four digits. */
export const W_DIGITS_1_4 = 2048;
export const W_DIGITS_4 = 4096;
/** Goes into a sentence's bag unless the token has a digit: not a number word, not a stop word, ≥ 2 letters. */
export const W_BAG = 8192;
export const W_YEAR = 16384;
export const W_OLD = 32768;
export const W_PERCENTAGE = 65536;
/** Holds a cue of a citation pattern ("according", "told", "reported", "cited", "quoted", "interview"). */
export const W_CUE = 131072;

const ADJECTIVE_OF_ORIGIN = /(?:ian|ean|ese|ern|ish|ic)$/;
/** Units of time: "30 days" and "ten years" count the same kind of thing, so they can clash. */
const DURATIONS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
const NUMBER = /^(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th|m|bn|k|b)?$/;
/**
 * Letters every match of provenance.ts's citation cue holds, lower-cased: a sentence none of whose words
 * hold one (and with no word cut at an apostrophe, whose rest the word table does not see) has no citation.
 */
const CUE_FRAGMENTS = ['ccording', 'told', 'eported', 'cited', 'quoted', 'nterview'];

function hasCue(lower: string): boolean {
  for (const c of CUE_FRAGMENTS) if (lower.includes(c)) return true;
  return false;
}

const DIGITS = /^\d+$/;
const SUFFIX = /(st|nd|rd|th|m|bn|k|b)$/;

/** Suffix codes of a digit token ("22nd", "120m"): none, an ordinal, or a scale. */
export const SUFFIX_NONE = 0;
export const SUFFIX_ORDINAL = 1;
export const SUFFIX_SCALE = 2;

/** A number written in digits ("3,400", "4.5", "22nd", "120m"): its value, or undefined. */
export function parseNumber(lower: string): number | undefined {
  const m = NUMBER.exec(lower);
  if (m === null) return undefined;
  return Number((m[1] ?? '').replace(/,/g, ''));
}

/** Interned words and match keys, with their properties; see the module comment. */
export class Vocabulary {
  /** Per word: the lower-cased form, its match key id, flags, and the values some lists give it. */
  readonly lower: string[] = [];
  key: Int32Array = new Int32Array(1024);
  flags: Uint32Array = new Uint32Array(1024);
  /** NUMBER_WORDS value, month number, SCALES value (0 when none). */
  numberWord: Float64Array = new Float64Array(1024);
  month: Uint8Array = new Uint8Array(1024);
  scale: Float64Array = new Float64Array(1024);
  /** What a number before this word counts (`unitAfter`): the key, or "duration" for a unit of time. */
  readonly unit: string[] = [];
  /** The value of a digit token with this form (NaN when not a number), and its suffix code; read lazily. */
  private parsed: Float64Array = new Float64Array(1024);
  private suffix: Int8Array = new Int8Array(1024).fill(-1);
  private scaleOfSuffix: Float64Array = new Float64Array(1024);
  /** Rarity weight and the epoch it was read in. */
  private weight: Float64Array = new Float64Array(1024);
  private weightEpoch: Int32Array = new Int32Array(1024);
  private epoch = 1;
  private seenDocuments = -1;
  private seenTerms = -1;

  /** Match keys: key string ↔ id; per key, the ids of its opposites (ANTONYMS) or undefined. */
  readonly keys: string[] = [];
  private readonly keyIds = new Map<string, number>();
  readonly opposites: (readonly number[] | undefined)[] = [];

  /**
   * Scratch marks per key and per word for callers (a stamp per use, so nothing needs clearing). Per key,
   * `keyMarks[2k]` is the stamp and `keyMarks[2k + 1]` a value for it, side by side (one memory access).
   */
  keyMarks: Int32Array = new Int32Array(2048);
  wordMark: Int32Array = new Int32Array(1024);
  wordSlot: Int32Array = new Int32Array(1024);
  private stamp = 0;
  /**
   * Key → story-local id of one StoryContext at a time (`contextOwner`), as stamp and id side by side like
   * `keyMarks`: a context that finds another one owning them writes its own ids back first (see StoryContext).
   */
  contextMarks: Int32Array = new Int32Array(2048);
  contextOwner: object | undefined;
  /** 1 for the keys that have opposites (`opposites`). */
  hasOpposites: Uint8Array = new Uint8Array(1024);

  private readonly byLower = new Map<string, number>();
  /** Folded code units of the token being scanned (see `lookUp`); scanTokens writes them. */
  folded: Uint16Array = new Uint16Array(256);
  /**
   * Folded surface forms (see `lookUp`) by hash, with open addressing: per slot, 8 numbers side by side (one
   * cache line per look-up) — the hash, 1 + the word id (0: empty slot), where the form's code units start in
   * `foldUnits` and how many there are, and its first 8 code units, two to a number (most words fit).
   */
  private folds: Int32Array = new Int32Array(8 << 15);
  private foldMask = (1 << 15) - 1;
  private foldCount = 0;
  private foldUnits: Uint16Array = new Uint16Array(1 << 16);
  private foldUnitsLength = 0;

  constructor(readonly rarity: Rarity) {}

  /** A fresh stamp for the scratch marks. */
  nextStamp(): number {
    return ++this.stamp;
  }

  /**
   * Re-read word weights if the Rarity changed since they were read, and clear the marks before their stamps
   * could overflow. Call before analysing a story or a sentence (no stamp is in use then but a context's).
   */
  refresh(): void {
    if (this.stamp > 0x3fffffff) {
      this.keyMarks.fill(0);
      this.wordMark.fill(0);
      this.contextMarks.fill(0);
      this.contextOwner = undefined;
      this.stamp = 0;
    }
    const docs = this.rarity.documents;
    const terms = this.rarity.size;
    if (docs !== this.seenDocuments || terms !== this.seenTerms) {
      this.seenDocuments = docs;
      this.seenTerms = terms;
      this.epoch++;
    }
  }

  /** `rarity.idf(lower)` of a word, read once per epoch. */
  weightOf(word: number): number {
    if (this.weightEpoch[word] !== this.epoch) {
      this.weight[word] = this.rarity.idf(this.lower[word]!);
      this.weightEpoch[word] = this.epoch;
    }
    return this.weight[word]!;
  }

  /** Value of a digit token of this form ("3,400" → 3400), NaN when it is not a number. */
  parsedNumber(word: number): number {
    this.readNumber(word);
    return this.parsed[word]!;
  }

  /** Suffix code of a digit token of this form, and the scale a scale suffix gives ("m" → 1e6). */
  suffixOf(word: number): number {
    this.readNumber(word);
    return this.suffix[word]!;
  }

  suffixScale(word: number): number {
    this.readNumber(word);
    return this.scaleOfSuffix[word]!;
  }

  private readNumber(word: number): void {
    if (this.suffix[word] !== -1) return;
    const lower = this.lower[word]!;
    this.parsed[word] = parseNumber(lower) ?? Number.NaN;
    const s = SUFFIX.exec(lower)?.[1];
    this.suffix[word] = s === undefined ? SUFFIX_NONE : s === 'st' || s === 'nd' || s === 'rd' || s === 'th' ? SUFFIX_ORDINAL : SUFFIX_SCALE;
    this.scaleOfSuffix[word] = s === undefined ? 1 : (SCALES.get(s) ?? 1);
  }

  /** The id of a match key, interning it. */
  keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(key, id);
      this.keys.push(key);
      this.opposites.push(undefined);
      if (id === this.hasOpposites.length) {
        this.keyMarks = grownInt32(this.keyMarks);
        this.contextMarks = grownInt32(this.contextMarks);
        this.hasOpposites = grown(this.hasOpposites, Uint8Array);
      }
      const against = ANTONYMS.get(key);
      if (against !== undefined) {
        this.hasOpposites[id] = 1;
        this.opposites[id] = against.map((o) => this.keyId(o));
      }
    }
    return id;
  }

  /** The id of a match key if it was ever interned, else -1. */
  findKey(key: string): number {
    return this.keyIds.get(key) ?? -1;
  }

  /** The id of a lower-cased word, interning it. */
  wordId(lower: string): number {
    let id = this.byLower.get(lower);
    if (id === undefined) {
      id = this.lower.length;
      if (id === this.flags.length) this.grow();
      this.byLower.set(lower, id);
      this.lower.push(lower);
      const key = termKey(lower);
      this.key[id] = this.keyId(key);
      this.unit.push(DURATIONS.has(key) ? 'duration' : key);
      const stop = STOPWORDS.has(lower);
      const month = MONTHS.get(lower);
      const weekday = WEEKDAYS.has(lower);
      const numberWord = NUMBER_WORDS.get(lower);
      const scale = SCALES.get(lower);
      let f = 0;
      if (stop) f |= W_STOP;
      if (numberWord !== undefined) f |= W_NUMBER_WORD;
      if (month !== undefined) f |= W_MONTH;
      if (weekday) f |= W_WEEKDAY;
      if (TITLES.has(lower)) f |= W_TITLE;
      if (scale !== undefined) f |= W_SCALE;
      if (CURRENCY_WORDS.has(lower)) f |= W_CURRENCY;
      if (PERCENT_WORDS.has(lower)) f |= W_PERCENT;
      if (NAME_CONNECTORS.has(lower) && lower !== 'and') f |= W_CONNECTOR;
      if (month === undefined && !weekday && (!stop || (lower.length === 1 && lower !== 'a' && lower !== 'i'))) f |= W_NAME_WORD;
      if (ADJECTIVE_OF_ORIGIN.test(lower)) f |= W_ORIGIN;
      if (lower.length <= 4 && DIGITS.test(lower)) f |= lower.length === 4 ? W_DIGITS_1_4 | W_DIGITS_4 : W_DIGITS_1_4;
      if (numberWord === undefined && !stop && lower.length >= 2) f |= W_BAG;
      if (lower === 'year') f |= W_YEAR;
      if (lower === 'old') f |= W_OLD;
      if (lower === 'percentage') f |= W_PERCENTAGE;
      if (lower.length >= 4 && hasCue(lower)) f |= W_CUE;
      this.flags[id] = f;
      this.numberWord[id] = numberWord ?? 0;
      this.month[id] = month ?? 0;
      this.scale[id] = scale ?? 0;
      this.suffix[id] = -1;
      this.weightEpoch[id] = 0;
    }
    return id;
  }

  /** Double `folded`, keeping its contents. */
  growFolded(): Uint16Array {
    this.folded = grown(this.folded, Uint16Array);
    return this.folded;
  }

  /**
   * The word of a token of `text` at [start, end): `folded[0, length)` holds its folded form — its code
   * units up to its first apostrophe, each lower-cased alone (FOLD) — and `hash` that form's hash. The
   * lower-cased form is made (with `lowerOf`, exactly) only the first time a folded form is met; equal folded
   * forms have equal lower-cased forms, since String#toLowerCase maps code units one by one except for a
   * final capital sigma, and tokens holding one (`sigma`) are never looked up by their folded form. Folded
   * forms are compared in full, so two forms with one hash stay two words.
   */
  lookUp(text: string, start: number, end: number, length: number, hash: number, sigma: boolean): number {
    if (sigma) return this.wordId(lowerOf(text, start, end));
    const folded = this.folded;
    for (let k = length; k < FOLD_INLINE; k++) folded[k] = 0;
    // The first 8 units, packed as the slots hold them.
    const u0 = folded[0]! | (folded[1]! << 16);
    const u1 = folded[2]! | (folded[3]! << 16);
    const u2 = folded[4]! | (folded[5]! << 16);
    const u3 = folded[6]! | (folded[7]! << 16);
    const folds = this.folds;
    const h = hash | 0;
    let i = Math.imul(h, 0x9e3779b1) & this.foldMask;
    for (;;) {
      const p = i << 3;
      const word = folds[p + 1]!;
      if (word === 0) break;
      if (folds[p] === h && folds[p + 3] === length && folds[p + 4] === u0 && folds[p + 5] === u1 && folds[p + 6] === u2 && folds[p + 7] === u3) {
        if (length <= FOLD_INLINE) return word - 1;
        const units = this.foldUnits;
        const from = folds[p + 2]!;
        let k = FOLD_INLINE;
        while (k < length && units[from + k] === folded[k]) k++;
        if (k === length) return word - 1;
      }
      i = (i + 1) & this.foldMask;
    }
    // First sight of this folded form: its lower-cased form, made exactly; then the form joins the table.
    const id = this.wordId(lowerOf(text, start, end));
    while (this.foldUnitsLength + length > this.foldUnits.length) this.foldUnits = grown(this.foldUnits, Uint16Array);
    this.foldUnits.set(folded.subarray(0, length), this.foldUnitsLength);
    this.addFold(h, id + 1, this.foldUnitsLength, length, u0, u1, u2, u3);
    this.foldUnitsLength += length;
    return id;
  }

  private addFold(hash: number, word: number, from: number, length: number, u0: number, u1: number, u2: number, u3: number): void {
    if ((this.foldCount + 1) * 2 > this.foldMask + 1) {
      const old = this.folds;
      this.folds = new Int32Array(old.length * 2);
      this.foldMask = (this.foldMask << 1) | 1;
      this.foldCount = 0;
      for (let p = 0; p < old.length; p += 8) {
        if (old[p + 1] !== 0) this.addFold(old[p]!, old[p + 1]!, old[p + 2]!, old[p + 3]!, old[p + 4]!, old[p + 5]!, old[p + 6]!, old[p + 7]!);
      }
    }
    let i = Math.imul(hash, 0x9e3779b1) & this.foldMask;
    while (this.folds[(i << 3) + 1] !== 0) i = (i + 1) & this.foldMask;
    const p = i << 3;
    const f = this.folds;
    f[p] = hash;
    f[p + 1] = word;
    f[p + 2] = from;
    f[p + 3] = length;
    f[p + 4] = u0;
    f[p + 5] = u1;
    f[p + 6] = u2;
    f[p + 7] = u3;
    this.foldCount++;
  }

  private grow(): void {
    this.key = grownInt32(this.key);
    this.flags = grown(this.flags, Uint32Array);
    this.numberWord = grown(this.numberWord, Float64Array);
    this.month = grown(this.month, Uint8Array);
    this.scale = grown(this.scale, Float64Array);
    this.parsed = grown(this.parsed, Float64Array);
    this.suffix = grown(this.suffix, Int8Array);
    this.scaleOfSuffix = grown(this.scaleOfSuffix, Float64Array);
    this.weight = grown(this.weight, Float64Array);
    this.weightEpoch = grownInt32(this.weightEpoch);
    this.wordMark = grownInt32(this.wordMark);
    this.wordSlot = grownInt32(this.wordSlot);
  }
}

type TypedArray = Int32Array | Uint32Array | Float64Array | Uint8Array | Int8Array | Uint16Array;

function grown<T extends TypedArray>(a: T, make: new (n: number) => T): T {
  const b = new make(a.length * 2);
  b.set(a);
  return b;
}

const grownInt32 = (a: Int32Array): Int32Array => grown(a, Int32Array);

/** Folded code units a slot of the word table holds itself. */
const FOLD_INLINE = 8;

const vocabularies = new WeakMap<Rarity, Vocabulary>();

/** The word table of a Rarity (made on first use). */
export function vocabularyOf(rarity: Rarity): Vocabulary {
  let v = vocabularies.get(rarity);
  if (v === undefined) {
    v = new Vocabulary(rarity);
    vocabularies.set(rarity, v);
  }
  v.refresh();
  return v;
}

// --- folding ---------------------------------------------------------------------------------------------

/** Code units that can be in a token: ASCII letters and digits, `, .`, and U+00C0–U+1FFF (see isLetter). */
const FOLD_LIMIT = 0x2000;
/**
 * Each code unit lower-cased alone, when that gives one code unit (else itself). Capital sigma keeps
 * itself: its lower case depends on the letters around it.
 */
export const FOLD = new Uint16Array(FOLD_LIMIT);
/** 1 where a code unit is a capital (differs from its lower case), as `tokenizeSentence` tests it. */
export const CAPITAL = new Uint8Array(FOLD_LIMIT);
for (let c = 0; c < FOLD_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  const l = ch.toLowerCase();
  FOLD[c] = l.length === 1 && c !== 0x3a3 ? l.charCodeAt(0) : c;
  CAPITAL[c] = l !== ch ? 1 : 0;
}
export const SIGMA = 0x3a3;

/** The lower-cased form of the token at [start, end): possessive ’s removed, cut at an apostrophe. */
export function lowerOf(text: string, start: number, end: number): string {
  let lower = text.slice(start, end).toLowerCase();
  if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
  if (lower.endsWith("'s")) lower = lower.slice(0, -2);
  const apostrophe = lower.indexOf("'");
  if (apostrophe > 0) lower = lower.slice(0, apostrophe); // "we've" → "we", "don't" → "don"
  return lower;
}
