/**
 * Versioned schema of the SQLite store. Each migration runs once, in its own transaction, and the version
 * reached is written to `meta.schema_version`; a store written by an older Retold is upgraded on open, one
 * written by a newer one (or a database that is not a Retold store) is refused with a StoreError
 * (`store.version`) that says what to do. Never edit a released migration: add the next one.
 */
import type Database from 'better-sqlite3';
import { StoreError } from '../../model/errors.js';

/** One step of the schema. */
export interface SqliteMigration {
  readonly version: number;
  readonly description: string;
  readonly up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly SqliteMigration[] = Object.freeze([
  {
    version: 1,
    description: 'articles with features and placements, stories, merges, related links, vocabulary',
    up: (db) =>
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        -- seq: arrival order, allocated by the database; id: content-derived key (an insert is idempotent on it).
        CREATE TABLE articles (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          story_id TEXT NOT NULL,              -- the story it belongs to now (moved by merges)
          kind TEXT NOT NULL CHECK (kind IN ('copy', 'story', 'new')),
          placement TEXT NOT NULL,             -- JSON Placement with its evidence
          path TEXT NOT NULL,
          record INTEGER,
          format TEXT NOT NULL,
          external_id TEXT,
          url TEXT,
          source TEXT COLLATE NOCASE,
          title TEXT,
          byline TEXT,
          published TEXT,
          lead TEXT NOT NULL,
          chars INTEGER NOT NULL,
          text TEXT NOT NULL,                  -- normalised body text
          structure BLOB NOT NULL,             -- paragraphs and sentences (src/store/article-codec.ts)
          chrome TEXT NOT NULL,                -- JSON array of removed chrome lines
          ingested_at INTEGER NOT NULL
        );
        -- The replay log: what grouping needs of each article, in arrival order. Apart from the text so that
        -- a row fits in a page and replaying reads no overflow pages.
        CREATE TABLE log (
          seq INTEGER PRIMARY KEY,             -- = articles.seq
          id TEXT NOT NULL,
          kind TEXT NOT NULL,
          story TEXT NOT NULL,                 -- the story it was placed in on arrival
          copy_of TEXT,
          features BLOB NOT NULL               -- ArticleFeatures (src/features/codec.ts)
        );
        CREATE INDEX articles_story ON articles(story_id, seq);
        CREATE INDEX articles_source ON articles(source, story_id);
        -- seq: the number in the id ('s' + 6+ digits), so that ids follow the database's numbering.
        CREATE TABLE stories (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          created_at INTEGER NOT NULL,         -- seq of the article that started it
          updated_at INTEGER NOT NULL,         -- seq of its latest article
          merged_into TEXT,                    -- the live story it was merged into (kept pointing at a live one)
          merged_at INTEGER,                   -- seq of the merge
          articles INTEGER NOT NULL DEFAULT 0,
          versions INTEGER NOT NULL DEFAULT 0,
          title TEXT NOT NULL DEFAULT '',
          first_ms REAL,
          last_ms REAL,
          names TEXT NOT NULL DEFAULT ''       -- heaviest names, lower case, space-separated
        );
        CREATE INDEX stories_updated ON stories(updated_at, seq) WHERE merged_into IS NULL;
        CREATE INDEX stories_size ON stories(articles, seq) WHERE merged_into IS NULL;
        CREATE INDEX stories_merged ON stories(merged_into) WHERE merged_into IS NOT NULL;
        CREATE TABLE merges (
          seq INTEGER PRIMARY KEY,
          into_id TEXT NOT NULL,
          from_id TEXT NOT NULL,
          after_article INTEGER NOT NULL,      -- replayed after this article
          at_ms INTEGER NOT NULL
        );
        CREATE TABLE related (
          a TEXT NOT NULL,
          b TEXT NOT NULL,
          score REAL NOT NULL,
          evidence TEXT NOT NULL,              -- JSON Evidence, as seen from a
          updated_at INTEGER NOT NULL,
          PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX related_b ON related(b);
        -- The vocabulary the features' term ids refer to; ids are Rarity's.
        CREATE TABLE terms (
          id INTEGER PRIMARY KEY,
          term TEXT NOT NULL UNIQUE,
          label TEXT NOT NULL,
          background REAL NOT NULL
        );
      `),
  },
  {
    version: 2,
    description: 'full-text search over articles (FTS5, bm25); files seen by watch',
    up: (db) =>
      db.exec(`
        CREATE VIRTUAL TABLE articles_fts USING fts5(
          title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        -- Articles up to this seq are in the index (src/store/sqlite/search-indexer.ts keeps it up).
        INSERT INTO meta (key, value) SELECT 'search_seq', coalesce(max(seq), 0) FROM articles;
        CREATE TABLE files (
          path TEXT PRIMARY KEY,
          size INTEGER NOT NULL,
          mtime_ms REAL NOT NULL,
          articles INTEGER NOT NULL,
          rejected INTEGER NOT NULL,
          seen_at INTEGER NOT NULL
        ) WITHOUT ROWID;
      `),
  },
  {
    version: 3,
    description: "each story's centroid vectors (a restart replays no sums) and sources, written with every batch that changes them",
    up: (db) => db.exec('ALTER TABLE stories ADD COLUMN vectors BLOB; ALTER TABLE stories ADD COLUMN sources TEXT;'),
  },
]);

/** The schema version this Retold writes. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Schema version of an open database: 0 when empty; throws StoreError for a database that is not a Retold store. */
export function schemaVersionOf(db: Database.Database, location: string): number {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return 0;
  if (!tables.includes('meta')) {
    throw new StoreError(
      'store.version',
      `${location} is an SQLite database but not a Retold store (it has no meta table); pass another --db file`,
    );
  }
  const raw = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as string | undefined;
  const version = raw === undefined ? NaN : Number(raw);
  if (!Number.isInteger(version) || version < 1) {
    throw new StoreError('store.version', `${location} has an unknown schema version (${JSON.stringify(raw ?? null)}); it was not written by Retold, pass another --db file`);
  }
  return version;
}

/**
 * Brings the schema to `target` (default: the latest), each migration in its own transaction taken with the write
 * lock, so that two processes opening one store at once upgrade it once. Returns the version found and reached.
 */
export function migrate(db: Database.Database, location: string, target: number = SCHEMA_VERSION): { from: number; to: number } {
  let from = -1;
  for (;;) {
    db.exec('BEGIN IMMEDIATE');
    try {
      const version = schemaVersionOf(db, location);
      if (from < 0) from = version;
      if (version > SCHEMA_VERSION) {
        throw new StoreError(
          'store.version',
          `${location} has schema version ${version}, written by a newer Retold; this one reads versions up to ${SCHEMA_VERSION}. Upgrade Retold, or pass another --db file`,
        );
      }
      const next = MIGRATIONS.find((m) => m.version > version && m.version <= target);
      if (next === undefined) {
        db.exec('COMMIT');
        return { from, to: version };
      }
      next.up(db);
      const set = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
      set.run('schema_version', String(next.version));
      if (version === 0) {
        set.run('application', 'retold');
        set.run('created_at', new Date().toISOString());
      }
      db.exec('COMMIT');
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw e;
    }
  }
}
