/**
 * How strongly two sentences state the same thing.
 *
 * Word evidence: each key weighs background rarity × story rarity. Story rarity discounts words that are
 * everywhere in this story ("Putin", "strike"): they say which story a sentence is in, not which fact it
 * states. Names (who) and other words (what happened) are scored apart: sentences of one story about
 * different events share their names and differ in the rest. The content score mixes a weighted cosine
 * (symmetric: rewordings of one fact) with the containment of the smaller sentence in the larger
 * (one-to-many: a short sentence whose fact another version merged into a longer one).
 * Fact evidence: shared numbers and dates add; a clash (different numbers counting the same thing, different
 * dates, different people holding one title, different quotes, opposite verbs, a past year on one side only)
 * subtracts, because same-topic sentences about different facts share most words and differ exactly there.
 */
import { RetoldError } from '../model/errors.js';
import type { DateFact, NumberFact, QuoteBag, SentenceFacts } from './sentence-terms.js';
import type { Vocabulary } from './vocabulary.js';

// Cost: each sentence is prepared once per story (keys mapped to story-local integers in order of first
// appearance, weights multiplied out, sorted); a pair is then one merge of two short sorted arrays plus checks
// on its few numbers, dates and names. `similarityScore` does this without allocating (the aligner scores
// thousands of pairs per story); `similarityFeatures` runs the same code and also records the evidence.

/**
 * What the aligner knows about one story: how common each key is across its sentences (document frequencies),
 * and the sentences prepared for fast comparison.
 */
export class StoryContext {
  private vocab: Vocabulary | undefined;
  /** Story-local key id → key id of the word table; document frequency and story factor per local id. */
  private readonly globalOf: number[] = [];
  private readonly df: number[] = [];
  private readonly factors: number[] = [];
  private readonly factDf = new Map<string, number>();
  private readonly versions: number;
  /** This context's stamp in the word table's context marks (valid while it owns them). */
  private stamp = 0;

  /**
   * @param sentences every sentence of every version of the story (from `storyTerms` or `sentenceTerms`)
   * @param versions number of versions: a key found about once per version is a fact word and keeps its
   *   full weight; a key in many sentences per version is a topic word.
   */
  constructor(sentences: Iterable<SentenceFacts>, versions: number) {
    this.versions = Math.max(1, versions);
    for (const s of sentences) {
      this.bind(s.vocab);
      const keys = s.bagBuffer.keys;
      for (let e = s.bagFrom; e < s.bagTo; e++) this.df[this.intern(keys[e]!)]!++;
      // Each distinct number and date of the sentence counts once.
      const numbers = s.numberKeys;
      const dates = s.dateKeys;
      for (let i = 0; i < numbers.length; i++) {
        const f = numbers[i]!;
        if (numbers.indexOf(f) === i) this.factDf.set(f, (this.factDf.get(f) ?? 0) + 1);
      }
      for (let i = 0; i < dates.length; i++) {
        const f = dates[i]!;
        if (dates.indexOf(f) === i) this.factDf.set(f, (this.factDf.get(f) ?? 0) + 1);
      }
    }
    for (let id = 0; id < this.df.length; id++) {
      const perVersion = (this.df[id] ?? 0) / this.versions;
      this.factors[id] = perVersion <= 1 ? 1 : Math.max(MIN_FACTOR, 1 / perVersion);
    }
  }

  private bind(vocab: Vocabulary): Vocabulary {
    if (this.vocab === undefined) this.vocab = vocab;
    else if (this.vocab !== vocab) {
      throw new RetoldError('usage', 'StoryContext: the sentences of one story must be analysed with the same Rarity object');
    }
    return vocab;
  }

  /** The local id of a key of the word table, or -1. */
  private local(key: number): number {
    const v = this.vocab!;
    if (v.contextOwner !== this) {
      // Another context used the marks since: write this one's ids back.
      this.stamp = v.nextStamp();
      const marks = v.contextMarks;
      for (let l = 0; l < this.globalOf.length; l++) {
        marks[2 * this.globalOf[l]!] = this.stamp;
        marks[2 * this.globalOf[l]! + 1] = l;
      }
      v.contextOwner = this;
    }
    const marks = v.contextMarks;
    return marks[2 * key] === this.stamp ? marks[2 * key + 1]! : -1;
  }

  private intern(key: number): number {
    let id = this.local(key);
    if (id < 0) {
      const v = this.vocab!;
      id = this.globalOf.length;
      this.globalOf.push(key);
      this.df.push(0);
      this.factors.push(1);
      v.contextMarks[2 * key] = this.stamp;
      v.contextMarks[2 * key + 1] = id;
    }
    return id;
  }

  /** `factor` of a key of the word table. */
  private factorOf(key: number): number {
    const id = this.local(key);
    return id < 0 ? 1 : (this.factors[id] ?? 1);
  }

