// kill -9 in the middle of `retold ingest`: what was acknowledged survives, nothing is half-written, and running
// the same ingest again ends with exactly the store an uninterrupted run makes (bench/store-kill.ts does this on
// 10,000 articles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { synth, synthJsonl, withTempDir } from './store-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
const ARTICLES = 900;
const BATCH = 90;

/** Run `retold ingest`; with `killAfter`, SIGKILL it once it has acknowledged that many batches. */
function ingest(file: string, db: string, killAfter?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; acknowledged: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, 'ingest', file, '--db', db, '--batch', String(BATCH)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let acknowledged = 0;
    let buffered = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const m = /committed batch (\d+): (\d+) stored/.exec(line);
        if (m === null) continue;
        acknowledged = Number(m[2]);
        if (killAfter !== undefined && Number(m[1]) >= killAfter) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, acknowledged }));
  });
}

interface Snapshot {
  readonly articles: readonly [string, string][];
  readonly stories: readonly unknown[];
  readonly merges: number;
}

function snapshot(path: string): Snapshot {
  const db = new Database(path, { readonly: true });
  try {
    return {
      articles: db.prepare('SELECT id, story_id FROM articles ORDER BY id').raw().all() as [string, string][],
      stories: db.prepare('SELECT id, merged_into, articles, versions, title, first_ms, last_ms, names, vectors FROM stories ORDER BY id').raw().all(),
      merges: db.prepare('SELECT count(*) FROM merges').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

test('kill -9 mid-ingest: acknowledged batches survive whole, and ingesting again gives the uninterrupted store', { timeout: 240_000 }, () =>
  withTempDir(async (dir) => {
    const file = join(dir, 'corpus.jsonl');
    await writeFile(file, synthJsonl(synth(ARTICLES, 21)));
    const whole = join(dir, 'whole.db');
    const killed = join(dir, 'killed.db');

    const uninterrupted = await ingest(file, whole);
    assert.equal(uninterrupted.code, 0);

    const first = await ingest(file, killed, 4);
    assert.equal(first.signal, 'SIGKILL', 'the run was killed before it finished');
    assert.ok(first.acknowledged >= 4 * BATCH);
    const db = new Database(killed, { readonly: true });
    try {
      const [count, distinct] = db.prepare('SELECT count(*), count(DISTINCT id) FROM articles').raw().get() as [number, number];
      assert.ok(count >= first.acknowledged, `every acknowledged article is there (${count} ≥ ${first.acknowledged})`);
      assert.equal(count % BATCH, 0, 'only whole batches were committed');
      assert.ok(count < ARTICLES, 'the run did not finish');
      assert.equal(distinct, count);
      const orphans = db
        .prepare(
          `SELECT (SELECT count(*) FROM articles a LEFT JOIN log l ON l.seq = a.seq WHERE l.seq IS NULL)
                + (SELECT count(*) FROM log l LEFT JOIN articles a ON a.seq = l.seq WHERE a.seq IS NULL)
                + (SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL)
                + (SELECT count(*) FROM stories WHERE articles = 0 AND merged_into IS NULL)`,
        )
        .pluck()
        .get();
      assert.equal(orphans, 0, 'no article without its features or story, no empty story');
    } finally {
      db.close();
    }

    const second = await ingest(file, killed);
    assert.equal(second.code, 0);
    const a = snapshot(whole);
    const b = snapshot(killed);
    assert.equal(b.articles.length, new Set(synth(ARTICLES, 21).map((x) => x.record.id)).size, 'every article stored exactly once');
    assert.deepEqual(b.articles, a.articles, 'each article in the same story as in the uninterrupted run');
    assert.deepEqual(b.stories, a.stories, 'the same stories, figures, names and vectors');
    assert.equal(b.merges, a.merges);
  }));
