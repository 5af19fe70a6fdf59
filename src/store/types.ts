/**
 * The Store: what Retold keeps of a corpus between runs, behind one interface with one implementation per
 * database (src/store/sqlite/ now; a PostgreSQL one can follow and must pass test/store-contract.test.ts).
 *
 * What is stored, per article: its metadata, normalised text and structure, its placement (with evidence) and its
 * grouping features (src/features/codec.ts); per story: its statistics, merges and related links; the vocabulary
 * the features' term ids refer to. The in-memory indexes are a cache of this: they are rebuilt by replaying the
 * log (articles in arrival order, the merges between them), never by scoring again.
 *
 * Rules every implementation keeps, so that several processes (or, with PostgreSQL, many workers) can share a
 * store without an invariant only one process's memory enforces:
 * - One writer at a time, by a lock of the database (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock) held
 *   for one `write` call, which is one transaction: all of it commits or none of it.
 * - Arrival order (`seq` of articles and merges) is allocated by the database on insert.
 * - An article is inserted at most once: its content-derived id is the key, a second insert does nothing.
 * - Story ids are numbered from the database's largest one, read under the write lock; the key rejects a clash.
 * - A writer first replays what other writers appended since its last look (`head` / `readLog`).
 * Methods are async for the sake of client/server databases; the SQLite one resolves at once.
 */
import type { Article } from '../model/article.js';
import type { ArticleFeatures } from '../model/features.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import type { Evidence, Placement } from '../model/story.js';
import type { ArticleSummary } from '../model/summary.js';
import type { StoryVectors } from '../group/story-index.js';

/** Where a store lives. */
export type StoreOptions =
  | {
      readonly kind: 'sqlite';
      /** Database file; created when missing. */
      readonly path: string;
      /** How long a writer waits for another process's write lock before failing (default 30 s). */
      readonly lockTimeoutMs?: number;
    }
  | { readonly kind: 'postgres'; readonly url: string };

/** How far a store's log goes: the position a reader has replayed up to. */
export interface StoreHead {
  /** Largest article `seq` (0 when none). */
  readonly articles: number;
  /** Largest merge `seq` (0 when none). */
  readonly merges: number;
  /** Number of vocabulary terms (ids 0 … terms − 1). */
  readonly terms: number;
}

/** The head of an empty store. */
export const EMPTY_HEAD: StoreHead = Object.freeze({ articles: 0, merges: 0, terms: 0 });

/** A slice of the vocabulary: terms with ids `first`, `first + 1`, … */
export interface TermRows {
  readonly first: number;
  readonly terms: readonly string[];
  readonly labels: readonly string[];
  readonly background: Float32Array;
}

/** Where an article was placed on arrival, without the evidence (which `getArticle` returns). */
export interface PlacementRef {
  readonly kind: Placement['kind'];
  readonly story: StoryId;
  /** For a copy: the article it copies. */
  readonly of?: ArticleId;
}

/** One step of the log, in the order it happened. */
export type LogEntry =
  | { readonly kind: 'article'; readonly seq: number; readonly features: ArticleFeatures; readonly placed: PlacementRef }
  | { readonly kind: 'merge'; readonly seq: number; readonly into: StoryId; readonly from: StoryId; readonly afterArticle: number };

/** An article to append, with what grouping decided for it. */
export interface NewArticle {
  readonly article: Article;
  readonly features: ArticleFeatures;
  readonly placement: Placement;
}

/** A story's figures after a batch (written by the writer that holds the in-memory state). */
export interface StoryUpdate {
  readonly id: StoryId;
  /** Articles, copies included. */
  readonly articles: number;
  /** Independent tellings (articles that are not copies). */
  readonly versions: number;
  /** Time span (ms) when any article is dated. */
  readonly first?: number;
  readonly last?: number;
  /** The story's heaviest names (lower case), heaviest first: what the `entity` filter searches. */
  readonly names: readonly string[];
  /** Its centroid vectors, when the batch changed them: kept so that a restart need not sum them again. */
  readonly vectors?: StoryVectors;
}

