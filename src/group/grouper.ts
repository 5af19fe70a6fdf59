/**
 * Places each arriving article: a copy of an article already seen, another telling of a known story, or
 * the start of a new story; then, when asked, reconciles the stories (merging those that the evidence now
 * says are one, which removes most of the dependence on arrival order) and links related stories.
 */
import type { ArticleFeatures } from '../model/features.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import type { Evidence, Grouping, Placement, RelatedLink, StoryGroup } from '../model/story.js';
import type { Rarity } from '../features/rarity.js';
import { ConfigError } from '../model/errors.js';
import { CopyIndex, DEFAULT_COPY_OPTIONS, type CopyOptions } from './copy-index.js';
import { explain, ProfileScorer, scoreProfiles, type Profile, type Score } from './profile.js';
import { articleProfile, StoryIndex, timeOfArticle, type StoryIndexOptions, type StoryState, type StoryVectors } from './story-index.js';

/** All grouping options. */
export interface GroupOptions {
  readonly copy: CopyOptions;
  readonly story: StoryIndexOptions;
  /** Story–story score at or above which two stories are merged when reconciling. */
  readonly merge: number;
  /** Score at or above which two different stories are linked as related. */
  readonly related: number;
  /** Most related links kept per story. */
  readonly relatedLimit: number;
}

export const DEFAULT_GROUP_OPTIONS: GroupOptions = Object.freeze({
  copy: DEFAULT_COPY_OPTIONS,
  story: Object.freeze({
    weights: Object.freeze({ body: 0.55, names: 0.3, numbers: 0.15 }),
    clashPenalty: 0.15,
    keyNames: 3,
    timeGraceDays: 1,
    timeScaleDays: 120,
    timePenalty: 0.6,
    windowDays: 365,
    join: 0.18,
    centroidTerms: 200,
    lookupTerms: 12,
    lookupNames: 6,
    postingScan: 120,
    candidates: 10,
    cohesion: 0.7,
  }),
  merge: 0.26,
  related: 0.1,
  relatedLimit: 5,
});

/** Two stories merged by reconciling: `from` now lives on as `into` (the older one). */
export interface StoryMerge {
  readonly into: StoryId;
  readonly from: StoryId;
}

/** Two stories found related (scored at least the related threshold, not merged), with the evidence. */
export interface StoryRelation {
  readonly a: StoryId;
  readonly b: StoryId;
  readonly evidence: Evidence;
}

/** What `reconcileArticles` did. */
export interface ReconcileResult {
  readonly merges: readonly StoryMerge[];
  readonly related: readonly StoryRelation[];
}

/** A story ranked against an article: its evidence (scores included) and whether the article could join it. */
export interface StoryRank {
  readonly story: StoryId;
  readonly accepted: boolean;
  readonly evidence: Evidence;
}

/** A snapshot of a story's profile (vectors, count, key names, span). */
function profileOf(s: StoryState): Profile {
  return {
    body: s.body,
    names: s.names,
    numbers: s.numbers,
    count: s.count,
    keyNames: s.keyNames,
    ...(s.first === undefined ? {} : { first: s.first }),
    ...(s.last === undefined ? {} : { last: s.last }),
  };
}

/** Options with some fields overridden, validated. */
export function groupOptions(overrides: {
  readonly copy?: Partial<CopyOptions>;
  readonly story?: Partial<StoryIndexOptions>;
  readonly merge?: number;
  readonly related?: number;
  readonly relatedLimit?: number;
} = {}): GroupOptions {
  const d = DEFAULT_GROUP_OPTIONS;
  const o: GroupOptions = {
    copy: { ...d.copy, ...overrides.copy },
    story: { ...d.story, ...overrides.story },
    merge: overrides.merge ?? d.merge,
    related: overrides.related ?? d.related,
    relatedLimit: overrides.relatedLimit ?? d.relatedLimit,
  };
  if (!(o.related < o.story.join)) {
    throw new ConfigError(`related threshold (${o.related}) must be below the join threshold (${o.story.join})`);
  }
  if (o.story.windowDays <= 0) throw new ConfigError(`windowDays must be positive; got ${o.story.windowDays}`);
  return Object.freeze(o);
}

