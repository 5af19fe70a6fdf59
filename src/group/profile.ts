/**
 * The comparison at the heart of grouping: an article or a story is a Profile (three weighted vectors and a
 * time span) and two profiles are scored on body words, names and numbers, with a penalty when each side's
 * key names are missing from the other (two events of one kind: same vocabulary, other people and places)
 * and when their dates lie far apart.
 */
import type { Evidence } from '../model/story.js';
import type { SparseVector } from '../model/features.js';
import { DenseVector, dot, hasId, sharedTerms } from '../features/vector.js';
import type { Rarity } from '../features/rarity.js';

/**
 * What is compared: an article (unit vectors, count 1) or a story (sums of its articles' unit vectors).
 * Similarity is the mean cosine between the members of the two sides, dot(A, B) / (countA · countB):
 * unlike the cosine to a centroid it does not reward a story for being diverse, so a story that grew by
 * chaining (each article close to the last, the whole about "Biden") stops attracting everything.
 */
export interface Profile {
  readonly body: SparseVector;
  readonly names: SparseVector;
  readonly numbers: SparseVector;
  /** Number of unit vectors summed into each vector. */
  readonly count: number;
  /** The heaviest names (see ScoreOptions.keyNames), cached because every comparison needs them. */
  readonly keyNames: readonly number[];
  /** Publication span in ms; first = last for an article. */
  readonly first?: number;
  readonly last?: number;
}

/** Weights and thresholds of the story decision; see docs/DESIGN.md for how they were chosen. */
export interface ScoreOptions {
  readonly weights: { readonly body: number; readonly names: number; readonly numbers: number };
  /** Subtracted when each side's key names are all absent from the other side. */
  readonly clashPenalty: number;
  /** How many of a side's heaviest names are its key names. */
  readonly keyNames: number;
  /**
   * Time penalty: none within `timeGraceDays` (one event's coverage), then rising with the logarithm of
   * the days beyond it, to `timePenalty` at `timeScaleDays` — a week apart already counts against, a year
   * apart counts fully — and beyond `windowDays` a story is not matched at all.
   */
  readonly timeGraceDays: number;
  readonly timeScaleDays: number;
  readonly timePenalty: number;
  readonly windowDays: number;
}

export interface Score {
  readonly body: number;
  readonly names: number;
  readonly numbers: number;
  readonly clash: boolean;
  readonly days: number | undefined;
  readonly total: number;
}

const DAY = 86_400_000;

/** Days between two spans (0 when they overlap), or undefined when either is undated. */
export function daysApart(a: Profile, b: Profile): number | undefined {
  if (a.first === undefined || a.last === undefined || b.first === undefined || b.last === undefined) return undefined;
  if (a.last < b.first) return (b.first - a.last) / DAY;
  if (b.last < a.first) return (a.first - b.last) / DAY;
  return 0;
}

/** Key names of `a` that `b` lacks, when `b` has key names of its own that `a` lacks too; else []. */
export function clashingNames(a: Profile, b: Profile): readonly number[] {
  if (a.keyNames.length === 0 || b.keyNames.length === 0) return [];
  if (a.keyNames.some((id) => hasId(b.names, id))) return [];
  if (b.keyNames.some((id) => hasId(a.names, id))) return [];
  return a.keyNames;
}

/** Score two profiles. */
export function scoreProfiles(a: Profile, b: Profile, o: ScoreOptions): Score {
  const n = a.count * b.count;
  return combineScore(a, b, dot(a.body, b.body) / n, dot(a.names, b.names) / n, dot(a.numbers, b.numbers) / n, o);
}

/**
 * Score an article profile against many stories: its vectors are spread once over dense arrays and each
 * story costs one read per centroid entry. Same result as scoreProfiles.
 */
export class ProfileScorer {
  private readonly body = new DenseVector();
  private readonly names = new DenseVector();
  private readonly numbers = new DenseVector();
  private profile: Profile | undefined;

  constructor(private readonly options: ScoreOptions) {}

  /** Score `b` against the profile last loaded (loading it if it is another). */
  score(a: Profile, b: Profile): Score {
    if (this.profile !== a) {
      this.body.load(a.body);
      this.names.load(a.names);
      this.numbers.load(a.numbers);
      this.profile = a;
    }
    const n = a.count * b.count;
    return combineScore(a, b, this.body.dot(b.body) / n, this.names.dot(b.names) / n, this.numbers.dot(b.numbers) / n, this.options);
  }
}

function combineScore(a: Profile, b: Profile, body: number, names: number, numbers: number, o: ScoreOptions): Score {
  const clash = clashingNames(a, b).length > 0;
  const days = daysApart(a, b);
  let total = o.weights.body * body + o.weights.names * names + o.weights.numbers * numbers;
  if (clash) total -= o.clashPenalty;
  if (days !== undefined && days > o.timeGraceDays) {
    total -= o.timePenalty * Math.min(1, Math.log1p(days - o.timeGraceDays) / Math.log1p(o.timeScaleDays - o.timeGraceDays));
  }
  return { body, names, numbers, clash, days, total };
}

/**
 * How alike a story's own articles are: the mean score between two of its members, computed from the
 * summed unit vectors alone (Σ_{i≠j} mᵢ·mⱼ = |Σ mᵢ|² − n). Undefined for a one-article story.
 */
export function cohesion(p: Profile, o: ScoreOptions): number | undefined {
  const n = p.count;
  if (n < 2) return undefined;
  const pairs = n * (n - 1);
  const mean = (v: SparseVector): number => Math.max(0, (v.norm * v.norm - n) / pairs);
  return o.weights.body * mean(p.body) + o.weights.names * mean(p.names) + o.weights.numbers * mean(p.numbers);
}

/** Human-readable evidence for a score (computed only for decisions that are kept). */
export function explain(a: Profile, b: Profile, score: Score, rarity: Rarity): Evidence {
  const words = (v: readonly { id: number }[], strip: number, k: number): string[] =>
    v.slice(0, k).map(({ id }) => rarity.label(id).slice(strip));
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    terms: words(sharedTerms(a.body, b.body), 0, 8),
    names: words(sharedTerms(a.names, b.names), 1, 8),
    numbers: words(sharedTerms(a.numbers, b.numbers), 1, 6),
    clashes: score.clash ? clashingNames(a, b).map((id) => rarity.label(id).slice(1)) : [],
    scores: {
      body: round(score.body),
      names: round(score.names),
      numbers: round(score.numbers),
      ...(score.days === undefined ? {} : { days: Math.round(score.days * 10) / 10 }),
      total: round(score.total),
    },
  };
}
