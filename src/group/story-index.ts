/**
 * Online story index: each story keeps centroid vectors (sums of its articles' unit vectors, trimmed to the
 * heaviest terms) and its time span, and an inverted index from rare terms to stories finds the few
 * stories worth scoring for a new article. Cost per article: O(candidate terms × scanned postings +
 * candidates × vector length) — independent of corpus size once postings are capped.
 */
import type { ArticleFeatures, SparseVector } from '../model/features.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import { asStoryId } from '../model/ids.js';
import { addVectors, EMPTY_VECTOR, normalise, topIds, weightOf } from '../features/vector.js';
import { datelineTime } from '../features/dateline.js';
import { cohesion, ProfileScorer, type Profile, type Score, type ScoreOptions } from './profile.js';

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
  keyNames: readonly number[];
  readonly articles: ArticleId[];
  /** Set when this story was merged into another; the state is then dead. */
  mergedInto?: number;
}

/** A story's centroid vectors, as a store keeps them. */
export interface StoryVectors {
  readonly body: SparseVector;
  readonly names: SparseVector;
  readonly numbers: SparseVector;
}

/** The best story for an article, scored, and whether it may join it. */
export interface StoryMatch {
  readonly story: StoryState;
  readonly score: Score;
  /** Reaches the join threshold and the story's cohesion bar. */
  readonly accepted: boolean;
}