  /**
   * Story factor in [MIN_FACTOR, 1]: 1 for a key in at most one sentence per version on average, else the
   * inverse of its sentences per version. "Putin" in 10 sentences of 4 versions weighs 0.4, "India" in 35
   * weighs 0.11: they place a sentence in the story, they do not say which fact it states.
   */
  factor(key: string): number {
    const id = this.vocab?.findKey(key) ?? -1;
    return id < 0 ? 1 : this.factorOf(id);
  }

  /** Story-local id of a key of the word table (in this context), or -1. */
  localId(key: number): number {
    return this.local(key);
  }

  /** `factor` of a story-local id (1 for -1: a key the story lacks). */
  factorOfLocal(id: number): number {
    return id < 0 ? 1 : (this.factors[id] ?? 1);
  }

  /** Number of keys with a story-local id. */
  get size(): number {
    return this.globalOf.length;
  }

  /**
   * Whether a number or date is rare in this story: in at most one sentence per version. "2019" or "nine"
   * alone say little in general, but in a story where only one sentence per version has them they pin down
   * that sentence's fact.
   */
  rareFact(key: string): boolean {
    return (this.factDf.get(key) ?? 0) <= this.versions;
  }

  /** Prepare a sentence for comparison (it need not be one the context was built from). */
  prepare(terms: SentenceFacts): PreparedSentence {
    return this.prepareInto(terms, undefined);
  }

  /** `prepare`, with its keys and weights appended to `into` (one buffer for a whole story). */
  prepareInto(terms: SentenceFacts, into: PreparedBuffer | undefined): PreparedSentence {
    const vocab = this.bind(terms.vocab);
    const n = terms.bagTo - terms.bagFrom;
    const buffer = into ?? new PreparedBuffer(n);
    const from = buffer.reserve(n);
    const keys = buffer.keys;
    const weights = buffer.weights;
    const names = buffer.names;
    const bag = terms.bagBuffer;
    // Keys in local-id order (insertion sort: bags are short); weights × story factor.
    for (let e = 0; e < n; e++) {
      const id = this.intern(bag.keys[terms.bagFrom + e]!);
      const w = bag.weights[terms.bagFrom + e]! * (this.factors[id] ?? 1);
      const name = bag.names[terms.bagFrom + e]!;
      let p = from + e;
      while (p > from && keys[p - 1]! > id) {
        keys[p] = keys[p - 1]!;
        weights[p] = weights[p - 1]!;
        names[p] = names[p - 1]!;
        p--;
      }
      keys[p] = id;
      weights[p] = w;
      names[p] = name;
    }
    let opposites: Opposite[] | undefined;
    for (let e = terms.bagFrom; e < terms.bagTo; e++) {
      const key = bag.keys[e]!;
      if (vocab.hasOpposites[key] === 0) continue;
      const against = vocab.opposites[key];
      if (against !== undefined) {
        (opposites ??= []).push({
          key: vocab.keys[key]!,
          id: this.intern(key),
          against: against.map((o) => ({ key: vocab.keys[o]!, id: this.intern(o) })),
        });
      }
    }
    let who: number[] | undefined;
    let actors: number[] | undefined;
    let roled: number[] | undefined;
    for (let i = 0; i < terms.names.length; i++) {
      const nm = terms.names[i]!;
      if (nm.role !== '') (roled ??= []).push(i);
      if (nm.adjective) continue;
      (who ??= []).push(i);
      for (const w of terms.nameIds[i]!) {
        if (this.factorOf(vocab.key[w]!) >= ACTOR_FACTOR) {
          (actors ??= []).push(i);
          break;
        }
      }
    }
    let quoteBags: QuoteBag[] | undefined;
    for (const q of terms.quoteKeyBags) {
      const weights: number[] = [];
      for (let i = 0; i < q.keys.length; i++) weights.push(q.weights[i]! * this.factorOf(q.keys[i]!));
      (quoteBags ??= []).push({ keys: q.keys, weights });
    }
    const numbers = terms.numbers;
    let rareNumbers: boolean[] | undefined;
    let years: NumberFact[] | undefined;
    if (numbers.length > 0) {
      const keys = terms.numberKeys;
      rareNumbers = [];
      for (let i = 0; i < numbers.length; i++) {
        const x = numbers[i]!;
        // "the two nations" is an idiom, not a fact: only counts from three up are promoted by rarity.
        rareNumbers.push((x.kind === 'year' || x.value >= 3) && this.rareFact(keys[i]!));
        if (x.kind === 'year') (years ??= []).push(x);
      }
    }
    let rareDates: boolean[] | undefined;
    let anchored = false;
    if (terms.dates.length > 0) {
      rareDates = [];
      for (const k of terms.dateKeys) rareDates.push(this.rareFact(k));
      for (const d of terms.dates) if (d.kind === 'weekday' || d.kind === 'day') anchored = true;
    }
    return {
      terms,
      keys,
      weights,
      names,
      from,
      to: from + n,
      who: who ?? NO_INDICES,
      actors: actors ?? NO_INDICES,
      quoteBags: quoteBags ?? NO_QUOTES,
      opposites: opposites ?? NO_OPPOSITES,
      rareNumbers: rareNumbers ?? NO_FLAGS,
      rareDates: rareDates ?? NO_FLAGS,
      years: years ?? NO_NUMBERS,
      anchored,
      roled: roled ?? NO_INDICES,
    };
  }
}

