// The store commands end to end: ingest, stories, story, search, similar, watch, serve — exit codes, output, JSON.
// Commands that end on their own run in this process (the modules load once; each run is a fresh commander program
// with the store commands, as src/cli/main.ts builds it); what needs a real process runs as one: main.ts's own
// error mapping (exit 2), and watch and serve, which stop on a signal. Those run concurrently with each other.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import Database from 'better-sqlite3';
import { registerStoreCommands } from '../src/cli/store-commands.js';
import { synth, synthJsonl, withTempDir } from './store-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
const EXAMPLES = join(ROOT, 'examples', 'corpus');

type Write = typeof process.stdout.write;

/**
 * Runs `retold <args>` in this process: the store commands on a fresh program, stdout and stderr captured, the
 * exit code taken from process.exitCode (then cleared) and 2 for a thrown error, as main.ts maps them. Only string
 * writes are captured: the test runner reports to stdout in binary, and that must pass.
 */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const capture = (stream: NodeJS.WriteStream, key: 'stdout' | 'stderr'): Write => {
    const original = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
      if (typeof chunk !== 'string') return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
      out[key] += chunk;
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as Write;
    return original;
  };
  const stdout = capture(process.stdout, 'stdout');
  const stderr = capture(process.stderr, 'stderr');
  let code: number;
  try {
    const p = new Command('retold').exitOverride();
    registerStoreCommands(p);
    await p.parseAsync(['node', 'retold', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    out.stderr += `retold: ${e instanceof Error ? e.message : String(e)}\n`;
    code = 2;
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    process.exitCode = undefined;
  }
  return { code, ...out };
}

/** Runs `retold <args>` as its own process (main.ts, through tsx). */
function cliProcess(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
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

test('ingest, then stories, story and search read the store (text and --json)', { timeout: 120_000 }, () =>
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

    // With paths, `stories` analyses them (no store) and shows each story in full.
    const withPaths = await cli(['stories', join(EXAMPLES, 'a', 'bridge'), '--json']);
    assert.equal(withPaths.code, 0, withPaths.stderr);
    const analysed = JSON.parse(withPaths.stdout) as { id: string; articles: unknown[]; agreement: unknown }[];
    assert.equal(analysed.length, 1);
    assert.ok(analysed[0]!.articles.length > 1 && analysed[0]!.agreement !== undefined);
  }));

test('ingest reports rejected inputs and exits 1', { timeout: 60_000 }, () =>
  withTempDir(async (dir) => {
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    await copyFile(join(EXAMPLES, 'a', 'bridge', 'wire.txt'), join(inputs, 'wire.txt'));
    await writeFile(join(inputs, 'bad.jsonl'), '{"title": "fine", "text": "A line of text about the bridge opening."}\n{not json}\n');
    const r = await cli(['ingest', inputs, '--db', join(dir, 'r.db')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.jsonl \(record 2\): /);
    assert.match(r.stdout, /^2 articles stored, 0 already stored, 1 rejected/m);
  }));

describe('as processes', { concurrency: true }, () => {
  test('a foreign database is refused with exit 2 and a message', { timeout: 60_000 }, () =>
    withTempDir(async (dir) => {
      const foreign = join(dir, 'foreign.db');
      const db = new Database(foreign);
      db.exec('CREATE TABLE t (x)');
      db.close();
      const refused = await cliProcess(['stories', '--db', foreign]);
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /^retold: .*foreign\.db is an SQLite database but not a Retold store/m);
    }));

  test('watch ingests files as they appear, once; Ctrl-C stops it cleanly', { timeout: 60_000 }, () =>
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

  test('serve: the API on a loopback port, then a clean stop', { timeout: 60_000 }, () =>
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
});
