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
import { ANTONYMS, termKey } from './lexicon.js';
import type { DateFact, NameFact, NumberFact, SentenceTerms } from './sentence-terms.js';

// Cost: each sentence is prepared once per story (keys interned to integers, weights multiplied out, sorted);
// a pair is then one merge of two short sorted arrays plus checks on its few numbers, dates and names.

/**
 * What the aligner knows about one story: how common each key is across its sentences (document frequencies),
 * and the sentences prepared for fast comparison.
 */
export class StoryContext {
  private readonly ids = new Map<string, number>();
  private readonly df: number[] = [];
  private readonly factors: number[] = [];
  private readonly factDf = new Map<string, number>();
  private readonly versions: number;

  /**
   * @param sentences every sentence of every version of the story
   * @param versions number of versions: a key found about once per version is a fact word and keeps its
   *   full weight; a key in many sentences per version is a topic word.
   */
  constructor(sentences: Iterable<SentenceTerms>, versions: number) {
    this.versions = Math.max(1, versions);
    for (const s of sentences) {
      for (const k of s.bag.keys()) {
        const id = this.intern(k);
        this.df[id] = (this.df[id] ?? 0) + 1;
      }
      const facts = new Set<string>();
      for (const n of s.numbers) facts.add(numberKey(n));
      for (const d of s.dates) facts.add(`@${d.value}`);
      for (const f of facts) this.factDf.set(f, (this.factDf.get(f) ?? 0) + 1);
    }
    for (let id = 0; id < this.df.length; id++) {
      const perVersion = (this.df[id] ?? 0) / this.versions;
      this.factors[id] = perVersion <= 1 ? 1 : Math.max(MIN_FACTOR, 1 / perVersion);
    }
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.df[id] = 0;
      this.factors[id] = 1;
    }
    return id;
  }

  /**
   * Story factor in [MIN_FACTOR, 1]: 1 for a key in at most one sentence per version on average, else the
   * inverse of its sentences per version. "Putin" in 10 sentences of 4 versions weighs 0.4, "India" in 35
   * weighs 0.11: they place a sentence in the story, they do not say which fact it states.
   */
  factor(key: string): number {
    const id = this.ids.get(key);
    return id === undefined ? 1 : (this.factors[id] ?? 1);
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
  prepare(terms: SentenceTerms): PreparedSentence {
    const entries = [...terms.bag].map(([k, w]) => {
      const id = this.intern(k);
      return { id, w: w * (this.factors[id] ?? 1), name: terms.nameKeys.has(k) };
    });
    entries.sort((x, y) => x.id - y.id);
    const keys = new Int32Array(entries.length);
    const weights = new Float64Array(entries.length);
    const names = new Uint8Array(entries.length);
    entries.forEach((e, i) => {
      keys[i] = e.id;
      weights[i] = e.w;
      names[i] = e.name ? 1 : 0;
    });
    const opposites: { key: string; id: number; against: { key: string; id: number }[] }[] = [];
    for (const k of terms.bag.keys()) {
      const against = ANTONYMS.get(k);
      if (against !== undefined) opposites.push({ key: k, id: this.intern(k), against: against.map((o) => ({ key: o, id: this.intern(o) })) });
    }
    const weigh = (bag: ReadonlyMap<string, number>): Map<string, number> => new Map([...bag].map(([k, w]) => [k, w * this.factor(k)]));
    return {
      terms,
      keys,
      weights,
      names,
      who: terms.names.filter((n) => !n.adjective),
      actors: terms.names.filter((n) => !n.adjective && n.tokens.some((t) => this.factor(termKey(t)) >= ACTOR_FACTOR)),
      quoteBags: terms.quoteBags.map(weigh),
      opposites,
      // "the two nations" is an idiom, not a fact: only counts from three up are promoted by rarity.
      rareNumbers: terms.numbers.map((n) => (n.kind === 'year' || n.value >= 3) && this.rareFact(numberKey(n))),
      rareDates: terms.dates.map((d) => this.rareFact(`@${d.value}`)),
      years: terms.numbers.filter((n) => n.kind === 'year'),
      anchored: terms.dates.some((d) => d.kind === 'weekday' || d.kind === 'day'),
      roled: terms.names.filter((n) => n.role !== ''),
    };
  }
}

/** A sentence ready to be compared within its story. */
export interface PreparedSentence {
  readonly terms: SentenceTerms;
  /** Interned keys, ascending; their weights (background × story factor); 1 where the key is a name here. */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly names: Uint8Array;
  /** Names that are not adjectives of origin. */
  readonly who: readonly NameFact[];
  /** Of those, the ones specific to a few sentences of the story. */
  readonly actors: readonly NameFact[];
  /** Quote bags with story weights. */
  readonly quoteBags: readonly ReadonlyMap<string, number>[];
  /** Keys with opposites ("open" / "close"). */
  readonly opposites: readonly { readonly key: string; readonly id: number; readonly against: readonly { readonly key: string; readonly id: number }[] }[];
  /** Per number / date of `terms`: whether it is rare in the story. */
  readonly rareNumbers: readonly boolean[];
  readonly rareDates: readonly boolean[];
  /** Its years; whether it is anchored in the news week (a weekday or a day). */
  readonly years: readonly NumberFact[];
  readonly anchored: boolean;
  /** Names with a role ("president"). */
  readonly roled: readonly NameFact[];
}

