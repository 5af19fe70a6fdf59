/**
 * A corpus kept in a Store: articles are added in batches, each placed by the same Grouper as `analyze` and stored
 * with its placement in one transaction; the in-memory state (vocabulary and document counts, copy index, story
 * index) is a cache of the store, rebuilt on open by replaying the stored features along their stored placements
 * and merges (no scoring), and brought up to date before every write with what other processes appended.
 *
 * After each batch the stories it touched are reconciled (merged when they now score as one story; related links
 * recorded), in the same transaction. Batches made of the same new articles therefore give the same stories
 * whether or not a run was interrupted between them.
 */
import type { Article } from '../model/article.js';
import { StoreError, type InputError } from '../model/errors.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import type { Evidence, Placement } from '../model/story.js';
import { FeatureExtractor } from '../features/extract.js';
import { Rarity } from '../features/rarity.js';
import { topIds } from '../features/vector.js';
import { DEFAULT_GROUP_OPTIONS, Grouper, groupOptions, type GroupOptions, type StoryMerge } from '../group/grouper.js';
import type { StoryVectors } from '../group/story-index.js';
import type { IngestItem } from '../ingest/index.js';
import { normaliseArticle } from '../normalise/index.js';
import { EMPTY_HEAD, type FileRecord, type LogEntry, type NewArticle, type PlacementRef, type RelatedUpdate, type Store, type StoreHead, type StoryUpdate, type TermRows } from './types.js';

/** Options of a stored corpus. */
export interface CorpusOptions {
  /**
   * Grouping options. When given they are saved in the store and used from then on; when absent, those saved in
   * the store are used (the defaults for a new store).
   */
  readonly group?: GroupOptions;
  /** Progress while replaying the store on open: articles replayed so far. */
  readonly onRestore?: (articles: number) => void;
}

/** What opening took. */
export interface RestoreStats {
  readonly articles: number;
  readonly merges: number;
  readonly terms: number;
  readonly ms: number;
  /** CPU time of this process while restoring. */
  readonly cpuMs: number;
}

/** What became of one article given to `add`. */
export interface ArticleOutcome {
  readonly id: ArticleId;
  /** `stored` now, or `existing`: stored before (or earlier in the same batch), nothing written. */
  readonly status: 'stored' | 'existing';
  /** The story it belongs to after the batch (merges applied). */
  readonly story: StoryId;
  /** For a stored article: its arrival number and placement. */
  readonly seq?: number;
  readonly placement?: Placement;
}

/** The outcome of one batch. */
export interface BatchResult {
  /** One per article given, in order. */
  readonly articles: readonly ArticleOutcome[];
  readonly merges: readonly StoryMerge[];
  readonly head: StoreHead;
}

/** A story like a given article, with the evidence. */
export interface SimilarStory {
  readonly story: StoryId;
  /** The article would be placed in it (score over the join threshold and the story's cohesion bar). */
  readonly accepted: boolean;
  readonly evidence: Evidence;
}

interface State {
  readonly rarity: Rarity;
  readonly extractor: FeatureExtractor;
  readonly grouper: Grouper;
  head: StoreHead;
}

/** Meta key of the saved grouping options. */
const OPTIONS_KEY = 'group_options';
/** Most articles one group commit takes (concurrent `enqueue` calls beyond it wait for the next). */
const MAX_GROUP = 512;
/** Names shown and searched per story. */
const STORY_NAMES = 12;

/** Normalise ingest items: the articles, and the rejections (ingest or normalisation) with their reasons. */
export function normaliseItems(items: Iterable<IngestItem>): { articles: Article[]; rejected: InputError[]; bytes: number } {
  const articles: Article[] = [];
  const rejected: InputError[] = [];
  let bytes = 0;
  for (const item of items) {
    if (item.kind === 'rejected') {
      rejected.push(item.error);
      continue;
    }
    bytes += item.bytes;
    const n = normaliseArticle(item.article);
    if (n.kind === 'rejected') rejected.push(n.error);
    else articles.push(n.article);
  }
  return { articles, rejected, bytes };
}

/** A corpus kept in a store. */
export class StoredCorpus {
  readonly store: Store;
  readonly options: GroupOptions;
  readonly restored: RestoreStats;
  private state: State | undefined;
  /** State changes of this process, one after another. */
  private lane: Promise<unknown> = Promise.resolve();
  private readonly pending: { articles: readonly Article[]; files: readonly FileRecord[]; resolve: (r: BatchResult) => void; reject: (e: unknown) => void }[] = [];
  private flushing = false;