/** Online grouping of one corpus. */
export class Grouper {
  private readonly copies: CopyIndex;
  private readonly stories: StoryIndex;
  private readonly placements = new Map<ArticleId, Placement>();
  private readonly storyIndexOf = new Map<ArticleId, number>();
  private readonly arrival = new Map<ArticleId, number>();
  /** Union-find parent of copy groups. */
  private readonly copyParent = new Map<ArticleId, ArticleId>();
  /** Scorer of `reconcileArticles`, made on first use. */
  private reconcileScorer: ProfileScorer | undefined;

  constructor(
    private readonly rarity: Rarity,
    readonly options: GroupOptions = DEFAULT_GROUP_OPTIONS,
  ) {
    this.copies = new CopyIndex(options.copy);
    this.stories = new StoryIndex(options.story);
  }

  /** Place one article. An article id seen before is placed where it was (re-reading is a no-op). */
  place(f: ArticleFeatures): Placement {
    const known = this.placements.get(f.article);
    if (known !== undefined) return known;
    this.arrival.set(f.article, this.arrival.size);
    const copy = this.copies.find(f);
    this.copies.add(f);
    let placement: Placement;
    if (copy !== undefined) {
      const s = this.stories.resolve(this.storyIndexOf.get(copy.of)!);
      s.articles.push(f.article);
      this.stories.extendSpan(s, this.stories.timeOf(f, s));
      this.storyIndexOf.set(f.article, s.index);
      this.copyParent.set(f.article, this.copyRoot(copy.of));
      placement = { kind: 'copy', article: f.article, story: s.id, ...copy };
    } else {
      const best = this.stories.best(f);
      const o = this.options;
      if (best?.accepted === true) {
        this.stories.add(best.story, f);
        this.storyIndexOf.set(f.article, best.story.index);
        const evidence = explain(articleProfile(f, this.stories.timeOf(f, best.story), o.story.keyNames), best.story, best.score, this.rarity);
        placement = { kind: 'story', article: f.article, story: best.story.id, evidence };
      } else {
        const s = this.stories.create(f);
        this.storyIndexOf.set(f.article, s.index);
        placement =
          best !== undefined && best.score.total >= o.related
            ? {
                kind: 'new',
                article: f.article,
                story: s.id,
                nearest: { story: best.story.id, evidence: explain(articleProfile(f, this.stories.timeOf(f, best.story), o.story.keyNames), best.story, best.score, this.rarity) },
              }
            : { kind: 'new', article: f.article, story: s.id };
      }
    }
    this.placements.set(f.article, placement);
    return placement;
  }

  private copyRoot(a: ArticleId): ArticleId {
    let r = a;
    for (let p = this.copyParent.get(r); p !== undefined && p !== r; p = this.copyParent.get(r)) r = p;
    return r;
  }

  /**
   * Re-check every story against its neighbours: merge those now scoring at or above the merge threshold
   * (the older id survives), then link related stories. Idempotent; call after a batch or periodically.
   */
  reconcile(): void {
    for (const s of this.stories.live()) {
      if (s.mergedInto !== undefined) continue;
      for (const c of this.stories.candidates(s, s.index)) {
        const other = this.stories.resolve(c.index);
        if (other === s || other.mergedInto !== undefined) continue;
        const score = scoreProfiles(s, other, this.options.story);
        if (score.total < this.options.merge || !this.stories.accepts(s, score) || !this.stories.accepts(other, score)) continue;
        const [into, from] = other.index < s.index ? [other, s] : [s, other];
        this.stories.merge(into, from);
        if (from === s) break;
      }
    }
  }

  // ---- Persistence and queries (used by src/store): replay stored decisions, reconcile a few stories, rank. ----

  /** The live story with this id (following merges), or undefined when no story ever had it. */
  story(id: StoryId): StoryState | undefined {
    const s = this.stories.find(id);
    return s === undefined ? undefined : this.stories.resolve(s.index);
  }

  /** The number the next new story gets (its id is `s` + this number, zero-padded to 6 digits). */
  get nextStoryNumber(): number {
    return this.stories.nextNumber;
  }

  /** Number of articles placed or replayed. */
  get articles(): number {
    return this.placements.size;
  }