/** Story index with stable ids in creation order (`s000001`, …). */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly stories: StoryState[] = [];
  private readonly postings = new Map<number, number[]>();
  private nextId: number;
  private readonly scorer: ProfileScorer;
  /** Scratch: partial overlap per story index while looking up candidates (always zero between calls). */
  private acc = new Float64Array(1024);
  /** Latest publication time seen: the year a yearless dateline falls in when nothing closer is known. */
  private clock: number | undefined;

  constructor(options: StoryIndexOptions, firstId = 1) {
    this.options = options;
    this.nextId = firstId;
    this.scorer = new ProfileScorer(options);
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
    if (this.acc.length < this.stories.length) {
      const grown = new Float64Array(Math.max(this.stories.length, this.acc.length * 2));
      grown.set(this.acc);
      this.acc = grown;
    }
    const acc = this.acc;
    const touched: number[] = [];
    this.scan(p.body, o.lookupTerms, exclude, touched);
    this.scan(p.names, o.lookupNames, exclude, touched);
    // Keep the best `candidates` live, in-window stories by partial overlap.
    const best: number[] = [];
    const bestW: number[] = [];
    for (const s of touched) {
      const w = acc[s]!;
      acc[s] = 0;
      if (bestW.length === o.candidates && w <= bestW[bestW.length - 1]!) continue;
      if (this.retired(this.stories[s]!, p)) continue;
      let j = bestW.length < o.candidates ? bestW.length : o.candidates - 1;
      while (j > 0 && bestW[j - 1]! < w) {
        if (j < o.candidates) {
          bestW[j] = bestW[j - 1]!;
          best[j] = best[j - 1]!;
        }
        j--;
      }
      bestW[j] = w;
      best[j] = s;
    }
    return best.map((s) => this.stories[s]!);
  }

  /** Add the partial overlap of `v`'s `k` heaviest terms to every story posted under them (newest first). */
  private scan(v: SparseVector, k: number, exclude: number | undefined, touched: number[]): void {
    const acc = this.acc;
    const stories = this.stories;
    const scan = this.options.postingScan;
    const unit = v.norm === 0 ? 0 : 1 / v.norm;
    for (const id of topIds(v, k)) {
      const list = this.postings.get(id);
      if (list === undefined) continue;
      const w = weightOf(v, id) * unit;
      const stop = Math.max(0, list.length - scan);
      for (let i = list.length - 1; i >= stop; i--) {
        let s = list[i]!;
        if (stories[s]!.mergedInto !== undefined) s = this.resolve(s).index;
        if (s === exclude) continue;
        if (acc[s] === 0) touched.push(s);
        acc[s]! += w;
      }
    }
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
    const p = articleProfile(f, this.timeOf(f), this.options.keyNames);
    let best: StoryMatch | undefined;
    for (const s of this.candidates(p)) {
      const score = this.scorer.score(f.monthDay === undefined ? p : articleProfile(f, this.timeOf(f, s), this.options.keyNames), s);
      const accepted = this.accepts(s, score);
      if (best === undefined || (accepted && !best.accepted) || (accepted === best.accepted && score.total > best.score.total)) {
        best = { story: s, score, accepted };
      }
    }
    return best;
  }

  /** Start a new story with this article. */
  create(f: ArticleFeatures): StoryState {
    const s = this.empty(asStoryId(`s${String(this.nextId++).padStart(6, '0')}`));
    this.add(s, f);
    return s;
  }

  /** A new story with no article yet, appended to the index. */
  private empty(id: StoryId): StoryState {
    const s: StoryState = { index: this.stories.length, id, body: EMPTY_VECTOR, names: EMPTY_VECTOR, numbers: EMPTY_VECTOR, count: 0, keyNames: [], articles: [] };
    this.stories.push(s);
    return s;
  }

  /**
   * Start a story with a given id: replaying a stored placement, or taking an id a store allocated. Ids made
   * later by `create` continue after the largest number seen. Throws when the id is taken or not `s` + digits.
   */
  createWithId(f: ArticleFeatures, id: StoryId, vectors?: StoryVectors): StoryState {
    const m = /^s(\d+)$/.exec(id);
    if (m === null) throw new RangeError(`story id ${JSON.stringify(id)} is not "s" followed by digits`);
    if (this.find(id) !== undefined) throw new RangeError(`story ${id} exists already`);
    const n = Number(m[1]);
    if (n >= this.nextId) this.nextId = n + 1;
    const s = this.empty(id);
    if (vectors === undefined) this.add(s, f);
    else {
      s.body = vectors.body;
      s.names = vectors.names;
      s.numbers = vectors.numbers;
      s.keyNames = topIds(s.names, this.options.keyNames);
      this.addRestored(s, f);
    }
    return s;
  }

  /**
   * `add` for a story whose vectors were restored from a store, so already include this article: everything but
   * the vector sums (count, span, article list, postings). Replaying a stored log this way costs no centroid
   * arithmetic, which is most of the cost of `add`.
   */
  addRestored(s: StoryState, f: ArticleFeatures): void {
    s.count++;
    this.extendSpan(s, this.timeOf(f, s));
    s.articles.push(f.article);
    this.post(s.index, topIds(f.body, this.options.lookupTerms));
    this.post(s.index, topIds(f.names, this.options.lookupNames));
  }

  /** `merge` into a story whose vectors were restored from a store (they already include `from`'s). */
  mergeRestored(into: StoryState, from: StoryState): void {
    into.count += from.count;
    if (from.first !== undefined && from.last !== undefined) {
      into.first = into.first === undefined ? from.first : Math.min(into.first, from.first);
      into.last = into.last === undefined ? from.last : Math.max(into.last, from.last);
    }
    into.articles.push(...from.articles);
    from.mergedInto = into.index;
    this.post(into.index, topIds(from.body, this.options.lookupTerms));
  }

  /** The number the next story created will get (`s` + this number). */
  get nextNumber(): number {
    return this.nextId;
  }

  /** Number of stories ever created, merged ones included. */
  get size(): number {
    return this.stories.length;
  }

  /** The story with this id (merged or not), or undefined. */
  find(id: StoryId): StoryState | undefined {
    // Stories are only ever appended, so the id map is caught up lazily instead of in `create`.
    for (let i = this.indexed; i < this.stories.length; i++) this.byId.set(this.stories[i]!.id, i);
    this.indexed = this.stories.length;
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.stories[i];
  }

  private readonly byId = new Map<StoryId, number>();
  private indexed = 0;

  /** Add an article to a story: centroids, span, postings. */
  add(s: StoryState, f: ArticleFeatures): void {
    const n = this.options.centroidTerms;
    s.body = addVectors(s.body, normalise(f.body), 1, n);
    s.names = addVectors(s.names, normalise(f.names), 1, n);
    s.numbers = addVectors(s.numbers, normalise(f.numbers), 1, n);
    s.count++;
    s.keyNames = topIds(s.names, this.options.keyNames);
    this.extendSpan(s, this.timeOf(f, s));
    s.articles.push(f.article);
    this.post(s.index, topIds(f.body, this.options.lookupTerms));
    this.post(s.index, topIds(f.names, this.options.lookupNames));
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
    into.keyNames = topIds(into.names, this.options.keyNames);
    if (from.first !== undefined && from.last !== undefined) {
      into.first = into.first === undefined ? from.first : Math.min(into.first, from.first);
      into.last = into.last === undefined ? from.last : Math.max(into.last, from.last);
    }
    into.articles.push(...from.articles);
    from.mergedInto = into.index;
    this.post(into.index, topIds(from.body, this.options.lookupTerms));
  }

  private post(story: number, ids: readonly number[]): void {
    for (const id of ids) {
      const list = this.postings.get(id);
      if (list === undefined) this.postings.set(id, [story]);
      else if (list[list.length - 1] !== story) list.push(story);
    }
  }
}

/** An article seen as a profile. */
/** An article seen as a profile at time `t` (see StoryIndex.timeOf). */
export function articleProfile(f: ArticleFeatures, t: number | undefined, keyNames: number): Profile {
  const names = normalise(f.names);
  const p = { body: normalise(f.body), names, numbers: normalise(f.numbers), count: 1, keyNames: topIds(names, keyNames) };
  return t === undefined ? p : { ...p, first: t, last: t };
}

const NOMINAL_YEAR = Date.UTC(2000, 6, 1);

/** An article's time; a yearless dateline takes the year nearest `reference` (a story's first date). */
export function timeOfArticle(f: ArticleFeatures, reference?: number): number | undefined {
  if (f.published !== undefined) return f.published;
  if (f.monthDay === undefined || reference === undefined) return undefined;
  return datelineTime(f.monthDay, reference);
}