  private constructor(store: Store, options: GroupOptions, state: State, restored: RestoreStats) {
    this.store = store;
    this.options = options;
    this.state = state;
    this.restored = restored;
  }

  /** Open a corpus on a store: read the options, replay the store into memory. */
  static async open(store: Store, options: CorpusOptions = {}): Promise<StoredCorpus> {
    let group = options.group;
    if (group === undefined) {
      const saved = await store.getMeta(OPTIONS_KEY);
      group = saved === undefined ? DEFAULT_GROUP_OPTIONS : parseSavedOptions(saved, store.location);
    } else {
      const chosen = group;
      await store.write(async (w) => w.setMeta(OPTIONS_KEY, JSON.stringify(chosen)));
    }
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const state = await restoreState(store, group, options.onRestore);
    const cpu = process.cpuUsage(cpu0);
    const head = state.head;
    const restored: RestoreStats = {
      articles: state.grouper.articles,
      merges: head.merges,
      terms: head.terms,
      ms: Math.round(performance.now() - t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    };
    return new StoredCorpus(store, group, state, restored);
  }

  /** The log position the in-memory state has replayed up to. */
  get head(): StoreHead {
    return this.state?.head ?? EMPTY_HEAD;
  }

  /** Word rarity of the corpus (read only: interning terms outside a write would desynchronise ids). */
  get rarity(): Rarity | undefined {
    return this.state?.rarity;
  }

  /**
   * Store a batch of articles in one transaction: each new one is placed and stored with its placement, the
   * touched stories are reconciled, and the vocabulary, stories and related links are updated. Articles stored
   * before are skipped. `files` are recorded as read in the same transaction. Nothing is kept of a failed batch.
   */
  add(articles: readonly Article[], files: readonly FileRecord[] = []): Promise<BatchResult> {
    return this.exclusive(async () => {
      let placing = false;
      try {
        return await this.store.write((w) => {
          placing = true;
          return this.addIn(w, articles, files);
        });
      } catch (e) {
        // Placed in memory but not committed (the commit itself can fail): the state is no longer the store's.
        if (placing) this.state = undefined;
        throw e;
      }
    });
  }

  /**
   * Like `add`, but batches the articles of concurrent calls into one transaction (group commit): what an HTTP
   * server calls per request. Resolves with this call's articles once they are committed.
   */
  enqueue(articles: readonly Article[], files: readonly FileRecord[] = []): Promise<BatchResult> {
    return new Promise<BatchResult>((resolve, reject) => {
      this.pending.push({ articles, files, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Replay what other processes stored since the last look. Returns the articles replayed. */
  sync(): Promise<number> {
    return this.exclusive(async () => {
      const state = await this.ready();
      const to = await this.store.head();
      const before = state.grouper.articles;
      if (!sameHead(to, state.head)) await this.guard(() => catchUp(state, this.store, to));
      return state.grouper.articles - before;
    });
  }

  /** The stories a stored article is most like, best first (its own story among them); undefined for an unknown article. */
  async similar(id: ArticleId, limit = 10): Promise<SimilarStory[] | undefined> {
    const stored = await this.store.getFeatures(id);
    if (stored === undefined) return undefined;
    if (stored.seq > this.head.articles) await this.sync();
    return this.exclusive(async () => {
      const state = await this.ready();
      return state.grouper.rank(stored.features, limit).map((r) => ({ story: r.story, accepted: r.accepted, evidence: r.evidence }));
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const take: typeof this.pending = [];
      let n = 0;
      while (this.pending.length > 0 && (take.length === 0 || n + this.pending[0]!.articles.length <= MAX_GROUP)) {
        const p = this.pending.shift()!;
        take.push(p);
        n += p.articles.length;
      }
      try {
        const result = await this.add(
          take.flatMap((t) => t.articles),
          take.flatMap((t) => t.files),
        );
        let at = 0;
        for (const t of take) {
          t.resolve({ articles: result.articles.slice(at, at + t.articles.length), merges: result.merges, head: result.head });
          at += t.articles.length;
        }
      } catch (e) {
        for (const t of take) t.reject(e);
      }
    }
    this.flushing = false;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.lane.then(fn, fn);
    this.lane = next.catch(() => undefined);
    return next;
  }

  /** The in-memory state, rebuilt from the store when a failure dropped it. */
  private async ready(): Promise<State> {
    this.state ??= await restoreState(this.store, this.options);
    return this.state;
  }

  /** Run a change of the in-memory state; when it fails part-way the state is dropped (and rebuilt on next use). */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      this.state = undefined;
      throw e;
    }
  }

  private async addIn(w: Parameters<Parameters<Store['write']>[0]>[0], articles: readonly Article[], files: readonly FileRecord[]): Promise<BatchResult> {
    const state = await this.ready();
    return this.guard(async () => {
      const { rarity, extractor, grouper } = state;
      const to = await w.head();
      if (!sameHead(to, state.head)) await catchUp(state, w, to);
      const next = await w.nextStoryNumber();
      if (next !== grouper.nextStoryNumber) {
        throw new StoreError('store.failed', `${this.store.location}: story numbering out of step (store at ${next}, memory at ${grouper.nextStoryNumber}); the state is reloaded on the next write`);
      }
      const known = await w.existing(articles.map((a) => a.id));
      const outcomes = new Map<ArticleId, ArticleOutcome>();
      const rows: NewArticle[] = [];
      const firstTerm = rarity.size;
      for (const a of articles) {
        if (outcomes.has(a.id) || known.has(a.id)) continue;
        const features = extractor.extract(a);
        const placement = grouper.place(features);
        rows.push({ article: a, features, placement });
        outcomes.set(a.id, { id: a.id, status: 'stored', story: placement.story, placement });
      }
      const rec = rows.length === 0 ? { merges: [], related: [] } : grouper.reconcileArticles(rows.map((r) => r.article.id));
      if (rarity.size > firstTerm) {
        const s = rarity.snapshot(firstTerm, false);
        const terms: TermRows = { first: s.first, terms: s.terms, labels: s.labels, background: s.background };
        await w.appendTerms(terms);
      }
      const seqs = await w.appendArticles(rows);
      seqs.forEach((seq, i) => {
        const id = rows[i]!.article.id;
        if (seq === undefined) throw new StoreError('store.failed', `${this.store.location}: article ${id} appeared while the write lock was held; the state is reloaded on the next write`);
        outcomes.set(id, { ...outcomes.get(id)!, seq });
      });
      const last = seqs.length === 0 ? to.articles : seqs[seqs.length - 1]!;
      if (rec.merges.length > 0) await w.recordMerges(rec.merges, last);
      const live = (id: StoryId): StoryId => grouper.story(id)?.id ?? id;
      const related: RelatedUpdate[] = [];
      for (const r of rows) {
        const p = r.placement;
        if (p.kind === 'new' && p.nearest !== undefined) related.push({ a: p.story, b: p.nearest.story, evidence: p.nearest.evidence });
      }
      related.push(...rec.related);
      await w.putRelated(related.map((r) => ({ a: live(r.a), b: live(r.b), evidence: r.evidence })).filter((r) => r.a !== r.b));
      const touched = new Set<StoryId>();
      // Stories whose vectors changed (a copy changes only the span and the article list).
      const summed = new Set<StoryId>();
      for (const r of rows) {
        touched.add(live(r.placement.story));
        if (r.placement.kind !== 'copy') summed.add(live(r.placement.story));
      }
      for (const m of rec.merges) {
        touched.add(live(m.into));
        summed.add(live(m.into));
      }
      await w.updateStories([...touched].map((id) => storyUpdate(state, id, summed.has(id))));
      // A story merged away keeps the vectors it had then; they may include articles of this batch.
      const gone: { id: StoryId; vectors: StoryVectors }[] = [];
      for (const m of rec.merges) {
        const vectors = grouper.storyVectors(m.from);
        if (vectors !== undefined) gone.push({ id: m.from, vectors });
      }
      if (gone.length > 0) await w.putStoryVectors(gone);
      for (const f of files) await w.recordFile(f);
      state.head = await w.head();
      const result: ArticleOutcome[] = [];
      const given = new Set<ArticleId>();
      for (const a of articles) {
        const mine = outcomes.get(a.id);
        if (mine !== undefined && !given.has(a.id)) result.push({ ...mine, story: live(mine.story) });
        else result.push({ id: a.id, status: 'existing', story: known.get(a.id) ?? live(mine!.story) });
        given.add(a.id);
      }
      return { articles: result, merges: rec.merges, head: state.head };
    });
  }
}

function parseSavedOptions(json: string, location: string): GroupOptions {
  try {
    return groupOptions(JSON.parse(json) as Parameters<typeof groupOptions>[0]);
  } catch (e) {
    throw new StoreError('store.version', `${location}: the saved grouping options are unreadable (${e instanceof Error ? e.message : String(e)}); pass --window-days to save new ones`, { cause: e });
  }
}

function sameHead(a: StoreHead, b: StoreHead): boolean {
  return a.articles === b.articles && a.merges === b.merges && a.terms === b.terms;
}

async function restoreState(store: Store, options: GroupOptions, onRestore?: (articles: number) => void): Promise<State> {
  const rarity = new Rarity();
  const state: State = { rarity, extractor: new FeatureExtractor({ rarity }), grouper: new Grouper(rarity, options), head: EMPTY_HEAD };
  const point = await store.restorePoint();
  state.grouper.reserve(point.head.articles);
  await catchUp(state, store, point.head, onRestore, point.vectors);
  return state;
}

/** Replay the log from `state.head` to `to`: vocabulary, then articles and merges in order. */
async function catchUp(
  state: State,
  source: { readLog(after: StoreHead, to?: StoreHead): AsyncIterable<readonly LogEntry[]>; readTerms(from: number, to: number): Promise<TermRows> },
  to: StoreHead,
  onRestore?: (articles: number) => void,
  stored?: ReadonlyMap<StoryId, StoryVectors>,
): Promise<void> {
  const { rarity, grouper } = state;
  if (to.articles < state.head.articles || to.merges < state.head.merges || to.terms < state.head.terms || rarity.size !== state.head.terms) {
    throw new StoreError('store.failed', 'the store is behind this process\'s state (was it replaced while open?); restart');
  }
  if (to.terms > state.head.terms) {
    const t = await source.readTerms(state.head.terms, to.terms);
    rarity.restore({ ...t, documents: 0, df: new Int32Array(0) });
  }
  for await (const chunk of source.readLog(state.head, to)) {
    for (const e of chunk) {
      if (e.kind === 'merge') {
        grouper.replayMerge(e.into, e.from, stored);
        continue;
      }
      const f = e.features;
      // The document counts the extractor made for this article, in the same order: they are not stored.
      rarity.observeIds(f.body.ids);
      rarity.observeIds(f.names.ids);
      rarity.observeIds(f.numbers.ids);
      grouper.replay(f, placementOf(f.article, e.placed), stored);
    }
    onRestore?.(grouper.articles);
  }
  state.head = to;
}

/**
 * Evidence of replayed placements: the in-memory state needs only where each article went; the evidence stays in
 * the store (`getArticle`), so replaying never parses it.
 */
const NOT_LOADED: Evidence = Object.freeze({ terms: [], names: [], numbers: [], clashes: [], scores: Object.freeze({ body: 0, names: 0, numbers: 0, total: 0 }) });

function placementOf(article: ArticleId, p: PlacementRef): Placement {
  switch (p.kind) {
    case 'new':
      return { kind: 'new', article, story: p.story };
    case 'story':
      return { kind: 'story', article, story: p.story, evidence: NOT_LOADED };
    case 'copy':
      if (p.of === undefined) throw new StoreError('store.failed', `stored copy ${article} does not say what it copies`);
      return { kind: 'copy', article, story: p.story, of: p.of, jaccard: 0, containment: 0, exact: false };
  }
}

function storyUpdate(state: State, id: StoryId, withVectors: boolean): StoryUpdate {
  const s = state.grouper.story(id);
  if (s === undefined) throw new StoreError('store.failed', `story ${id} is not in memory`);
  const names: string[] = [];
  for (const t of topIds(s.names, STORY_NAMES)) {
    const label = state.rarity.label(t);
    names.push(label.startsWith('@') ? label.slice(1) : label);
  }
  return {
    id: s.id,
    articles: s.articles.length,
    versions: s.count,
    ...(s.first === undefined ? {} : { first: s.first }),
    ...(s.last === undefined ? {} : { last: s.last }),
    names: names.map((n) => n.replace(/\s+/g, '')).filter((n) => n !== ''),
    ...(withVectors ? { vectors: { body: s.body, names: s.names, numbers: s.numbers } } : {}),
  };
}