  /**
   * Re-apply a stored placement without scoring it again: the article is indexed for copies and added to the
   * story it was placed in, which a `new` placement creates with its stored id. Replaying every stored
   * placement in arrival order, with the stored merges in between (`replayMerge`), rebuilds the state of the
   * run that made them, bit for bit (same vectors, same postings, same ids). Throws when a placement does not
   * fit the state (a story that does not exist or was merged away): the stored log is not this state's.
   * `stored` gives the vectors a store kept for stories as they are at the end of the log being replayed: those
   * stories take them as they are created and skip the vector sums (see StoryIndex.addRestored).
   */
  replay(f: ArticleFeatures, placement: Placement, stored?: ReadonlyMap<StoryId, StoryVectors>): void {
    if (placement.article !== f.article) throw new RangeError(`replay: placement of ${placement.article} given with the features of ${f.article}`);
    if (this.placements.has(f.article)) throw new RangeError(`replay: article ${f.article} is placed already`);
    let index: number;
    if (placement.kind === 'copy') {
      const of = this.storyIndexOf.get(placement.of);
      if (of === undefined) throw new RangeError(`replay: ${f.article} copies ${placement.of}, which is not placed`);
      const s = this.stories.resolve(of);
      if (s.id !== placement.story) throw new RangeError(`replay: ${f.article} was a copy in ${placement.story}, but ${placement.of} is in ${s.id}`);
      s.articles.push(f.article);
      this.stories.extendSpan(s, this.stories.timeOf(f, s));
      this.copyParent.set(f.article, this.copyRoot(placement.of));
      index = s.index;
    } else if (placement.kind === 'story') {
      const s = this.stories.find(placement.story);
      if (s === undefined || s.mergedInto !== undefined) throw new RangeError(`replay: ${f.article} joined ${placement.story}, which is ${s === undefined ? 'unknown' : 'merged'}`);
      if (stored?.has(s.id) === true) this.stories.addRestored(s, f);
      else this.stories.add(s, f);
      index = s.index;
    } else {
      index = this.stories.createWithId(f, placement.story, stored?.get(placement.story)).index;
    }
    this.arrival.set(f.article, this.arrival.size);
    this.copies.add(f);
    this.storyIndexOf.set(f.article, index);
    this.placements.set(f.article, placement);
  }

  /** Re-apply a stored merge of story `from` into story `into` (both live). */
  replayMerge(into: StoryId, from: StoryId, stored?: ReadonlyMap<StoryId, StoryVectors>): void {
    const a = this.stories.find(into);
    const b = this.stories.find(from);
    if (a === undefined || b === undefined || a.mergedInto !== undefined || b.mergedInto !== undefined || a === b) {
      throw new RangeError(`replayMerge: cannot merge ${from} into ${into}: both must be live, distinct stories`);
    }
    if (stored?.has(a.id) === true) this.stories.mergeRestored(a, b);
    else this.stories.merge(a, b);
  }

  /** Make room for this many articles in the copy index before replaying them. */
  reserve(articles: number): void {
    this.copies.reserve(articles);
  }

  /** The centroid vectors of a story (live or merged), for a store to keep; undefined for an unknown id. */
  storyVectors(id: StoryId): StoryVectors | undefined {
    const s = this.stories.find(id);
    return s === undefined ? undefined : { body: s.body, names: s.names, numbers: s.numbers };
  }