/** Where a restart starts from: a head, and the stored story vectors as they are at that head. */
export interface RestorePoint {
  readonly head: StoreHead;
  readonly vectors: ReadonlyMap<StoryId, StoryVectors>;
}

/** A related link between two live stories. */
export interface RelatedUpdate {
  readonly a: StoryId;
  readonly b: StoryId;
  readonly evidence: Evidence;
}

/** What the store knows of an input file (for `watch`: unchanged files are not read again). */
export interface FileRecord {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Articles read from it (stored now or before). */
  readonly articles: number;
  readonly rejected: number;
}

/** A stored article, whole. */
export interface StoredArticle {
  readonly seq: number;
  readonly article: Article;
  /** The story it belongs to now (after merges). */
  readonly story: StoryId;
  readonly placement: Placement;
  /** When it was stored (ms since the epoch). */
  readonly ingestedAt: number;
}

/** A stored article without its text: what story listings show. */
export interface ArticleRow {
  readonly seq: number;
  readonly summary: ArticleSummary;
  readonly story: StoryId;
  readonly placement: Placement;
}

/** A stored story. */
export interface StoryRecord {
  readonly id: StoryId;
  /** Title of its first titled article, else the first article's lead. */
  readonly title: string;
  readonly articles: number;
  readonly versions: number;
  readonly first?: number;
  readonly last?: number;
  readonly names: readonly string[];
  /** Distinct sources of its articles, sorted. */
  readonly sources: readonly string[];
  /** `seq` of the article that started it and of the latest article added. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Set when the story was merged into another; its articles are there now. */
  readonly mergedInto?: StoryId;
}

/** A related story as stored, seen from one story. */
export interface RelatedRow {
  readonly story: StoryId;
  readonly title: string;
  readonly evidence: Evidence;
}

/** Sort orders of story listings; all newest first. */
export type StoryOrder = 'updated' | 'created' | 'size';

/** Filters and page of a story listing. */
export interface StoryQuery {
  /** Only stories whose time span reaches into [from, to] (ms); undated stories are then left out. */
  readonly from?: number;
  readonly to?: number;
  /** Each word must be part of one of the story's names (case-insensitive). */
  readonly entity?: string;
  /** Only stories with an article from this source (case-insensitive, exact). */
  readonly source?: string;
  readonly order?: StoryOrder;
  /** 1–500; default 50. */
  readonly limit?: number;
  /** Opaque cursor from a previous page (`next`); or `offset`, not both. */
  readonly cursor?: string;
  readonly offset?: number;
}

/** One page of stories. */
export interface StoryPage {
  readonly stories: readonly StoryRecord[];
  /** Stories matching the filters, over all pages. */
  readonly total: number;
  /** Cursor of the next page, when there is one. */
  readonly next?: string;
}

/** An article matching a full-text query. */
export interface ArticleHit {
  readonly id: ArticleId;
  readonly story: StoryId;
  readonly title?: string;
  readonly source?: string;
  readonly published?: string;
  /** Text around the best match, matched words between `**`. */
  readonly snippet: string;
  /** bm25 relevance: larger is better. */
  readonly score: number;
}

/** A story matching a full-text query through its articles. */
export interface StoryHit {
  readonly story: StoryRecord;
  /** Best article score of the story. */
  readonly score: number;
  /** Matching articles of the story (among the first `scan` matches). */
  readonly matches: number;
  /** The story's best matching article. */
  readonly best: ArticleHit;
}

/** Full-text search results. */
export interface SearchResult {
  readonly query: string;
  readonly articles: readonly ArticleHit[];
  readonly stories: readonly StoryHit[];
}

/** Options of a search. */
export interface SearchOptions {
  /** Articles and stories returned, each (1–200; default 20). */
  readonly limit?: number;
  readonly offset?: number;
}

/** Figures of a store. */
export interface StoreStats {
  readonly schemaVersion: number;
  readonly articles: number;
  readonly stories: number;
  /** Stories merged into another. */
  readonly merged: number;
  readonly terms: number;
  /** Bytes on disk (database, journal), when the implementation can tell. */
  readonly bytes?: number;
}

