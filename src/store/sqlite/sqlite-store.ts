/**
 * The embedded store: one SQLite file (better-sqlite3) in WAL mode, nothing to start. Two connections per
 * process: a writer, used only inside `write` (one transaction under SQLite's write lock, taken with BEGIN
 * IMMEDIATE and retried without blocking the event loop while another process holds it), and a reader that
 * sees only committed data. `synchronous = FULL`: a committed batch survives a crash of the process and of the
 * machine.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Article, InputFormat } from '../../model/article.js';
import { RetoldError, StoreError } from '../../model/errors.js';
import { asArticleId, asStoryId, type ArticleId, type StoryId } from '../../model/ids.js';
import type { Evidence, Placement } from '../../model/story.js';
import type { ArticleSummary } from '../../model/summary.js';
import { decodeFeatures, decodeVectors, encodeFeatures, encodeVectors } from '../../features/codec.js';
import type { StoryVectors } from '../../group/story-index.js';
import { decodeStructure, encodeStructure } from '../article-codec.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type {
  ArticleHit,
  ArticleRow,
  FileRecord,
  LogEntry,
  NewArticle,
  PlacementRef,
  RelatedRow,
  RestorePoint,
  RelatedUpdate,
  SearchOptions,
  SearchResult,
  Store,
  StoredArticle,
  StoreHead,
  StoreStats,
  StoreWriter,
  StoryHit,
  StoryOrder,
  StoryPage,
  StoryQuery,
  StoryRecord,
  StoryUpdate,
  TermRows,
} from '../types.js';
import { ftsQuery } from './fts-query.js';
import { SearchIndexer } from './search-indexer.js';
import { readLogPages, type LogPage } from './log-reader.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';

type Db = Database.Database;

/** Prepared statements per connection, by SQL text: preparing costs more than running a small query. */
const statements = new WeakMap<Db, Map<string, Database.Statement>>();

function sql(db: Db, text: string): Database.Statement {
  let byText = statements.get(db);
  if (byText === undefined) statements.set(db, (byText = new Map()));
  let s = byText.get(text);
  if (s === undefined) byText.set(text, (s = db.prepare(text)));
  return s;
}

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  readonly path: string;
  /** How long `write` waits for another process's write lock before failing (default 30 s). */
  readonly lockTimeoutMs?: number;
  /** Told when full-text indexing fails (it is retried after the next write). */
  readonly onIndexError?: (message: string) => void;
  /** Log reads of at least this many articles run on a worker thread (default 20,000). */
  readonly workerLogFrom?: number;
}

/** Rows of the log read per query: bounds memory while replaying. */
const LOG_PAGE = 2000;
/** Log rows from which a read goes to a worker thread (below, starting one costs more than it saves). */
const WORKER_LOG = 20_000;
/** Article matches looked at when ranking stories by their articles. */
const STORY_SCAN = 1000;
/** bm25 weights of the title and text columns: a word in the headline says more. */
const BM25 = 'bm25(articles_fts, 4.0, 1.0)';

/** Open (creating or upgrading) an SQLite store. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  return Promise.resolve(SqliteStore.open(options));
}

/** Rethrow a database error as a StoreError that names the store; RetoldErrors and bugs pass unchanged. */
function wrap(e: unknown, location: string, doing: string): unknown {
  if (e instanceof RetoldError) return e;
  if (e instanceof Database.SqliteError) {
    if (e.code === 'SQLITE_NOTADB') {
      return new StoreError('store.version', `${location} is not an SQLite database (${e.message}); pass another --db file`, { cause: e });
    }
    const hint = e.code === 'SQLITE_FULL' ? ' (the disk is full)' : e.code.startsWith('SQLITE_READONLY') ? ' (the file or its folder is read-only)' : '';
    return new StoreError('store.failed', `${location}: ${doing} failed${hint}: ${e.message}`, { cause: e });
  }
  if (e instanceof TypeError && /database|directory/i.test(e.message)) {
    return new StoreError('store.failed', `${location}: ${doing} failed: ${e.message}`, { cause: e });
  }
  return e;
}

interface ArticleDbRow {
  seq: number;
  id: string;
  story_id: string;
  placement: string;
  path: string;
  record: number | null;
  format: string;
  external_id: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  lead: string;
  chars: number;
}

interface StoryDbRow {
  seq: number;
  id: string;
  created_at: number;
  updated_at: number;
  merged_into: string | null;
  articles: number;
  versions: number;
  title: string;
  first_ms: number | null;
  last_ms: number | null;
  names: string;
  sources: string | null;
}