  /**
   * `reconcile` for the stories holding the given articles only (the stories a batch touched): each is scored
   * against its candidate stories, merged when the merge threshold and both cohesion bars are met (the older id
   * survives), else linked as related when it scores at least the related threshold. A pair in which neither
   * story changed was decided before with the same vectors, so a store can reconcile after every batch at the
   * cost of its stories, not of the corpus. Returns what it did, in order.
   */
  reconcileArticles(articles: Iterable<ArticleId>): ReconcileResult {
    const merges: StoryMerge[] = [];
    const related: StoryRelation[] = [];
    const done = new Set<number>();
    const o = this.options;
    // Same scores as scoreProfiles, with the story spread over dense arrays once for all its candidates. One scorer
    // for the grouper's life: its arrays grow to the vocabulary once, not on every call.
    const scorer = (this.reconcileScorer ??= new ProfileScorer(o.story));
    for (const a of articles) {
      const at = this.storyIndexOf.get(a);
      if (at === undefined) continue;
      const s = this.stories.resolve(at);
      if (done.has(s.index)) continue;
      done.add(s.index);
      // A copy of the story's profile: the scorer caches what it was given, and a merge into s changes s.
      let view = profileOf(s);
      const links: { other: StoryState; score: Score }[] = [];
      for (const c of this.stories.candidates(s, s.index)) {
        if (s.mergedInto !== undefined) break;
        const other = this.stories.resolve(c.index);
        if (other === s) continue;
        const score = scorer.score(view, other);
        if (score.total >= o.merge && this.stories.accepts(s, score) && this.stories.accepts(other, score)) {
          const [into, from] = other.index < s.index ? [other, s] : [s, other];
          this.stories.merge(into, from);
          merges.push({ into: into.id, from: from.id });
          if (into === s) view = profileOf(s);
        } else if (score.total >= o.related) {
          links.push({ other, score });
        }
      }
      // Evidence only for the links a story shows (the best relatedLimit): explaining is the costly part.
      links.sort((x, y) => y.score.total - x.score.total);
      for (const { other, score } of links.slice(0, o.relatedLimit)) {
        related.push({ a: s.id, b: other.id, evidence: explain(view, other, score, this.rarity) });
      }
    }
    return { merges, related };
  }

  /**
   * The stories an article's features score best against, best first, without placing it ("stories like this
   * article"): the same candidates and score as placement, at most `limit` (≤ options.story.candidates).
   */
  rank(f: ArticleFeatures, limit: number = this.options.story.candidates): StoryRank[] {
    const o = this.options.story;
    const p = articleProfile(f, timeOfArticle(f), o.keyNames);
    const out: StoryRank[] = [];
    for (const s of this.stories.candidates(p)) {
      const q = f.monthDay === undefined ? p : articleProfile(f, timeOfArticle(f, s.first), o.keyNames);
      const score = scoreProfiles(q, s, o);
      out.push({ story: s.id, accepted: this.stories.accepts(s, score), evidence: explain(q, s, score, this.rarity) });
    }
    out.sort((a, b) => b.evidence.scores.total - a.evidence.scores.total || (a.story < b.story ? -1 : 1));
    return out.slice(0, Math.max(0, limit));
  }

  /** The grouping so far: reconciled stories, copy groups and related links. */
  finish(): Grouping {
    this.reconcile();
    const live = this.stories.live();
    const related = new Map<number, RelatedLink[]>();
    const link = (a: StoryState, b: StoryState, total: number, ev: RelatedLink['evidence']): void => {
      const list = related.get(a.index) ?? [];
      if (!list.some((l) => l.story === b.id)) list.push({ story: b.id, evidence: ev });
      related.set(a.index, list);
      void total;
    };
    for (const s of live) {
      for (const c of this.stories.candidates(s, s.index)) {
        const other = this.stories.resolve(c.index);
        if (other === s || other.index < s.index) continue;
        const score = scoreProfiles(s, other, this.options.story);
        if (score.total < this.options.related) continue;
        link(s, other, score.total, explain(s, other, score, this.rarity));
        link(other, s, score.total, explain(other, s, score, this.rarity));
      }
    }
    const storyOf = new Map<ArticleId, StoryId>();
    const groups: StoryGroup[] = live.map((s) => {
      const articles = [...s.articles].sort((a, b) => this.arrival.get(a)! - this.arrival.get(b)!);
      for (const a of articles) storyOf.set(a, s.id);
      const byRoot = new Map<ArticleId, ArticleId[]>();
      for (const a of articles) {
        const root = this.copyRoot(a);
        const g = byRoot.get(root) ?? [];
        g.push(a);
        byRoot.set(root, g);
      }
      const links = (related.get(s.index) ?? [])
        .sort((a, b) => b.evidence.scores.total - a.evidence.scores.total)
        .slice(0, this.options.relatedLimit);
      return {
        id: s.id,
        articles,
        copies: [...byRoot.values()].filter((g) => g.length > 1),
        related: links,
        ...(s.first !== undefined && s.last !== undefined ? { span: { first: s.first, last: s.last } } : {}),
      };
    });
    return { stories: groups, placements: this.placements, storyOf };
  }
}