const NO_QUOTES: readonly QuoteBag[] = [];
const NO_FLAGS: readonly boolean[] = [];
const NO_INDICES: readonly number[] = [];
const NO_NUMBERS: readonly NumberFact[] = [];

/** A key with opposites ("open" / "close"), by local id. */
interface Opposite {
  readonly key: string;
  readonly id: number;
  readonly against: readonly { readonly key: string; readonly id: number }[];
}
const NO_OPPOSITES: readonly Opposite[] = [];

/** Keys, weights and name flags of prepared sentences, one after the other. */
export class PreparedBuffer {
  keys: Int32Array;
  weights: Float64Array;
  names: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(1, capacity));
    this.weights = new Float64Array(Math.max(1, capacity));
    this.names = new Uint8Array(Math.max(1, capacity));
  }

  /** Room for `n` more entries; returns where they start. Earlier sentences must not be given a smaller buffer. */
  reserve(n: number): number {
    const from = this.length;
    if (from + n > this.keys.length) throw new RangeError(`PreparedBuffer: capacity ${this.keys.length} < ${from + n}`);
    this.length += n;
    return from;
  }
}

/** A sentence ready to be compared within its story. */
export interface PreparedSentence {
  readonly terms: SentenceFacts;
  /**
   * Its keys are [from, to) of `keys` (story-local ids, ascending), with their weights (background × story
   * factor) and a 1 in `names` where the key is a name here.
   */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly names: Uint8Array;
  readonly from: number;
  readonly to: number;
  /** Indices (into terms.names) of the names that are not adjectives of origin. */
  readonly who: readonly number[];
  /** Of those, the ones specific to a few sentences of the story. */
  readonly actors: readonly number[];
  /** Quote bags with story weights. */
  readonly quoteBags: readonly QuoteBag[];
  /** Keys with opposites ("open" / "close"). */
  readonly opposites: readonly Opposite[];
  /** Per number / date of `terms`: whether it is rare in the story. */
  readonly rareNumbers: readonly boolean[];
  readonly rareDates: readonly boolean[];
  /** Its years; whether it is anchored in the news week (a weekday or a day). */
  readonly years: readonly NumberFact[];
  readonly anchored: boolean;
  /** Indices of the names with a role ("president"). */
  readonly roled: readonly number[];
}

