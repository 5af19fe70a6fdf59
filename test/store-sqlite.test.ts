// What only the SQLite store has: its file, its schema migrations, and what it refuses to open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../src/model/errors.js';
import { SCHEMA_VERSION, SqliteStore, StoredCorpus } from '../src/store/index.js';
import { synth, synthArticles, withTempDir } from './store-fixtures.js';

const ARTICLES = synthArticles(synth(150, 4));
const FIRST = ARTICLES.slice(0, 100);
const NEXT = ARTICLES.slice(100);

/** Turn a store into what Retold with schema 1 wrote: no full-text index, no files, no story vectors or sources. */
function makeVersion1(path: string): void {
  const db = new Database(path);
  db.exec(`
    DROP TABLE articles_fts;
    DROP TABLE files;
    ALTER TABLE stories DROP COLUMN vectors;
    ALTER TABLE stories DROP COLUMN sources;
    DELETE FROM meta WHERE key = 'search_seq';
    UPDATE meta SET value = '1' WHERE key = 'schema_version';
  `);
  db.close();
}

test('a store written by an older Retold is upgraded on open; its stories are rebuilt by full replay', () =>
  withTempDir(async (dir) => {
    const reference = join(dir, 'reference.db');
    const old = join(dir, 'old.db');
    const placementsOf = async (path: string, upgrade: boolean): Promise<unknown[]> => {
      let store = SqliteStore.open({ path });
      await (await StoredCorpus.open(store)).add(FIRST);
      await store.close();
      if (upgrade) makeVersion1(path);
      store = SqliteStore.open({ path });
      try {
        if (upgrade) {
          assert.equal(store.openedVersion, 1);
          assert.equal(store.schemaVersion, SCHEMA_VERSION);
          const point = await store.restorePoint();
          assert.equal(point.vectors.size, 0, 'an upgraded store has no stored story vectors yet');
        }
        const corpus = await StoredCorpus.open(store);
        assert.equal(corpus.restored.articles, FIRST.length);
        const placed = (await corpus.add(NEXT)).articles.map((o) => o.placement);
        await store.indexSearch();
        const word = FIRST[3]!.title!.split(' ').find((w) => w.length > 6)!;
        assert.ok((await store.search(word)).articles.some((h) => h.id === FIRST[3]!.id), 'the upgrade built the full-text index of the old articles');
        return placed;
      } finally {
        await store.close();
      }
    };
    const expected = await placementsOf(reference, false);
    assert.deepEqual(await placementsOf(old, true), expected, 'same placements after the upgrade as without it');
  }));

test('a database that is not a Retold store, or not a database, is refused with store.version', () =>
  withTempDir(async (dir) => {
    const foreign = join(dir, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    assert.throws(() => SqliteStore.open({ path: foreign }), (e: unknown) => e instanceof StoreError && e.code === 'store.version' && /not a Retold store \(it has no meta table\)/.test(e.message));
    const junk = join(dir, 'notes.db');
    await writeFile(junk, 'these are my notes, not a database '.repeat(200));
    assert.throws(() => SqliteStore.open({ path: junk }), (e: unknown) => e instanceof StoreError && e.code === 'store.version' && /is not an SQLite database/.test(e.message));
    assert.throws(() => SqliteStore.open({ path: join(dir, 'missing-folder', 'x.db') }), (e: unknown) => e instanceof StoreError && e.code === 'store.failed');
  }));

test('the file is in WAL mode with 16 KB pages; the search index follows the articles', () =>
  withTempDir(async (dir) => {
    const path = join(dir, 'store.db');
    const store = SqliteStore.open({ path });
    try {
      await (await StoredCorpus.open(store)).add(FIRST.slice(0, 20));
      await store.indexSearch();
      const db = new Database(path, { readonly: true });
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('page_size', { simple: true }), 16384);
      assert.equal(db.prepare('SELECT count(*) FROM articles_fts').pluck().get(), 20);
      assert.equal(db.prepare("SELECT value FROM meta WHERE key = 'search_seq'").pluck().get(), '20');
      db.close();
    } finally {
      await store.close();
    }
  }));

test('a long log is read on a worker thread: the restored state is the same as read in place', () =>
  withTempDir(async (dir) => {
    const a = join(dir, 'a.db');
    const b = join(dir, 'b.db');
    const first = SqliteStore.open({ path: a });
    await (await StoredCorpus.open(first)).add(FIRST);
    await first.close();
    await copyFile(a, b);
    const restoreAndUse = async (path: string, workerLogFrom: number): Promise<unknown[]> => {
      const store = SqliteStore.open({ path, workerLogFrom });
      try {
        const corpus = await StoredCorpus.open(store);
        assert.equal(corpus.restored.articles, FIRST.length);
        const out: unknown[] = [];
        for (const x of FIRST) out.push(await corpus.similar(x.id, 3));
        out.push((await corpus.add(NEXT)).articles.map((o) => o.placement));
        return out;
      } finally {
        await store.close();
      }
    };
    assert.deepEqual(await restoreAndUse(b, 1), await restoreAndUse(a, Number.MAX_SAFE_INTEGER));
  }));