/** The operations of one write transaction. */
export interface StoreWriter {
  head(): Promise<StoreHead>;
  /** Log entries after `after`, up to the current head, in order (see Store.readLog). */
  readLog(after: StoreHead): AsyncIterable<readonly LogEntry[]>;
  readTerms(from: number, to: number): Promise<TermRows>;
  /** Which of these articles are stored, with the story each belongs to now. */
  existing(ids: readonly ArticleId[]): Promise<ReadonlyMap<ArticleId, StoryId>>;
  /** One more than the largest story number stored (1 for an empty store). */
  nextStoryNumber(): Promise<number>;
  /** Appends vocabulary; `rows.first` must equal the stored term count. */
  appendTerms(rows: TermRows): Promise<void>;
  /**
   * Appends articles in order; returns each one's `seq`, or undefined for an article already stored (nothing
   * is written for it). A `new` placement creates its story.
   */
  appendArticles(rows: readonly NewArticle[]): Promise<(number | undefined)[]>;
  /** Records merges (in order) made after article `afterArticle`; moves the merged stories' articles. */
  recordMerges(merges: readonly { readonly into: StoryId; readonly from: StoryId }[], afterArticle: number): Promise<void>;
  /** Sets the figures of stories (they must exist); also refreshes their title and `updatedAt`. */
  updateStories(rows: readonly StoryUpdate[]): Promise<void>;
  /** Sets the stored vectors of stories, live or merged (a story merged away keeps those it had then). */
  putStoryVectors(rows: readonly { readonly id: StoryId; readonly vectors: StoryVectors }[]): Promise<void>;
  /** Adds or refreshes related links (stored once per pair). */
  putRelated(rows: readonly RelatedUpdate[]): Promise<void>;
  setMeta(key: string, value: string): Promise<void>;
  recordFile(file: FileRecord): Promise<void>;
}

/** A Retold store. */
export interface Store {
  readonly kind: StoreOptions['kind'];
  /** File path or URL without credentials, for messages. */
  readonly location: string;
  /** Schema version of the open store (after any upgrade). */
  readonly schemaVersion: number;
  /** The schema version the store had when opened (lower when `open` upgraded it). */
  readonly openedVersion: number;

  /** Runs `fn` holding the write lock, in one transaction; a throw rolls all of it back. */
  write<T>(fn: (w: StoreWriter) => Promise<T>): Promise<T>;

  head(): Promise<StoreHead>;
  /** The head and the story vectors at that head, read together (one snapshot). */
  restorePoint(): Promise<RestorePoint>;
  /**
   * The log after `after` up to `to` (default: the head now), in chunks: each article, and after the article
   * it followed each merge. Reading up to a head read once keeps it consistent while others write.
   */
  readLog(after: StoreHead, to?: StoreHead): AsyncIterable<readonly LogEntry[]>;
  /** Vocabulary ids from `from` to `to` − 1. */
  readTerms(from: number, to: number): Promise<TermRows>;
  getMeta(key: string): Promise<string | undefined>;

  /** Which of these articles are stored, with the story each belongs to now. */
  existing(ids: readonly ArticleId[]): Promise<ReadonlyMap<ArticleId, StoryId>>;
  getArticle(id: ArticleId): Promise<StoredArticle | undefined>;
  getFeatures(id: ArticleId): Promise<{ readonly seq: number; readonly features: ArticleFeatures } | undefined>;
  /** A story by id, merged ones included (then `mergedInto` says where it went). */
  getStory(id: StoryId): Promise<StoryRecord | undefined>;
  /** Articles of a live story in arrival order. */
  storyArticles(id: StoryId): Promise<readonly ArticleRow[]>;
  /** Related stories of a live story, best first, merged ends followed to live stories. */
  relatedStories(id: StoryId, limit: number): Promise<readonly RelatedRow[]>;
  listStories(query: StoryQuery): Promise<StoryPage>;
  /**
   * Full-text search. The index follows the stored articles within moments (it is kept up off the write path):
   * call `indexSearch` first to see every article committed so far.
   */
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Resolves once the full-text index covers every article committed so far. */
  indexSearch(): Promise<void>;
  getFile(path: string): Promise<FileRecord | undefined>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
