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
import { datelineTime } from '../features/dateline.js';
import { cohesion, scoreProfiles, type Profile, type Score, type ScoreOptions } from './profile.js';

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
  /**
   * An article joins a story only if it scores at least this share of the story's cohesion (the mean
   * score between the story's own articles): a related event scores far below the tellings of one event
   * even when its topic words push its absolute score over `join`.
   */
  readonly cohesion: number;
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
  count: number;
  readonly articles: ArticleId[];
  /** Set when this story was merged into another; the state is then dead. */
  mergedInto?: number;
}

/** The best story for an article, scored, and whether it may join it. */
export interface StoryMatch {
  readonly story: StoryState;
  readonly score: Score;
  /** Reaches the join threshold and the story's cohesion bar. */
  readonly accepted: boolean;
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
  /** Latest publication time seen: the year a yearless dateline falls in when nothing closer is known. */
  private clock: number | undefined;

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

  /**
   * An article's time. A yearless dateline takes the year nearest the story's first date, else the latest
   * time seen in the corpus, else a fixed nominal year, so that two yearless datelines still compare.
   */
  timeOf(f: ArticleFeatures, s?: StoryState): number | undefined {
    if (f.published !== undefined) {
      if (this.clock === undefined || f.published > this.clock) this.clock = f.published;
      return f.published;
    }
    return timeOfArticle(f, s?.first ?? this.clock ?? NOMINAL_YEAR);
  }

  /** Whether a profile scoring `score` against story `s` may join it. */
  accepts(s: StoryState, score: Score): boolean {
    if (score.total < this.options.join) return false;
    const c = cohesion(s, this.options);
    return c === undefined || score.total >= this.options.cohesion * c;
  }

  /** The best accepted candidate story, else the best-scoring one (accepted: false), else undefined. */
  best(f: ArticleFeatures): StoryMatch | undefined {
    const p = articleProfile(f, this.timeOf(f));
    let best: StoryMatch | undefined;
    for (const s of this.candidates(p)) {
      const score = scoreProfiles(f.monthDay === undefined ? p : articleProfile(f, this.timeOf(f, s)), s, this.options);
      const accepted = this.accepts(s, score);
      if (best === undefined || (accepted && !best.accepted) || (accepted === best.accepted && score.total > best.score.total)) {
        best = { story: s, score, accepted };
      }
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
      count: 0,
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
    s.count++;
    this.extendSpan(s, this.timeOf(f, s));
    s.articles.push(f.article);
    this.post(s.index, topByWeight(f.body, this.options.lookupTerms));
    this.post(s.index, topByWeight(f.names, this.options.lookupNames));
  }

  /** Widen a story's time span to include `t`. */
  extendSpan(s: StoryState, t: number | undefined): void {
    if (t === undefined) return;
    s.first = s.first === undefined ? t : Math.min(s.first, t);
    s.last = s.last === undefined ? t : Math.max(s.last, t);
  }

  /** Merge story `from` into story `into` (the older id survives). */
  merge(into: StoryState, from: StoryState): void {
    const n = this.options.centroidTerms;
    into.body = addVectors(into.body, from.body, 1, n);
    into.names = addVectors(into.names, from.names, 1, n);
    into.numbers = addVectors(into.numbers, from.numbers, 1, n);
    into.count += from.count;
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
/** An article seen as a profile at time `t` (see StoryIndex.timeOf). */
export function articleProfile(f: ArticleFeatures, t: number | undefined): Profile {
  const p = { body: normalise(f.body), names: normalise(f.names), numbers: normalise(f.numbers), count: 1 };
  return t === undefined ? p : { ...p, first: t, last: t };
}

const NOMINAL_YEAR = Date.UTC(2000, 6, 1);

/** An article's time; a yearless dateline takes the year nearest `reference` (a story's first date). */
export function timeOfArticle(f: ArticleFeatures, reference?: number): number | undefined {
  if (f.published !== undefined) return f.published;
  if (f.monthDay === undefined || reference === undefined) return undefined;
  return datelineTime(f.monthDay, reference);
}