/** Whether a prepared sentence holds a local key id (binary search). */
function hasKey(s: PreparedSentence, id: number): boolean {
  let lo = s.from;
  let hi = s.to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = s.keys[mid]!;
    if (k === id) return true;
    if (k < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether any of `ids[from, to)` is in `set` (both tiny). */
function anyIn(ids: readonly number[], set: readonly number[], to: number = ids.length): boolean {
  for (let i = 0; i < to; i++) if (set.includes(ids[i]!)) return true;
  return false;
}

/** Content words of the smaller sentence from which containment is fully trusted. */
const CONTAINMENT_WORDS = 3;

/** Added to the smaller side's name weight: ≈ half a rare name, so story-common names alone score low. */
const NAME_DAMPING = 3;

/** Content cosine from which two sentences naming different actors are taken for one template, two events. */
const ACTOR_CLASH_COSINE = 0.6;

/** Story factor at or above which a name token is specific to a few sentences (≈ ≤ 2 per version). */
const ACTOR_FACTOR = 0.5;

/** A story-common word still counts a little: two versions may share only topic words verbatim. */
const MIN_FACTOR = 0.1;

/** Why two sentences cannot state the same fact. `time` (a past year on one side only) is the soft one. */
export type ClashKind = 'number' | 'date' | 'role' | 'quote' | 'opposite' | 'place' | 'time' | 'actor';

/** One reason against. */
export interface Clash {
  readonly kind: ClashKind;
  readonly text: string;
}

/** The raw evidence between two sentences, before weighing. */
export interface SimilarityFeatures {
  /** Weighted cosine of the non-name words. */
  readonly cosine: number;
  /** Share of the smaller sentence's non-name word weight found in the other. */
  readonly containment: number;
  /** Non-name word weight and word count of the smaller sentence: tiny ones prove little by containment. */
  readonly smallerMass: number;
  readonly smallerWords: number;
  /** Non-name words in common. */
  readonly sharedWords: number;
  /** Non-name word weight in common (the lesser of the two weights per word): a shared fact inside two
   * longer sentences that each carry other facts too. */
  readonly sharedMass: number;
  /** Share of the smaller side's name weight found in the other (damped); NaN when a side names nobody. */
  readonly names: number;
  /** Distinct name keys in common. */
  readonly sharedNames: number;
  /** Specific actors (not adjectives of origin, not ubiquitous in the story) of A also named in B. */
  readonly sharedActors: number;
  /** Shared numbers and dates that identify a fact (percentages, money, counts > 10, days). */
  readonly specificFacts: readonly string[];
  /** Shared small counts, years, weekdays. */
  readonly weakFacts: readonly string[];
  readonly clashes: readonly Clash[];
}

/** Weights of the evidence; `DEFAULT_WEIGHTS` is what the aligner uses (chosen on test/fixtures/align/pairs.jsonl). */
export interface SimilarityWeights {
  /** Share of cosine in the content score (the rest is containment). */
  readonly cosine: number;
  /**
   * Names close this share of the gap left by the content score, times their overlap (when both sides name
   * someone). Names only add: a sentence may carry its fact with other people mentioned around it.
   */
  readonly names: number;
  /** Smaller-sentence content weight at which containment is fully trusted. */
  readonly containmentMass: number;
  /** Shared word weight at which a partial overlap is fully trusted, and the most it can score. */
  readonly overlapMass: number;
  readonly overlap: number;
  /** Share of the gap to 1 closed by each specific and each weak shared fact, and at most in all. */
  readonly specificFact: number;
  readonly weakFact: number;
  /** Same, per shared actor beyond the first (several named people together pin down one event). */
  readonly actorFact: number;
  readonly maxFactBonus: number;
  /** Subtracted per hard clash and per soft (`time`: a past year on one side, no time on the other) clash. */
  readonly clash: number;
  readonly softClash: number;
}

/**
 * Chosen by a grid search on the labelled pairs (bench/eval-align.ts prints the figures; the grid ranked
 * settings by F1 among those with precision ≥ 0.9): containment outweighs cosine (7:3) because versions
 * merge and split sentences; names close at most 40% of the remaining gap, so "who" without "what" cannot
 * align two sentences; one shared specific number or day closes 45% (a reworded sentence with one shared
 * figure aligns); one hard clash takes 0.6 off (a perfect word match with a clash falls below the threshold).
 * The partial-overlap term (`overlap`, `overlapMass`) never decides a labelled pair — they are single facts —
 * and was set on the seeds' long merged sentences, where two versions share one fact of two or three.
 */
export const DEFAULT_WEIGHTS: SimilarityWeights = {
  cosine: 0.3,
  names: 0.4,
  containmentMass: 8,
  overlapMass: 25,
  overlap: 0.6,
  specificFact: 0.45,
  weakFact: 0.05,
  actorFact: 0.1,
  maxFactBonus: 0.5,
  clash: 0.6,
  softClash: 0.2,
};

/**
 * Two sentences align at or above this score. Chosen with DEFAULT_WEIGHTS on the labelled pairs: the best F1
 * with precision ≥ 0.9 (P 0.92, R 0.88). At 0.4 precision drops to 0.90, at 0.45 recall to 0.84: reworded
 * pairs sharing few words sit just above it, same-frame pairs about another fact just below.
 */
export const ALIGN_THRESHOLD = 0.425;

/** Similarity and its evidence. */
export interface SimilarityDetail extends SimilarityFeatures {
  /** In [0, 1]; two sentences align when it reaches ALIGN_THRESHOLD. */
  readonly score: number;
}

/** The shared empty list (never written to: lists that get entries are fresh arrays). */
const NONE: string[] = [];

/**
 * The evidence between two sentences as it is measured. Counting (the aligner's hot path) keeps only what the
 * score needs: how many facts and clashes, and where the soft clash falls among the hard ones (clashes are
 * subtracted in order); recording (`similarityFeatures`) keeps their texts too.
 */
export class Evidence {
  cosine = 0;
  containment = 0;
  smallerMass = 0;
  smallerWords = 0;
  sharedWords = 0;
  sharedMass = 0;
  names = Number.NaN;
  sharedNames = 0;
  sharedActors = 0;
  specific = 0;
  weak = 0;
  /** Hard clashes before the soft one, the soft one (0 or 1: only `time` is soft, found once), hard ones after. */
  hardBefore = 0;
  soft = 0;
  hardAfter = 0;
  specificFacts: string[] = NONE;
  weakFacts: string[] = NONE;
  clashes: Clash[] = [];

  /** @param record keep the texts of facts and clashes */
  constructor(readonly record: boolean) {}

  reset(): void {
    this.specific = 0;
    this.weak = 0;
    this.hardBefore = 0;
    this.soft = 0;
    this.hardAfter = 0;
  }

  fact(specific: boolean, text: string): void {
    if (specific) {
      this.specific++;
      if (this.record) this.specificFacts.push(text);
    } else {
      this.weak++;
      if (this.record) this.weakFacts.push(text);
    }
  }

  clash(kind: ClashKind, text: string): void {
    if (kind === 'time') this.soft++;
    else if (this.soft > 0) this.hardAfter++;
    else this.hardBefore++;
    if (this.record) this.clashes.push({ kind, text });
  }
}

/** Whether any of a sentence's people (`who`) has a token among `tokens`. */
function anyNamed(p: PreparedSentence, tokens: readonly number[]): boolean {
  for (const n of p.who) if (anyIn(p.terms.nameIds[n]!, tokens)) return true;
  return false;
}

const showWho = (p: PreparedSentence): string => p.who.map((n) => p.terms.names[n]!.tokens.join(' ')).join('/');

/** Measure the evidence between two prepared sentences of one story into `ev` (reset). */
function measure(a: PreparedSentence, b: PreparedSentence, ev: Evidence): void {
  const ta = a.terms;
  const tb = b.terms;
  // Names are weighed apart only when both sides name someone; otherwise a name on one side is simply a word
  // the other lacks.
  const split = a.who.length > 0 && b.who.length > 0;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  let massA = 0;
  let massB = 0;
  let sharedA = 0;
  let sharedB = 0;
  let sharedMass = 0;
  let nameA = 0;
  let nameB = 0;
  let nameSharedA = 0;
  let nameSharedB = 0;
  let sharedNames = 0;
  let keysA = 0;
  let keysB = 0;
  let sharedKeys = 0;
  // One merge of the two sorted key arrays. A key counts as a name when it is one on either side.
  let i = a.from;
  let j = b.from;
  const na = a.to;
  const nb = b.to;
  const ka_ = a.keys;
  const kb_ = b.keys;
  const wa_ = a.weights;
  const wb_ = b.weights;
  const ma_ = a.names;
  const mb_ = b.names;
  // (Once one side is used up, the rest of the other follows in order, as in a merge with sentinels.)
  while (i < na && j < nb) {
    const ka = ka_[i]!;
    const kb = kb_[j]!;
    if (ka === kb) {
      const w = wa_[i]!;
      const v = wb_[j]!;
      if (split && (ma_[i] === 1 || mb_[j] === 1)) {
        nameA += w;
        nameB += v;
        nameSharedA += w;
        nameSharedB += v;
        sharedNames++;
      } else {
        normA += w * w;
        normB += v * v;
        massA += w;
        massB += v;
        keysA++;
        keysB++;
        sharedKeys++;
        dot += w * v;
        sharedA += w;
        sharedB += v;
        sharedMass += w < v ? w : v;
      }
      i++;
      j++;
    } else if (ka < kb) {
      const w = wa_[i]!;
      if (split && ma_[i] === 1) nameA += w;
      else {
        normA += w * w;
        massA += w;
        keysA++;
      }
      i++;
    } else {
      const v = wb_[j]!;
      if (split && mb_[j] === 1) nameB += v;
      else {
        normB += v * v;
        massB += v;
        keysB++;
      }
      j++;
    }
  }
  for (; i < na; i++) {
    const w = wa_[i]!;
    if (split && ma_[i] === 1) nameA += w;
    else {
      normA += w * w;
      massA += w;
      keysA++;
    }
  }
  for (; j < nb; j++) {
    const v = wb_[j]!;
    if (split && mb_[j] === 1) nameB += v;
    else {
      normB += v * v;
      massB += v;
      keysB++;
    }
  }
  const cosine = normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
  const smallerIsA = massA <= massB;
  ev.cosine = cosine;
  ev.containment = smallerIsA ? (massA > 0 ? sharedA / massA : 0) : massB > 0 ? sharedB / massB : 0;
  ev.smallerMass = smallerIsA ? massA : massB;
  ev.smallerWords = smallerIsA ? keysA : keysB;
  ev.sharedWords = sharedKeys;
  ev.sharedMass = sharedMass;
  // Names: share of the smaller side's name weight found in the other, damped by NAME_DAMPING so that names
  // common in the story (low weight) cannot make a perfect match on their own.
  ev.names =
    split && nameA > 0 && nameB > 0
      ? nameA <= nameB
        ? nameSharedA / (nameA + NAME_DAMPING)
        : nameSharedB / (nameB + NAME_DAMPING)
      : Number.NaN;
  ev.sharedNames = sharedNames;

  // Actors: several shared ones pin down one event.
  let sharedActors = 0;
  for (const n of a.actors) if (anyIn(ta.nameIds[n]!, tb.nameTokenIds)) sharedActors++;
  ev.sharedActors = sharedActors;
  // Same words, other people: both name someone, nobody is shared, and the rest is nearly the same sentence
  // ("X won the mayoral runoff in Y"). With less alike wording the names may just play other roles.
  if (split && cosine >= ACTOR_CLASH_COSINE && !anyNamed(a, tb.nameTokenIds) && !anyNamed(b, ta.nameTokenIds)) {
    ev.clash('actor', ev.record ? `${showWho(a)} ≠ ${showWho(b)}` : '');
  }

  const numbers = ta.numbers.length > 0 && tb.numbers.length > 0;
  const dates = ta.dates.length > 0 && tb.dates.length > 0;
  if (ev.record && (numbers || dates)) {
    ev.specificFacts = [];
    ev.weakFacts = [];
  }
  if (numbers) compareNumbers(a, b, ev);
  if (dates) compareDates(a, b, ev);
  if ((a.years.length === 0) !== (b.years.length === 0)) compareYearsAndTime(a, b, ev);
  if (ta.names.length > 0 && tb.names.length > 0) compareRoles(a, b, ev);
  if (a.quoteBags.length > 0 && b.quoteBags.length > 0) compareQuotes(a, b, ev);
  if (a.opposites.length > 0 || b.opposites.length > 0) compareOpposites(a, b, ev);
}

/** Measure the evidence between two prepared sentences of one story. */
export function similarityFeatures(a: PreparedSentence, b: PreparedSentence): SimilarityFeatures {
  const ev = new Evidence(true);
  measure(a, b, ev);
  return {
    cosine: ev.cosine,
    containment: ev.containment,
    smallerMass: ev.smallerMass,
    smallerWords: ev.smallerWords,
    sharedWords: ev.sharedWords,
    sharedMass: ev.sharedMass,
    names: ev.names,
    sharedNames: ev.sharedNames,
    sharedActors: ev.sharedActors,
    specificFacts: ev.specificFacts,
    weakFacts: ev.weakFacts,
    clashes: ev.clashes,
  };
}

/**
 * `sentenceSimilarity(a, b).score` with the default weights, without recording the evidence: `scratch` is
 * reused from pair to pair (give one made with `new Evidence(false)`).
 */
export function similarityScore(a: PreparedSentence, b: PreparedSentence, scratch: Evidence): number {
  scratch.reset();
  measure(a, b, scratch);
  // The arithmetic of weighSimilarity, step for step, on the counts.
  const w = DEFAULT_WEIGHTS;
  const f = scratch;
  const sureness = Math.min(1, f.smallerMass / w.containmentMass, f.smallerWords / CONTAINMENT_WORDS, f.sharedWords / 2);
  const content = Math.max(
    w.cosine * f.cosine + (1 - w.cosine) * f.containment * sureness,
    w.overlap * Math.min(1, f.sharedMass / w.overlapMass),
  );
  let score = Number.isNaN(f.names) ? content : content + (1 - content) * w.names * f.names;
  const bonus = Math.min(w.maxFactBonus, w.specificFact * f.specific + w.weakFact * f.weak + w.actorFact * Math.max(0, f.sharedActors - 1));
  score += bonus * (1 - score);
  for (let k = 0; k < f.hardBefore; k++) score -= w.clash;
  if (f.soft > 0) score -= w.softClash;
  for (let k = 0; k < f.hardAfter; k++) score -= w.clash;
  return score < 0 ? 0 : score > 1 ? 1 : score;
}

/** Weigh the evidence into one score in [0, 1]. */
export function weighSimilarity(f: SimilarityFeatures, w: SimilarityWeights = DEFAULT_WEIGHTS): number {
  // A list item ("Defense procurement") is contained in many long sentences: containment needs a few words.
  // One shared word is not a contained sentence either.
  const sureness = Math.min(1, f.smallerMass / w.containmentMass, f.smallerWords / CONTAINMENT_WORDS, f.sharedWords / 2);
  const content = Math.max(
    w.cosine * f.cosine + (1 - w.cosine) * f.containment * sureness,
    w.overlap * Math.min(1, f.sharedMass / w.overlapMass),
  );
  // Names count only when both sides name someone: a missing name is no evidence of another actor.
  let score = Number.isNaN(f.names) ? content : content + (1 - content) * w.names * f.names;
  const bonus = Math.min(
    w.maxFactBonus,
    w.specificFact * f.specificFacts.length + w.weakFact * f.weakFacts.length + w.actorFact * Math.max(0, f.sharedActors - 1),
  );
  score += bonus * (1 - score);
  for (const c of f.clashes) score -= c.kind === 'time' ? w.softClash : w.clash;
  return score < 0 ? 0 : score > 1 ? 1 : score;
}

/** Similarity of two prepared sentences within one story. */
export function sentenceSimilarity(a: PreparedSentence, b: PreparedSentence, weights: SimilarityWeights = DEFAULT_WEIGHTS): SimilarityDetail {
  const f = similarityFeatures(a, b);
  return { ...f, score: weighSimilarity(f, weights) };
}

function numbersCompatible(x: NumberFact, y: NumberFact): boolean {
  if (x.value === y.value) return true;
  if (x.kind !== y.kind || x.unit !== y.unit) return false;
  const rel = Math.abs(x.value - y.value) / Math.max(x.value, y.value);
  // A rounded count ("more than 3,000") stands for a precise one ("3,400"); two precise counts must be equal.
  if (x.kind === 'count' && x.value >= 100 && y.value >= 100 && (isRound(x.value) || isRound(y.value))) return rel <= 0.15;
  if (x.kind === 'money') return rel <= 0.02;
  return false;
}

/** "two years" and "two sides" share a value, not a fact; "3,400 workers" and "3,400 port employees" do. */
function sameThingCounted(x: NumberFact, y: NumberFact): boolean {
  return x.unit === y.unit || x.unit === '' || y.unit === '' || (x.specific && y.specific);
}

/** At most two significant digits: 300, 3,000, 3,500, 12,000. */
function isRound(v: number): boolean {
  if (!Number.isInteger(v)) return false;
  const digits = Math.floor(Math.log10(v)) + 1;
  return digits <= 2 || v % 10 ** (digits - 2) === 0;
}

function sameQuantity(x: NumberFact, y: NumberFact): boolean {
  if (x.kind !== y.kind) return false;
  if (x.kind === 'count' || x.kind === 'ordinal') return x.unit !== '' && x.unit === y.unit;
  return true;
}

/** Key of a number for story frequencies: kind and value ("count:9", "year:2019"). */
export const numberKey = (n: NumberFact): string => `#${n.kind === 'year' ? 'year' : 'n'}:${n.value}`;

function compareNumbers(pa: PreparedSentence, pb: PreparedSentence, ev: Evidence): void {
  const a = pa.terms.numbers;
  const b = pb.terms.numbers;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    let y: NumberFact | undefined;
    for (const n of b) {
      if ((n.kind === 'year') === (x.kind === 'year') && numbersCompatible(x, n) && sameThingCounted(x, n)) {
        y = n;
        break;
      }
    }
    if (y !== undefined) ev.fact((x.specific && y.specific) || pa.rareNumbers[i] === true, x.text);
  }
  // A clash: the same kind of quantity on both sides with no value in common.
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    let first = true;
    for (let k = 0; k < i && first; k++) if (a[k]!.kind === x.kind && a[k]!.unit === x.unit) first = false;
    if (!first) continue;
    let inB = false;
    let compatible = false;
    for (const q of b) {
      if (!sameQuantity(x, q)) continue;
      inB = true;
      for (const p of a) if (sameQuantity(x, p) && numbersCompatible(p, q)) compatible = true;
    }
    if (inB && !compatible) {
      const show = (ns: readonly NumberFact[]): string => ns.filter((n) => sameQuantity(x, n)).map((n) => n.text).join('/');
      ev.clash('number', ev.record ? `${show(a)} ≠ ${show(b)}` : '');
    }
  }
}