const STORY_COLUMNS = 's.seq, s.id, s.created_at, s.updated_at, s.merged_into, s.articles, s.versions, s.title, s.first_ms, s.last_ms, s.names, s.sources';
const SUMMARY_COLUMNS = 'seq, id, story_id, placement, path, record, format, external_id, url, source, title, published, lead, chars';

/** SQLite implementation of Store. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  readonly schemaVersion: number;
  readonly openedVersion: number;
  private readonly writer: Db;
  private readonly reader: Db;
  private readonly lockTimeoutMs: number;
  private readonly workerLogFrom: number;
  /** Writes of this process, one after another (SQLite's lock orders them across processes). */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly writerApi: SqliteWriter;
  private readonly indexer: SearchIndexer;

  private constructor(writer: Db, reader: Db, options: SqliteStoreOptions, versions: { from: number; to: number }) {
    this.location = options.path;
    this.writer = writer;
    this.reader = reader;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
    this.workerLogFrom = options.workerLogFrom ?? WORKER_LOG;
    this.openedVersion = versions.from;
    this.schemaVersion = versions.to;
    this.writerApi = new SqliteWriter(writer, this.location);
    this.indexer = new SearchIndexer(this.location, options.onIndexError);
  }

  /** Synchronous open; see openSqliteStore. */
  static open(options: SqliteStoreOptions): SqliteStore {
    const location = options.path;
    let writer: Db | undefined;
    let reader: Db | undefined;
    try {
      writer = new Database(location, { timeout: options.lockTimeoutMs ?? 30_000 });
      // 16 KB pages hold an article's row without overflow pages: a quarter less CPU writing than 4 KB pages
      // (measured on the synthetic corpus). Only a new database takes it.
      if ((writer.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) === 0) writer.pragma('page_size = 16384');
      const mode = writer.pragma('journal_mode = WAL', { simple: true }) as string;
      if (mode.toLowerCase() !== 'wal') throw new StoreError('store.failed', `${location}: cannot use write-ahead logging (journal mode is ${mode}); put the store on a local disk`);
      writer.pragma('synchronous = FULL');
      writer.pragma('foreign_keys = OFF');
      const versions = migrate(writer, location);
      // Once migrated, BEGIN IMMEDIATE is retried by `write` without blocking the event loop.
      writer.pragma('busy_timeout = 50');
      // Checkpoints (copying the write-ahead log into the database) run on the search indexer's thread after each
      // of its steps; this connection does one itself only when the log has grown past 64 MB.
      writer.pragma('wal_autocheckpoint = 4096');
      reader = new Database(location, { readonly: true, timeout: 5000 });
      return new SqliteStore(writer, reader, options, versions);
    } catch (e) {
      reader?.close();
      writer?.close();
      throw wrap(e, location, 'opening the store');
    }
  }

  async write<T>(fn: (w: StoreWriter) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.check();
      await this.begin();
      try {
        const result = await fn(this.writerApi);
        this.writer.exec('COMMIT');
        this.indexer.poke();
        return result;
      } catch (e) {
        if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
        throw wrap(e, this.location, 'writing');
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** BEGIN IMMEDIATE, waiting (asynchronously) while another process holds the write lock. */
  private async begin(): Promise<void> {
    const deadline = Date.now() + this.lockTimeoutMs;
    for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
      try {
        this.writer.exec('BEGIN IMMEDIATE');
        return;
      } catch (e) {
        if (!(e instanceof Database.SqliteError) || !e.code.startsWith('SQLITE_BUSY') || Date.now() > deadline) {
          if (e instanceof Database.SqliteError && e.code.startsWith('SQLITE_BUSY')) {
            throw new StoreError('store.failed', `${this.location} is locked by another writer for more than ${this.lockTimeoutMs} ms; try again when its ingest is done`, { cause: e });
          }
          throw wrap(e, this.location, 'starting a write');
        }
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  private check(): void {
    if (this.closed) throw new StoreError('store.failed', `${this.location}: the store is closed`);
  }

  private read<T>(doing: string, fn: (db: Db) => T): Promise<T> {
    try {
      this.check();
      return Promise.resolve(fn(this.reader));
    } catch (e) {
      return Promise.reject(wrap(e, this.location, doing));
    }
  }

  head(): Promise<StoreHead> {
    return this.read('reading the head', headOf);
  }

  restorePoint(): Promise<RestorePoint> {
    return this.read('reading the restore point', (db) => {
      db.exec('BEGIN');
      try {
        const head = headOf(db);
        const vectors = new Map<StoryId, StoryVectors>();
        for (const [id, blob] of sql(db, 'SELECT id, vectors FROM stories WHERE vectors IS NOT NULL').raw().iterate() as IterableIterator<[string, Buffer]>) {
          const [body, names, numbers] = decodeVectors(blob);
          if (body === undefined || names === undefined || numbers === undefined) throw new StoreError('store.failed', `${this.location}: story ${id} has damaged vectors`);
          vectors.set(asStoryId(id), { body, names, numbers });
        }
        return { head, vectors };
      } finally {
        db.exec('COMMIT');
      }
    });
  }

  readLog(after: StoreHead, to?: StoreHead): AsyncIterable<readonly LogEntry[]> {
    this.check();
    const end = to ?? headOf(this.reader);
    // A long stretch (a restart) is read on a worker thread while the caller replays it.
    return readLogFrom(this.reader, this.location, after, end, end.articles - after.articles >= this.workerLogFrom);
  }

  readTerms(from: number, to: number): Promise<TermRows> {
    return this.read('reading the vocabulary', (db) => termsOf(db, from, to));
  }

  getMeta(key: string): Promise<string | undefined> {
    return this.read('reading meta', (db) => sql(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined);
  }

  existing(ids: readonly ArticleId[]): Promise<ReadonlyMap<ArticleId, StoryId>> {
    return this.read('looking up articles', (db) => existingIn(db, ids));
  }

  getArticle(id: ArticleId): Promise<StoredArticle | undefined> {
    return this.read('reading an article', (db) => {
      const r = sql(db, 'SELECT seq, id, story_id, placement, path, record, format, external_id, url, source, title, byline, published, text, structure, chrome, ingested_at FROM articles WHERE id = ?').get(id) as
        | (ArticleDbRow & { byline: string | null; text: string; structure: Buffer; chrome: string; ingested_at: number })
        | undefined;
      if (r === undefined) return undefined;
      const { paragraphs, sentences } = decodeStructure(r.structure, r.text);
      const article: Article = {
        kind: 'article',
        id: asArticleId(r.id),
        origin: { path: r.path, format: r.format as InputFormat, ...(r.record === null ? {} : { record: r.record }) },
        ...opt('externalId', r.external_id),
        ...opt('url', r.url),
        ...opt('source', r.source),
        ...opt('title', r.title),
        ...opt('byline', r.byline),
        ...opt('published', r.published),
        text: r.text,
        paragraphs,
        sentences,
        chrome: JSON.parse(r.chrome) as string[],
      };
      return { seq: r.seq, article, story: asStoryId(r.story_id), placement: JSON.parse(r.placement) as Placement, ingestedAt: r.ingested_at };
    });
  }

  getFeatures(id: ArticleId): Promise<{ readonly seq: number; readonly features: ReturnType<typeof decodeFeatures> } | undefined> {
    return this.read('reading features', (db) => {
      const r = sql(db, 'SELECT l.seq, l.features FROM articles a JOIN log l ON l.seq = a.seq WHERE a.id = ?').get(id) as { seq: number; features: Buffer } | undefined;
      return r === undefined ? undefined : { seq: r.seq, features: decodeFeatures(r.features, id) };
    });
  }

  getStory(id: StoryId): Promise<StoryRecord | undefined> {
    return this.read('reading a story', (db) => {
      const r = sql(db, `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`).get(id) as StoryDbRow | undefined;
      return r === undefined ? undefined : storyOf(db, r);
    });
  }

  storyArticles(id: StoryId): Promise<readonly ArticleRow[]> {
    return this.read('reading a story', (db) =>
      (sql(db, `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story_id = ? ORDER BY seq`).all(id) as ArticleDbRow[]).map(articleRowOf),
    );
  }

  relatedStories(id: StoryId, limit: number): Promise<readonly RelatedRow[]> {
    return this.read('reading related stories', (db) => {
      const mine = new Set<string>([id, ...(sql(db, 'SELECT id FROM stories WHERE merged_into = ?').pluck().all(id) as string[])]);
      const rows: { a: string; b: string; score: number; evidence: string }[] = [];
      const byA = sql(db, 'SELECT a, b, score, evidence FROM related WHERE a = ?');
      const byB = sql(db, 'SELECT a, b, score, evidence FROM related WHERE b = ?');
      for (const m of mine) rows.push(...(byA.all(m) as typeof rows), ...(byB.all(m) as typeof rows));
      const live = sql(db, 'SELECT coalesce(merged_into, id) FROM stories WHERE id = ?').pluck();
      const titleOf = sql(db, 'SELECT title FROM stories WHERE id = ?').pluck();
      const best = new Map<string, { score: number; evidence: string }>();
      for (const r of rows) {
        const other = live.get(mine.has(r.a) ? r.b : r.a) as string | undefined;
        if (other === undefined || mine.has(other)) continue;
        const seen = best.get(other);
        if (seen === undefined || r.score > seen.score) best.set(other, { score: r.score, evidence: r.evidence });
      }
      return [...best]
        .sort((x, y) => y[1].score - x[1].score || (x[0] < y[0] ? -1 : 1))
        .slice(0, Math.max(0, limit))
        .map(([story, v]) => ({ story: asStoryId(story), title: (titleOf.get(story) as string | undefined) ?? story, evidence: JSON.parse(v.evidence) as Evidence }));
    });
  }

  listStories(query: StoryQuery): Promise<StoryPage> {
    return this.read('listing stories', (db) => listStoriesIn(db, query));
  }

  async indexSearch(): Promise<void> {
    const head = await this.head();
    await this.indexer.until(head.articles);
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.read('searching', (db) => searchIn(db, query, options));
  }

  getFile(path: string): Promise<FileRecord | undefined> {
    return this.read('reading files', (db) => {
      const r = sql(db, 'SELECT path, size, mtime_ms, articles, rejected FROM files WHERE path = ?').get(path) as
        | { path: string; size: number; mtime_ms: number; articles: number; rejected: number }
        | undefined;
      return r === undefined ? undefined : { path: r.path, size: r.size, mtimeMs: r.mtime_ms, articles: r.articles, rejected: r.rejected };
    });
  }

  stats(): Promise<StoreStats> {
    return this.read('reading figures', (db) => {
      const c = sql(
        db,
        `SELECT (SELECT count(*) FROM articles) AS articles,
                (SELECT count(*) FROM stories WHERE merged_into IS NULL) AS stories,
                (SELECT count(*) FROM stories WHERE merged_into IS NOT NULL) AS merged,
                (SELECT count(*) FROM terms) AS terms`,
      ).get() as { articles: number; stories: number; merged: number; terms: number };
      let bytes = 0;
      for (const suffix of ['', '-wal', '-shm']) {
        try {
          bytes += statSync(this.location + suffix).size;
        } catch {
          // A missing journal is no error.
        }
      }
      return { schemaVersion: this.schemaVersion, ...c, bytes };
    });
  }

  /** Fold the write-ahead log into the database file (for measuring its size; SQLite also does it by itself). */
  checkpoint(): void {
    this.check();
    this.writer.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    this.closed = true;
    await this.indexer.close();
    this.reader.close();
    this.writer.close();
  }
}

/** The operations of one write transaction on the writer connection. */
class SqliteWriter implements StoreWriter {
  private readonly insertArticle: Database.Statement;
  private readonly insertLog: Database.Statement;
  private readonly insertStory: Database.Statement;
  private readonly updateStory: Database.Statement;

  constructor(
    private readonly db: Db,
    private readonly location: string,
  ) {
    this.insertArticle = sql(db, 
      `INSERT INTO articles (id, story_id, kind, placement, path, record, format, external_id, url, source,
                             title, byline, published, lead, chars, text, structure, chrome, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    );
    this.insertLog = sql(db, 'INSERT INTO log (seq, id, kind, story, copy_of, features) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertStory = sql(db, 'INSERT INTO stories (seq, id, created_at, updated_at) VALUES (?, ?, ?, ?)');
    this.updateStory = sql(db, 
      `UPDATE stories SET articles = @articles, versions = @versions, first_ms = @first, last_ms = @last, names = @names,
              vectors = coalesce(@vectors, vectors),
              updated_at = coalesce((SELECT max(seq) FROM articles WHERE story_id = @id), updated_at),
              title = coalesce((SELECT title FROM articles WHERE story_id = @id AND title IS NOT NULL ORDER BY seq LIMIT 1),
                               (SELECT lead FROM articles WHERE story_id = @id ORDER BY seq LIMIT 1), title),
              sources = (SELECT coalesce(group_concat(source, char(31)), '')
                         FROM (SELECT DISTINCT source FROM articles WHERE story_id = @id AND source IS NOT NULL ORDER BY source))
       WHERE id = @id AND merged_into IS NULL`,
    );
  }

  head(): Promise<StoreHead> {
    return Promise.resolve(headOf(this.db));
  }

  readLog(after: StoreHead): AsyncIterable<readonly LogEntry[]> {
    return readLogFrom(this.db, this.location, after, headOf(this.db));
  }

  readTerms(from: number, to: number): Promise<TermRows> {
    return Promise.resolve(termsOf(this.db, from, to));
  }

  existing(ids: readonly ArticleId[]): Promise<ReadonlyMap<ArticleId, StoryId>> {
    return Promise.resolve(existingIn(this.db, ids));
  }

  nextStoryNumber(): Promise<number> {
    return Promise.resolve(((sql(this.db, 'SELECT max(seq) FROM stories').pluck().get() as number | null) ?? 0) + 1);
  }

  appendTerms(rows: TermRows): Promise<void> {
    const count = sql(this.db, 'SELECT coalesce(max(id) + 1, 0) FROM terms').pluck().get() as number;
    if (rows.first !== count) {
      throw new StoreError('store.failed', `${this.location}: vocabulary out of step (appending from term ${rows.first}, ${count} stored); restart to reload the store`);
    }
    const insert = sql(this.db, 'INSERT INTO terms (id, term, label, background) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < rows.terms.length; i++) insert.run(rows.first + i, rows.terms[i]!, rows.labels[i]!, rows.background[i]!);
    return Promise.resolve();
  }

  appendArticles(rows: readonly NewArticle[]): Promise<(number | undefined)[]> {
    const now = Date.now();
    const seqs: (number | undefined)[] = [];
    for (const { article: a, features, placement: p } of rows) {
      if (p.article !== a.id || features.article !== a.id) throw new RangeError(`appendArticles: placement or features of another article than ${a.id}`);
      const lead = leadOf(a);
      const info = this.insertArticle.run(
        a.id,
        p.story,
        p.kind,
        JSON.stringify(p),
        a.origin.path,
        a.origin.record ?? null,
        a.origin.format,
        a.externalId ?? null,
        a.url ?? null,
        a.source ?? null,
        a.title ?? null,
        a.byline ?? null,
        a.published ?? null,
        lead,
        a.text.length,
        a.text,
        encodeStructure(a),
        JSON.stringify(a.chrome),
        now,
      );
      if (info.changes === 0) {
        seqs.push(undefined);
        continue;
      }
      const seq = Number(info.lastInsertRowid);
      seqs.push(seq);
      this.insertLog.run(seq, a.id, p.kind, p.story, p.kind === 'copy' ? p.of : null, encodeFeatures(features));
      if (p.kind === 'new') {
        const m = /^s(\d+)$/.exec(p.story);
        if (m === null) throw new RangeError(`story id ${p.story} is not "s" + digits`);
        this.insertStory.run(Number(m[1]), p.story, seq, seq);
      }
    }
    return Promise.resolve(seqs);
  }

  recordMerges(merges: readonly { readonly into: StoryId; readonly from: StoryId }[], afterArticle: number): Promise<void> {
    const live = sql(this.db, 'SELECT merged_into IS NULL FROM stories WHERE id = ?').pluck();
    const insert = sql(this.db, 'INSERT INTO merges (into_id, from_id, after_article, at_ms) VALUES (?, ?, ?, ?)');
    const move = sql(this.db, 'UPDATE articles SET story_id = ? WHERE story_id = ?');
    const mark = sql(this.db, 'UPDATE stories SET merged_into = ?, merged_at = ? WHERE id = ? OR merged_into = ?');
    const now = Date.now();
    for (const { into, from } of merges) {
      if (into === from || live.get(into) !== 1 || live.get(from) !== 1) {
        throw new StoreError('store.failed', `${this.location}: cannot merge story ${from} into ${into}: both must be stored and live; restart to reload the store`);
      }
      const seq = Number(insert.run(into, from, afterArticle, now).lastInsertRowid);
      move.run(into, from);
      mark.run(into, seq, from, from);
    }
    return Promise.resolve();
  }

  updateStories(rows: readonly StoryUpdate[]): Promise<void> {
    for (const r of rows) {
      const vectors = r.vectors === undefined ? null : encodeVectors([r.vectors.body, r.vectors.names, r.vectors.numbers]);
      const info = this.updateStory.run({ articles: r.articles, versions: r.versions, first: r.first ?? null, last: r.last ?? null, names: r.names.join(' '), vectors, id: r.id });
      if (info.changes === 0) throw new StoreError('store.failed', `${this.location}: story ${r.id} is not stored or not live; restart to reload the store`);
    }
    return Promise.resolve();
  }

  putStoryVectors(rows: readonly { readonly id: StoryId; readonly vectors: StoryVectors }[]): Promise<void> {
    const put = sql(this.db, 'UPDATE stories SET vectors = ? WHERE id = ?');
    for (const r of rows) {
      if (put.run(encodeVectors([r.vectors.body, r.vectors.names, r.vectors.numbers]), r.id).changes === 0) {
        throw new StoreError('store.failed', `${this.location}: story ${r.id} is not stored; restart to reload the store`);
      }
    }
    return Promise.resolve();
  }

  putRelated(rows: readonly RelatedUpdate[]): Promise<void> {
    const put = sql(this.db, 
      `INSERT INTO related (a, b, score, evidence, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(a, b) DO UPDATE SET score = excluded.score, evidence = excluded.evidence, updated_at = excluded.updated_at`,
    );
    const now = Date.now();
    for (const r of rows) {
      if (r.a === r.b) continue;
      const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
      put.run(a, b, r.evidence.scores.total, JSON.stringify(r.evidence), now);
    }
    return Promise.resolve();
  }

  setMeta(key: string, value: string): Promise<void> {
    sql(this.db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    return Promise.resolve();
  }

  recordFile(f: FileRecord): Promise<void> {
    sql(
      this.db,
      `INSERT INTO files (path, size, mtime_ms, articles, rejected, seen_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, articles = excluded.articles,
                                       rejected = excluded.rejected, seen_at = excluded.seen_at`,
    ).run(f.path, f.size, f.mtimeMs, f.articles, f.rejected, Date.now());
    return Promise.resolve();
  }
}

// ---- shared by both connections ----

function headOf(db: Db): StoreHead {
  const r = sql(db, 'SELECT (SELECT coalesce(max(seq), 0) FROM articles) AS a, (SELECT coalesce(max(seq), 0) FROM merges) AS m, (SELECT coalesce(max(id) + 1, 0) FROM terms) AS t')
    .get() as { a: number; m: number; t: number };
  return { articles: r.a, merges: r.m, terms: r.t };
}

function termsOf(db: Db, from: number, to: number): TermRows {
  const rows = sql(db, 'SELECT id, term, label, background FROM terms WHERE id >= ? AND id < ? ORDER BY id').raw().all(from, to) as [number, string, string, number][];
  const terms: string[] = [];
  const labels: string[] = [];
  const background = new Float32Array(rows.length);
  rows.forEach(([id, term, label, bg], i) => {
    if (id !== from + i) throw new StoreError('store.failed', `vocabulary has a gap at term id ${from + i}; the store is damaged`);
    terms.push(term);
    labels.push(label);
    background[i] = bg;
  });
  return { first: from, terms, labels, background };
}

function existingIn(db: Db, ids: readonly ArticleId[]): Map<ArticleId, StoryId> {
  const found = new Map<ArticleId, StoryId>();
  const storyOf = sql(db, 'SELECT story_id FROM articles WHERE id = ?').pluck();
  for (const id of ids) {
    const story = storyOf.get(id) as string | undefined;
    if (story !== undefined) found.set(id, asStoryId(story));
  }
  return found;
}

/** Rows of the log read on this thread, in the shape the log reader's worker sends them. */
async function* logPagesHere(db: Db, after: number, to: number): AsyncGenerator<LogPage> {
  const page = sql(db, 'SELECT seq, id, kind, story, copy_of, features FROM log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?').raw();
  for (let cursor = after; ; ) {
    const rows = page.all(cursor, to, LOG_PAGE) as [number, string, string, string, string | null, Buffer][];
    if (rows.length === 0) return;
    const offsets = new Int32Array(rows.length);
    const lengths = new Int32Array(rows.length);
    const seqs = new Float64Array(rows.length);
    let bytes = 0;
    for (const r of rows) bytes += (r[5].length + 3) & ~3;
    const buf = new Uint8Array(bytes);
    let at = 0;
    rows.forEach((r, i) => {
      seqs[i] = r[0];
      buf.set(r[5], at);
      offsets[i] = at;
      lengths[i] = r[5].length;
      at += (r[5].length + 3) & ~3;
    });
    yield { seqs, ids: rows.map((r) => r[1]), kinds: rows.map((r) => r[2]), stories: rows.map((r) => r[3]), copies: rows.map((r) => r[4]), buf, offsets, lengths };
    cursor = rows[rows.length - 1]![0];
  }
}

async function* readLogFrom(db: Db, location: string, after: StoreHead, to: StoreHead, worker = false): AsyncGenerator<readonly LogEntry[]> {
  const merges = (
    sql(db, 'SELECT seq, into_id, from_id, after_article FROM merges WHERE seq > ? AND seq <= ? ORDER BY seq').all(after.merges, to.merges) as {
      seq: number;
      into_id: string;
      from_id: string;
      after_article: number;
    }[]
  ).map((m): LogEntry => ({ kind: 'merge', seq: m.seq, into: asStoryId(m.into_id), from: asStoryId(m.from_id), afterArticle: m.after_article }));
  let mi = 0;
  let chunk: LogEntry[] = [];
  const flushMerges = (upTo: number): void => {
    for (let m = merges[mi]; m !== undefined && m.kind === 'merge' && m.afterArticle <= upTo; m = merges[++mi]) chunk.push(m);
  };
  flushMerges(after.articles);
  const pages = worker ? readLogPages(location, after.articles, to.articles) : logPagesHere(db, after.articles, to.articles);
  try {
    for await (const p of pages) {
      for (let i = 0; i < p.seqs.length; i++) {
        const seq = p.seqs[i]!;
        const id = asArticleId(p.ids[i]!);
        let features;
        try {
          features = decodeFeatures(p.buf.subarray(p.offsets[i]!, p.offsets[i]! + p.lengths[i]!), id);
        } catch (e) {
          throw new StoreError('store.version', `${location}: article ${id} (seq ${seq}): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
        const kind = p.kinds[i] as Placement['kind'];
        const story = asStoryId(p.stories[i]!);
        const of = p.copies[i];
        const placed: PlacementRef = of === null || of === undefined ? { kind, story } : { kind, story, of: asArticleId(of) };
        chunk.push({ kind: 'article', seq, features, placed });
        flushMerges(seq);
      }
      yield chunk;
      chunk = [];
    }
  } catch (e) {
    throw wrap(e instanceof Error && !(e instanceof RetoldError) && e.message.startsWith('reading the log failed') ? new StoreError('store.failed', `${location}: ${e.message}`, { cause: e }) : e, location, 'reading the log');
  }
  flushMerges(Number.POSITIVE_INFINITY);
  if (chunk.length > 0) yield chunk;
}

function opt<K extends string>(key: K, v: string | null): { [P in K]?: string } {
  return (v === null ? {} : { [key]: v }) as { [P in K]?: string };
}

function leadOf(a: Article): string {
  const first = a.sentences[0]?.text ?? a.text.slice(0, 200);
  return first.length > 240 ? first.slice(0, 239) + '…' : first;
}

function articleRowOf(r: ArticleDbRow): ArticleRow {
  const summary: ArticleSummary = {
    id: asArticleId(r.id),
    path: r.path,
    format: r.format as InputFormat,
    chars: r.chars,
    lead: r.lead,
    ...opt('title', r.title),
    ...(r.record === null ? {} : { record: r.record }),
    ...opt('externalId', r.external_id),
    ...opt('url', r.url),
    ...opt('source', r.source),
    ...opt('published', r.published),
  };
  return { seq: r.seq, summary, story: asStoryId(r.story_id), placement: JSON.parse(r.placement) as Placement };
}

function storyOf(db: Db, r: StoryDbRow): StoryRecord {
  // Kept on the story by each batch since schema 3; a story not touched since an upgrade is looked up.
  const sources =
    r.sources !== null
      ? r.sources === ''
        ? []
        : r.sources.split('\x1f')
      : (sql(db, 'SELECT DISTINCT source FROM articles WHERE story_id = ? AND source IS NOT NULL').pluck().all(r.merged_into ?? r.id) as string[]);
  return {
    id: asStoryId(r.id),
    title: r.title,
    articles: r.articles,
    versions: r.versions,
    ...(r.first_ms === null ? {} : { first: r.first_ms }),
    ...(r.last_ms === null ? {} : { last: r.last_ms }),
    names: r.names === '' ? [] : r.names.split(' '),
    sources: [...sources].sort((a, b) => a.localeCompare(b)),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(r.merged_into === null ? {} : { mergedInto: asStoryId(r.merged_into) }),
  };
}

const ORDER_KEY: Readonly<Record<StoryOrder, string>> = { updated: 's.updated_at', created: 's.seq', size: 's.articles' };

function listStoriesIn(db: Db, q: StoryQuery): StoryPage {
  const order = q.order ?? 'updated';
  const key = ORDER_KEY[order];
  if (key === undefined) throw new RetoldError('usage', `order must be one of ${Object.keys(ORDER_KEY).join(', ')}; got ${JSON.stringify(order)}`);
  const limit = q.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new RetoldError('usage', `limit must be a whole number from 1 to 500; got ${limit}`);
  if (q.cursor !== undefined && q.offset !== undefined) throw new RetoldError('usage', 'pass cursor or offset, not both');
  if (q.offset !== undefined && (!Number.isInteger(q.offset) || q.offset < 0)) throw new RetoldError('usage', `offset must be a whole number ≥ 0; got ${q.offset}`);
  const where = ['s.merged_into IS NULL'];
  const args: (string | number)[] = [];
  if (q.from !== undefined) {
    where.push('s.last_ms >= ?');
    args.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('s.first_ms <= ?');
    args.push(q.to);
  }
  for (const word of (q.entity ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '')) {
    where.push("s.names LIKE ? ESCAPE '\\'");
    args.push(`%${word.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  }
  if (q.source !== undefined) {
    where.push('EXISTS (SELECT 1 FROM articles a WHERE a.source = ? AND a.story_id = s.id)');
    args.push(q.source);
  }
  const filter = where.join(' AND ');
  const total = sql(db, `SELECT count(*) FROM stories s WHERE ${filter}`).pluck().get(...args) as number;
  const pageWhere = [filter];
  const pageArgs = [...args];
  if (q.cursor !== undefined) {
    const c = decodeCursor(q.cursor, order);
    pageWhere.push(order === 'created' ? 's.seq < ?' : `(${key}, s.seq) < (?, ?)`);
    if (order === 'created') pageArgs.push(c.seq);
    else pageArgs.push(c.key, c.seq);
  }
  const orderBy = order === 'created' ? 's.seq DESC' : `${key} DESC, s.seq DESC`;
  const rows = sql(db, `SELECT ${STORY_COLUMNS} FROM stories s WHERE ${pageWhere.join(' AND ')} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
    .all(...pageArgs, limit + 1, q.offset ?? 0) as StoryDbRow[];
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  const lastKey = last === undefined ? 0 : order === 'updated' ? last.updated_at : order === 'size' ? last.articles : last.seq;
  return {
    stories: shown.map((r) => storyOf(db, r)),
    total,
    ...(more && last !== undefined ? { next: encodeCursor(order, lastKey, last.seq) } : {}),
  };
}

function searchIn(db: Db, query: string, options: SearchOptions): SearchResult {
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new RetoldError('usage', `limit must be a whole number from 1 to 200; got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new RetoldError('usage', `offset must be a whole number ≥ 0; got ${offset}`);
  const match = ftsQuery(query);
  if (match === undefined) throw new RetoldError('usage', `search query ${JSON.stringify(query.slice(0, 80))} has no word to look for`);
  const hitColumns = `a.id, a.story_id, a.title, a.source, a.published, snippet(articles_fts, -1, '**', '**', '…', 16) AS snip, ${BM25} AS rank`;
  type HitRow = { id: string; story_id: string; title: string | null; source: string | null; published: string | null; snip: string; rank: number };
  const hitOf = (r: HitRow): ArticleHit => ({
    id: asArticleId(r.id),
    story: asStoryId(r.story_id),
    ...opt('title', r.title),
    ...opt('source', r.source),
    ...opt('published', r.published),
    snippet: r.snip,
    score: Math.round(-r.rank * 1000) / 1000,
  });
  const articles = (
    sql(db, `SELECT ${hitColumns} FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`)
      .all(match, limit, offset) as HitRow[]
  ).map(hitOf);
  const groups = sql(
    db,
    `WITH hits AS (SELECT rowid, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ${STORY_SCAN})
     SELECT a.story_id AS story, min(h.rank) AS best, count(*) AS n, h.rowid AS seq
     FROM hits h JOIN articles a ON a.seq = h.rowid GROUP BY a.story_id ORDER BY best LIMIT ? OFFSET ?`,
  ).all(match, limit, offset) as { story: string; best: number; n: number; seq: number }[];
  const bestHit = sql(db, `SELECT ${hitColumns} FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid = ?`);
  const story = sql(db, `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`);
  const stories: StoryHit[] = [];
  for (const g of groups) {
    const s = story.get(g.story) as StoryDbRow | undefined;
    const best = bestHit.get(match, g.seq) as HitRow | undefined;
    if (s === undefined || best === undefined) continue;
    stories.push({ story: storyOf(db, s), score: Math.round(-g.best * 1000) / 1000, matches: g.n, best: hitOf(best) });
  }
  return { query, articles, stories };
}

export { SCHEMA_VERSION };
