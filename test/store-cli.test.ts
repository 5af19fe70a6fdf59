// The store commands end to end: ingest, stories, story, search, similar, watch, serve — exit codes, output, JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { synth, synthJsonl, withTempDir } from './store-fixtures.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
const EXAMPLES = join(ROOT, 'examples', 'corpus');

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Resolves with the first stdout line matching `re`. */
function waitFor(child: ChildProcessWithoutNullStreams, re: RegExp, ms = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; stdout so far: ${out}`)), ms);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => re.test(l));
      if (line !== undefined) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(line);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before ${re}; stdout: ${out}`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams): Promise<number | null> => new Promise((resolve) => child.once('exit', (code) => resolve(code)));

test('ingest, then stories, story and search read the store (text and --json)', { timeout: 180_000 }, () =>
  withTempDir(async (dir) => {
    const db = join(dir, 'r.db');
    const first = await cli(['ingest', EXAMPLES, '--db', db, '--batch', '6']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /committed batch 1: 6 stored, 0 already stored, 0 rejected/);
    assert.match(first.stdout, /^49 articles stored, 0 already stored, 0 rejected in [\d.]+ s; .* holds 49 articles in \d+ stories/m);
    const again = await cli(['ingest', EXAMPLES, '--db', db, '--json', '--quiet']);
    assert.equal(again.code, 0);
    const totals = JSON.parse(again.stdout) as { stored: number; existing: number; store: { articles: number } };
    assert.deepEqual([totals.stored, totals.existing, totals.store.articles], [0, 49, 49]);

    const list = await cli(['stories', '--db', db, '--json', '--order', 'size', '--limit', '3']);
    assert.equal(list.code, 0, list.stderr);
    const page = JSON.parse(list.stdout) as { stories: { id: string; articles: number; title: string }[]; total: number; next?: string };
    assert.equal(page.stories.length, 3);
    assert.ok(page.next !== undefined && page.total > 3);
    const text = await cli(['stories', '--db', db, '--limit', '2', '--order', 'size']);
    assert.match(text.stdout, new RegExp(`^${page.total} stories, 2 shown$`, 'm'));
    assert.match(text.stdout, /^next page: --cursor \S+$/m);

    const biggest = page.stories[0]!;
    const story = await cli(['story', biggest.id, '--db', db, '--json']);
    const view = JSON.parse(story.stdout) as { story: { id: string }; articles: { placement: { kind: string } }[] };
    assert.equal(view.story.id, biggest.id);
    assert.equal(view.articles.length, biggest.articles);
    const shown = await cli(['story', biggest.id, '--db', db]);
    assert.match(shown.stdout, new RegExp(`^${biggest.id}  `));
    assert.match(shown.stdout, /joined \(score [\d.]+; shares /);
    const merged = await cli(['story', 's000011', '--db', db]);
    assert.equal(merged.code, 0);
    assert.match(merged.stderr, /story s000011 was merged into s000010; showing that/);
    const missing = await cli(['story', 's424242', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no story s424242 in /);

    const word = biggest.title.split(' ').find((w) => /^[A-Z][a-z]{5,}$/.test(w))!;
    const found = await cli(['search', word, '--db', db, '--json']);
    const hits = JSON.parse(found.stdout) as { articles: { snippet: string }[]; stories: { story: { id: string } }[] };
    assert.ok(hits.articles.length > 0 && hits.articles.every((h) => h.snippet.includes(`**`)));
    assert.ok(hits.stories.some((h) => h.story.id === biggest.id));

    const similar = await cli(['similar', view.articles.length > 0 ? JSON.parse(story.stdout).articles[0].id : '', '--db', db, '--json']);
    const like = JSON.parse(similar.stdout) as { story: string; stories: { own: boolean }[] };
    assert.equal(like.story, biggest.id);
    assert.equal(like.stories[0]!.own, true);

    const withPaths = await cli(['stories', join(EXAMPLES, 'a', 'bridge', 'wire.txt'), '--json']);
    assert.equal(withPaths.code, 0, 'with paths, `stories` still analyses them (no store)');
  }));

test('ingest reports rejected inputs and exits 1; a foreign database is refused with exit 2', { timeout: 120_000 }, () =>
  withTempDir(async (dir) => {
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    await copyFile(join(EXAMPLES, 'a', 'bridge', 'wire.txt'), join(inputs, 'wire.txt'));
    await writeFile(join(inputs, 'bad.jsonl'), '{"title": "fine", "text": "A line of text about the bridge opening."}\n{not json}\n');
    const r = await cli(['ingest', inputs, '--db', join(dir, 'r.db')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.jsonl \(record 2\): /);
    assert.match(r.stdout, /^2 articles stored, 0 already stored, 1 rejected/m);
    const foreign = join(dir, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const refused = await cli(['stories', '--db', foreign]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /not a Retold store/);
  }));

test('watch ingests files as they appear, once; Ctrl-C stops it cleanly', { timeout: 120_000 }, () =>
  withTempDir(async (dir) => {
    const folder = join(dir, 'drop');
    await mkdir(folder);
    const db = join(dir, 'w.db');
    const child = spawn(process.execPath, [...CLI, 'watch', folder, '--db', db, '--debounce', '200', '--rescan', '1'], { cwd: ROOT });
    try {
      const items = synth(12, 8);
      await writeFile(join(folder, 'one.jsonl'), synthJsonl(items.slice(0, 8)));
      assert.match(await waitFor(child, /one\.jsonl: /), /one\.jsonl: 8 stored, 0 already stored, 0 rejected/);
      await mkdir(join(folder, 'later'));
      await writeFile(join(folder, 'later', 'two.jsonl'), synthJsonl(items.slice(4)));
      assert.match(await waitFor(child, /two\.jsonl: /), /two\.jsonl: 4 stored, 4 already stored, 0 rejected/);
      child.kill('SIGINT');
      assert.equal(await exited(child), 0);
    } finally {
      child.kill('SIGKILL');
    }
    const store = new Database(db, { readonly: true });
    assert.equal(store.prepare('SELECT count(*) FROM articles').pluck().get(), 12);
    assert.equal(store.prepare('SELECT count(*) FROM files').pluck().get(), 2);
    store.close();
  }));

test('serve: the API on a loopback port, then a clean stop', { timeout: 120_000 }, () =>
  withTempDir(async (dir) => {
    const db = join(dir, 's.db');
    const child = spawn(process.execPath, [...CLI, 'serve', '--db', db, '--port', '0'], { cwd: ROOT, env: { ...process.env, RETOLD_TOKEN: 'tok' } });
    try {
      const url = await waitFor(child, /^http:\/\//);
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/api/health`);
      assert.equal(health.status, 200);
      const record = synth(1, 3)[0]!.record;
      const denied = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(record) });
      assert.equal(denied.status, 401);
      const posted = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' }, body: JSON.stringify(record) });
      assert.equal(posted.status, 201);
      const { articles } = (await posted.json()) as { articles: { story: string }[] };
      const story = await fetch(`${url}/api/stories/${articles[0]!.story}`);
      assert.equal(story.status, 200);
      child.kill('SIGTERM');
      assert.equal(await exited(child), 0);
    } finally {
      child.kill('SIGKILL');
    }
  }));