function compareDates(pa: PreparedSentence, pb: PreparedSentence, ev: Evidence): void {
  const a = pa.terms.dates;
  const b = pb.terms.dates;
  for (const kind of DATE_KINDS) {
    if (!hasDateKind(a, kind) || !hasDateKind(b, kind)) continue;
    let common = false;
    for (let i = 0; i < a.length; i++) {
      const d = a[i]!;
      if (d.kind !== kind) continue;
      let inB = false;
      for (const e of b) if (e.kind === kind && e.value === d.value) inB = true;
      if (!inB) continue;
      common = true;
      ev.fact(kind === 'day' || pa.rareDates[i] === true, d.text);
    }
    if (!common) ev.clash('date', ev.record ? `${showDates(a, kind)} ≠ ${showDates(b, kind)}` : '');
  }
  // Months: a bare month agrees with a day in that month.
  const ma = pa.terms.dateMonths;
  const mb = pb.terms.dateMonths;
  let monthA = false;
  let monthB = false;
  let shared = false;
  for (const m of ma) {
    if (m === 0) continue;
    monthA = true;
    if (mb.includes(m)) shared = true;
  }
  for (const m of mb) if (m !== 0) monthB = true;
  if (!monthA || !monthB) return;
  const dayA = hasDateKind(a, 'day');
  const dayB = hasDateKind(b, 'day');
  if (!shared) {
    if (!dayA || !dayB) ev.clash('date', ev.record ? `month ${showMonths(ma)} ≠ ${showMonths(mb)}` : '');
  } else if (!dayA && !dayB) {
    ev.fact(false, ev.record ? `month ${showMonths(ma, mb)}` : '');
  }
}