/** Whether a prepared sentence holds an interned key (binary search). */
function hasKey(s: PreparedSentence, id: number): boolean {
  let lo = 0;
  let hi = s.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = s.keys[mid]!;
    if (k === id) return true;
    if (k < id) lo = mid + 1;
    else hi = mid - 1;
  }
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

/** Measure the evidence between two prepared sentences of one story. */
export function similarityFeatures(a: PreparedSentence, b: PreparedSentence): SimilarityFeatures {
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
  let i = 0;
  let j = 0;
  const na = a.keys.length;
  const nb = b.keys.length;
  while (i < na || j < nb) {
    const ka = i < na ? a.keys[i]! : Infinity;
    const kb = j < nb ? b.keys[j]! : Infinity;
    if (ka === kb) {
      const w = a.weights[i]!;
      const v = b.weights[j]!;
      if (split && (a.names[i] === 1 || b.names[j] === 1)) {
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
      const w = a.weights[i]!;
      if (split && a.names[i] === 1) nameA += w;
      else {
        normA += w * w;
        massA += w;
        keysA++;
      }
      i++;
    } else {
      const v = b.weights[j]!;
      if (split && b.names[j] === 1) nameB += v;
      else {
        normB += v * v;
        massB += v;
        keysB++;
      }
      j++;
    }
  }
  const cosine = normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
  const smallerIsA = massA <= massB;
  const containment = smallerIsA ? (massA > 0 ? sharedA / massA : 0) : massB > 0 ? sharedB / massB : 0;
  const smallerMass = smallerIsA ? massA : massB;
  const smallerWords = smallerIsA ? keysA : keysB;
  // Names: share of the smaller side's name weight found in the other, damped by NAME_DAMPING so that names
  // common in the story (low weight) cannot make a perfect match on their own.
  const names =
    split && nameA > 0 && nameB > 0
      ? nameA <= nameB
        ? nameSharedA / (nameA + NAME_DAMPING)
        : nameSharedB / (nameB + NAME_DAMPING)
      : Number.NaN;

  const ta = a.terms;
  const tb = b.terms;
  // Actors: several shared ones pin down one event.
  let sharedActors = 0;
  for (const n of a.actors) if (n.tokens.some((t) => tb.nameTokens.has(t))) sharedActors++;
  const clashes: Clash[] = [];
  // Same words, other people: both name someone, nobody is shared, and the rest is nearly the same sentence
  // ("X won the mayoral runoff in Y"). With less alike wording the names may just play other roles.
  if (
    split &&
    cosine >= ACTOR_CLASH_COSINE &&
    !a.who.some((n) => n.tokens.some((t) => tb.nameTokens.has(t))) &&
    !b.who.some((n) => n.tokens.some((t) => ta.nameTokens.has(t)))
  ) {
    clashes.push({ kind: 'actor', text: `${a.who.map((n) => n.tokens.join(' ')).join('/')} ≠ ${b.who.map((n) => n.tokens.join(' ')).join('/')}` });
  }

  // Most pairs share no fact and clash on nothing: the lists start as one shared empty array.
  let specificFacts: string[] = NONE;
  let weakFacts: string[] = NONE;
  if ((ta.numbers.length > 0 && tb.numbers.length > 0) || (ta.dates.length > 0 && tb.dates.length > 0)) {
    specificFacts = [];
    weakFacts = [];
    if (ta.numbers.length > 0 && tb.numbers.length > 0) compareNumbers(a, b, specificFacts, weakFacts, clashes);
    if (ta.dates.length > 0 && tb.dates.length > 0) compareDates(a, b, specificFacts, weakFacts, clashes);
  }
  if ((a.years.length === 0) !== (b.years.length === 0)) compareYearsAndTime(a, b, clashes);
  if (ta.names.length > 0 && tb.names.length > 0) compareRoles(a, b, clashes);
  if (a.quoteBags.length > 0 && b.quoteBags.length > 0) compareQuotes(a, b, clashes);
  if (a.opposites.length > 0 || b.opposites.length > 0) compareOpposites(a, b, clashes);
  return { cosine, containment, smallerMass, smallerWords, sharedWords: sharedKeys, sharedMass, names, sharedNames, sharedActors, specificFacts, weakFacts, clashes };
}

/** The shared empty list (never written to: lists that get entries are fresh arrays). */
const NONE: string[] = [];

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

function compareNumbers(
  pa: PreparedSentence,
  pb: PreparedSentence,
  specific: string[],
  weak: string[],
  clashes: Clash[],
): void {
  const a = pa.terms.numbers;
  const b = pb.terms.numbers;
  a.forEach((x, i) => {
    const y = b.find((n) => (n.kind === 'year') === (x.kind === 'year') && numbersCompatible(x, n) && sameThingCounted(x, n));
    if (y !== undefined) ((x.specific && y.specific) || pa.rareNumbers[i] === true ? specific : weak).push(x.text);
  });
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
      clashes.push({ kind: 'number', text: `${show(a)} ≠ ${show(b)}` });
    }
  }
}

