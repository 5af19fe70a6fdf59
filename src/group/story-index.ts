/**
 * Online story index: each story keeps centroid vectors (sums of its articles' unit vectors, trimmed to the
 * heaviest terms) and its time span, and an inverted index from rare terms to stories finds the few
 * stories worth scoring for a new article. Cost per article: O(candidate terms × scanned postings +
 * candidates × vector length) — independent of corpus size once postings are capped.
 */
import type { ArticleFeatures, SparseVector } from '../model/features.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import { asStoryId } from '../model/ids.js';
import { addVectors, EMPTY_VECTOR, normalise } from '../features/vector.js';
import { scoreProfiles, type Profile, type Score, type ScoreOptions } from './profile.js';

/** Options of the story index. */
export interface StoryIndexOptions extends ScoreOptions {
  /** Score at or above which an article joins a story. */
  readonly join: number;
  /** Terms kept per centroid. */
  readonly centroidTerms: number;
  /** How many of an article's heaviest body terms and names look up candidate stories. */
  readonly lookupTerms: number;
  readonly lookupNames: number;
  /** Most recent postings scanned per term: bounds the cost of common terms. */
  readonly postingScan: number;
  /** Candidates fully scored per article. */
  readonly candidates: number;
}

/** One story's mutable state inside the index. */
export interface StoryState extends Profile {
  readonly index: number;
  readonly id: StoryId;
  body: SparseVector;
  names: SparseVector;
  numbers: SparseVector;
  first?: number;
  last?: number;
  readonly articles: ArticleId[];
  /** Set when this story was merged into another; the state is then dead. */
  mergedInto?: number;
}

/** The best story for an article, scored. */
export interface StoryMatch {
  readonly story: StoryState;
  readonly score: Score;
}

function topByWeight(v: SparseVector, k: number): number[] {
  const n = v.ids.length;
  if (n <= k) return Array.from(v.ids);
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => v.weights[q]! - v.weights[p]!);
  return order.slice(0, k).map((i) => v.ids[i]!);
}

/** Story index with stable ids in creation order (`s000001`, …). */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly stories: StoryState[] = [];
  private readonly postings = new Map<number, number[]>();
  private nextId: number;

  constructor(options: StoryIndexOptions, firstId = 1) {
    this.options = options;
    this.nextId = firstId;
  }

  /** All live (not merged) stories in creation order. */
  live(): StoryState[] {
    return this.stories.filter((s) => s.mergedInto === undefined);
  }

  /** The story state by index, following merges. */
  resolve(index: number): StoryState {
    let s = this.stories[index]!;
    while (s.mergedInto !== undefined) s = this.stories[s.mergedInto]!;
    return s;
  }

  /** Candidate stories for a profile through the inverted index, best partial overlap first. */
  candidates(p: Profile, exclude?: number): StoryState[] {
    const o = this.options;
    const partial = new Map<number, number>();
    const look = (v: SparseVector, k: number): void => {
      const unit = v.norm === 0 ? 0 : 1 / v.norm;
      for (const id of topByWeight(v, k)) {
        const list = this.postings.get(id);
        if (list === undefined) continue;
        const w = weightOf(v, id) * unit;
        const stop = Math.max(0, list.length - o.postingScan);
        for (let i = list.length - 1; i >= stop; i--) {
          const s = this.resolve(list[i]!).index;
          if (s !== exclude) partial.set(s, (partial.get(s) ?? 0) + w);
        }
      }
    };
    look(p.body, o.lookupTerms);
    look(p.names, o.lookupNames);
    const ranked = [...partial].sort((a, b) => b[1] - a[1]).slice(0, o.candidates);
    const out: StoryState[] = [];
    for (const [index] of ranked) {
      const s = this.stories[index]!;
      if (!this.retired(s, p)) out.push(s);
    }
    return out;
  }

  /** Whether a story is outside the matching window of a profile. */
  private retired(s: StoryState, p: Profile): boolean {
    if (p.first === undefined || s.last === undefined || s.first === undefined) return false;
    const day = 86_400_000;
    return p.first > s.last + this.options.windowDays * day || (p.last ?? p.first) < s.first - this.options.windowDays * day;
  }

  /** The best-scoring candidate story, whether or not it reaches the join threshold. */
  best(f: ArticleFeatures): StoryMatch | undefined {
    const p = articleProfile(f);
    let best: StoryMatch | undefined;
    for (const s of this.candidates(p)) {
      const score = scoreProfiles(p, s, this.options);
      if (best === undefined || score.total > best.score.total) best = { story: s, score };
    }
    return best;
  }

  /** Start a new story with this article. */
  create(f: ArticleFeatures): StoryState {
    const index = this.stories.length;
    const s: StoryState = {
      index,
      id: asStoryId(`s${String(this.nextId++).padStart(6, '0')}`),
      body: EMPTY_VECTOR,
      names: EMPTY_VECTOR,
      numbers: EMPTY_VECTOR,
      articles: [],
    };
    this.stories.push(s);
    this.add(s, f);
    return s;
  }

  /** Add an article to a story: centroids, span, postings. */
  add(s: StoryState, f: ArticleFeatures): void {
    const n = this.options.centroidTerms;
    s.body = addVectors(s.body, normalise(f.body), 1, n);
    s.names = addVectors(s.names, normalise(f.names), 1, n);
    s.numbers = addVectors(s.numbers, normalise(f.numbers), 1, n);
    if (f.published !== undefined) {
      s.first = s.first === undefined ? f.published : Math.min(s.first, f.published);
      s.last = s.last === undefined ? f.published : Math.max(s.last, f.published);
    }
    s.articles.push(f.article);
    this.post(s.index, topByWeight(f.body, this.options.lookupTerms));
    this.post(s.index, topByWeight(f.names, this.options.lookupNames));
  }

  /** Merge story `from` into story `into` (the older id survives). */
  merge(into: StoryState, from: StoryState): void {
    const n = this.options.centroidTerms;
    into.body = addVectors(into.body, from.body, 1, n);
    into.names = addVectors(into.names, from.names, 1, n);
    into.numbers = addVectors(into.numbers, from.numbers, 1, n);
    if (from.first !== undefined && from.last !== undefined) {
      into.first = into.first === undefined ? from.first : Math.min(into.first, from.first);
      into.last = into.last === undefined ? from.last : Math.max(into.last, from.last);
    }
    into.articles.push(...from.articles);
    from.mergedInto = into.index;
    this.post(into.index, topByWeight(from.body, this.options.lookupTerms));
  }

  private post(story: number, ids: readonly number[]): void {
    for (const id of ids) {
      const list = this.postings.get(id);
      if (list === undefined) this.postings.set(id, [story]);
      else if (list[list.length - 1] !== story) list.push(story);
    }
  }
}

function weightOf(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = v.ids[mid]!;
    if (x === id) return v.weights[mid]!;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** An article seen as a profile. */
export function articleProfile(f: ArticleFeatures): Profile {
  return f.published === undefined
    ? { body: f.body, names: f.names, numbers: f.numbers }
    : { body: f.body, names: f.names, numbers: f.numbers, first: f.published, last: f.published };
}