function hasDateKind(dates: readonly DateFact[], kind: DateFact['kind']): boolean {
  for (const d of dates) if (d.kind === kind) return true;
  return false;
}

const showDates = (ds: readonly DateFact[], kind: DateFact['kind']): string =>
  ds
    .filter((d) => d.kind === kind)
    .map((d) => d.text)
    .join('/');

/** Distinct months (in order of mention), those also in `also` when given. */
const showMonths = (ms: readonly number[], also?: readonly number[]): string =>
  [...new Set(ms.filter((m) => m > 0 && (also === undefined || also.includes(m))))].join('/');

const DATE_KINDS = ['day', 'weekday'] as const;

/** Whether a sentence names someone with this role (whose name has a token among `tokens`, when given). */
function holdsRole(p: PreparedSentence, role: string, tokens: readonly number[] | undefined): boolean {
  for (const n of p.roled) {
    if (p.terms.names[n]!.role !== role) continue;
    if (tokens === undefined || anyIn(p.terms.nameIds[n]!, tokens)) return true;
  }
  return false;
}

/**
 * A year on one side only, when the other is anchored in the news week (a weekday or a day) or has no time at
 * all: "opened an office in Halden in 2021" is background, "will close its office in Halden" is the news.
 */
function compareYearsAndTime(a: PreparedSentence, b: PreparedSentence, ev: Evidence): void {
  const withYear = a.years.length > 0 ? a : b;
  const other = a.years.length > 0 ? b : a;
  ev.clash(other.anchored ? 'date' : 'time', ev.record ? `${withYear.years.map((n) => n.text).join('/')} on one side only` : '');
}