function compareDates(
  pa: PreparedSentence,
  pb: PreparedSentence,
  specific: string[],
  weak: string[],
  clashes: Clash[],
): void {
  const a = pa.terms.dates;
  const b = pb.terms.dates;
  for (const kind of ['day', 'weekday'] as const) {
    const xs = a.filter((d) => d.kind === kind);
    const ys = b.filter((d) => d.kind === kind);
    if (xs.length === 0 || ys.length === 0) continue;
    const common = xs.filter((d) => ys.some((e) => e.value === d.value));
    if (common.length > 0) for (const d of common) (kind === 'day' || pa.rareDates[a.indexOf(d)] === true ? specific : weak).push(d.text);
    else clashes.push({ kind: 'date', text: `${xs.map((d) => d.text).join('/')} ≠ ${ys.map((d) => d.text).join('/')}` });
  }
  // Months: a bare month agrees with a day in that month.
  const monthOf = (d: DateFact): string => (d.kind === 'weekday' ? '' : (d.value.split('-')[0] ?? ''));
  const monthsA = new Set(a.map(monthOf).filter((m) => m !== ''));
  const monthsB = new Set(b.map(monthOf).filter((m) => m !== ''));
  if (monthsA.size === 0 || monthsB.size === 0) return;
  const common = [...monthsA].filter((m) => monthsB.has(m));
  if (common.length === 0) {
    if (!a.some((d) => d.kind === 'day') || !b.some((d) => d.kind === 'day')) {
      clashes.push({ kind: 'date', text: `month ${[...monthsA].join('/')} ≠ ${[...monthsB].join('/')}` });
    }
  } else if (!a.some((d) => d.kind === 'day') && !b.some((d) => d.kind === 'day')) {
    weak.push(`month ${common.join('/')}`);
  }
}

/**
 * A year on one side only, when the other is anchored in the news week (a weekday or a day) or has no time at
 * all: "opened an office in Halden in 2021" is background, "will close its office in Halden" is the news.
 */
function compareYearsAndTime(a: PreparedSentence, b: PreparedSentence, clashes: Clash[]): void {
  const withYear = a.years.length > 0 ? a : b;
  const other = a.years.length > 0 ? b : a;
  clashes.push({ kind: other.anchored ? 'date' : 'time', text: `${withYear.years.map((n) => n.text).join('/')} on one side only` });
}

function compareRoles(pa: PreparedSentence, pb: PreparedSentence, clashes: Clash[]): void {
  const a = pa.terms;
  const b = pb.terms;
  for (const x of pa.roled) {
    if (!pb.roled.some((n) => n.role === x.role)) continue;
    const ys = pb.roled.filter((n) => n.role === x.role);
    const xs = pa.roled.filter((n) => n.role === x.role);
    const xInB = xs.some((n) => n.tokens.some((t) => b.nameTokens.has(t)));
    const yInA = ys.some((n) => n.tokens.some((t) => a.nameTokens.has(t)));
    if (!xInB && !yInA) {
      const show = (ns: typeof xs): string => ns.map((n) => n.tokens.join(' ')).join('/');
      clashes.push({ kind: 'role', text: `${x.role} ${show(xs)} ≠ ${show(ys)}` });
      return;
    }
  }
  // Two names of one kind ("Maris County" / "Dunmore County"): same last word, nothing else in common.
  for (const x of a.names) {
    if (x.tokens.length < 2) continue;
    const last = x.tokens[x.tokens.length - 1]!;
    for (const y of b.names) {
      if (y.tokens.length < 2 || y.tokens[y.tokens.length - 1] !== last) continue;
      const restX = x.tokens.slice(0, -1);
      const restY = y.tokens.slice(0, -1);
      if (!restX.some((t) => b.nameTokens.has(t)) && !restY.some((t) => a.nameTokens.has(t))) {
        clashes.push({ kind: 'place', text: `${x.tokens.join(' ')} ≠ ${y.tokens.join(' ')}` });
        return;
      }
    }
  }
}

function compareQuotes(a: PreparedSentence, b: PreparedSentence, clashes: Clash[]): void {
  // Quotes sharing under QUOTE_OVERLAP of the shorter one's word weight are two different statements.
  const matched = a.quoteBags.some((x) => b.quoteBags.some((y) => quoteOverlap(x, y) >= QUOTE_OVERLAP));
  if (!matched) clashes.push({ kind: 'quote', text: 'different quotes' });
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

function compareOpposites(a: PreparedSentence, b: PreparedSentence, clashes: Clash[]): void {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const o of x.opposites) {
      if (hasKey(y, o.id)) continue;
      for (const against of o.against) {
        if (hasKey(y, against.id) && !hasKey(x, against.id)) {
          clashes.push({ kind: 'opposite', text: `${o.key} ≠ ${against.key}` });
          return;
        }
      }
    }
  }
}