function compareRoles(pa: PreparedSentence, pb: PreparedSentence, ev: Evidence): void {
  const a = pa.terms;
  const b = pb.terms;
  for (const x of pa.roled) {
    const role = a.names[x]!.role;
    if (!holdsRole(pb, role, undefined) || holdsRole(pa, role, b.nameTokenIds) || holdsRole(pb, role, a.nameTokenIds)) continue;
    const show = (p: PreparedSentence): string =>
      p.roled
        .filter((n) => p.terms.names[n]!.role === role)
        .map((n) => p.terms.names[n]!.tokens.join(' '))
        .join('/');
    ev.clash('role', ev.record ? `${role} ${show(pa)} ≠ ${show(pb)}` : '');
    return;
  }
  // Two names of one kind ("Maris County" / "Dunmore County"): same last word, nothing else in common.
  for (let x = 0; x < a.nameIds.length; x++) {
    const xs = a.nameIds[x]!;
    if (xs.length < 2) continue;
    const last = xs[xs.length - 1];
    for (let y = 0; y < b.nameIds.length; y++) {
      const ys = b.nameIds[y]!;
      if (ys.length < 2 || ys[ys.length - 1] !== last) continue;
      if (!anyIn(xs, b.nameTokenIds, xs.length - 1) && !anyIn(ys, a.nameTokenIds, ys.length - 1)) {
        ev.clash('place', ev.record ? `${a.names[x]!.tokens.join(' ')} ≠ ${b.names[y]!.tokens.join(' ')}` : '');
        return;
      }
    }
  }
}

function compareQuotes(a: PreparedSentence, b: PreparedSentence, ev: Evidence): void {
  // Quotes sharing under QUOTE_OVERLAP of the shorter one's word weight are two different statements.
  const vocab = a.terms.vocab;
  const matched = a.quoteBags.some((x) => b.quoteBags.some((y) => quoteBagOverlap(x, y, vocab) >= QUOTE_OVERLAP));
  if (!matched) ev.clash('quote', 'different quotes');
}

/** `quoteOverlap` of two quote bags of one word table (the same sums, in the same order). */
export function quoteBagOverlap(a: QuoteBag, b: QuoteBag, vocab: Vocabulary): number {
  const stamp = vocab.nextStamp();
  const mark = vocab.keyMarks;
  for (const k of b.keys) mark[2 * k] = stamp;
  let shared = 0;
  let massA = 0;
  let massB = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const w = a.weights[i]!;
    massA += w;
    if (mark[2 * a.keys[i]!] === stamp) shared += w;
  }
  for (const w of b.weights) massB += w;
  return shared / Math.max(1e-9, Math.min(massA, massB));
}

/** Share of the smaller quote's word weight found in the other. */
export function quoteOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let massA = 0;
  let massB = 0;
  for (const [k, w] of a) {
    massA += w;
    if (b.has(k)) shared += w;
  }
  for (const w of b.values()) massB += w;
  return shared / Math.max(1e-9, Math.min(massA, massB));
}

/**
 * Minimum word overlap (containment of the shorter) for two quotes to be the same statement. On the labelled
 * pairs the same quote (whole or excerpted) overlaps 1.0 and different quotes at most 0.34.
 */
export const QUOTE_OVERLAP = 0.6;


function compareOpposites(a: PreparedSentence, b: PreparedSentence, ev: Evidence): void {
  if (!opposed(a, b, ev)) opposed(b, a, ev);
}

/** A key of x with an opposite that y has and x lacks (while y lacks the key): one clash, and true. */
function opposed(x: PreparedSentence, y: PreparedSentence, ev: Evidence): boolean {
  for (const o of x.opposites) {
    if (hasKey(y, o.id)) continue;
    for (const against of o.against) {
      if (hasKey(y, against.id) && !hasKey(x, against.id)) {
        ev.clash('opposite', ev.record ? `${o.key} ≠ ${against.key}` : '');
        return true;
      }
    }
  }
  return false;
}
