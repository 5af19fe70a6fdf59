/**
 * kill -9 during `retold ingest` of the 10k synthetic corpus, then the same ingest again; compared with an
 * uninterrupted ingest of the same file:
 *   npx tsx bench/store-kill.ts [--corpus bench/data/synth-10000-s1.jsonl] [--batch 500] [--kill-after 7] [--dir /tmp/retold-kill]
 *
 * Checks and prints: every acknowledged batch survived, only whole batches are stored, no article lacks its
 * features or story; after the second run every article is stored exactly once and every article is in the same
 * story (same id), every story has the same figures, names and vectors as in the uninterrupted run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { writeCorpus } from './generate.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'bench/data/synth-10000-s1.jsonl' },
    batch: { type: 'string', default: '500' },
    'kill-after': { type: 'string', default: '7' },
    dir: { type: 'string', default: '/tmp/retold-kill' },
  },
});
const corpus = values.corpus;
if (!existsSync(corpus)) {
  const m = /synth-(\d+)-s(\d+)\.jsonl$/.exec(corpus);
  if (m === null) throw new Error(`${corpus} is missing and is not a synth-<n>-s<seed>.jsonl name to generate`);
  await writeCorpus({ articles: Number(m[1]), seed: Number(m[2]), out: corpus.replace(/\.jsonl$/, '') });
}
const killAfter = Number(values['kill-after']);
mkdirSync(values.dir, { recursive: true });
const whole = join(values.dir, 'whole.db');
const killed = join(values.dir, 'killed.db');
for (const db of [whole, killed]) for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });

function ingest(db: string, kill?: number): Promise<{ code: number | null; signal: string | null; acknowledged: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpus, '--db', db, '--batch', values.batch], { stdio: ['ignore', 'ignore', 'pipe'] });
    let acknowledged = 0;
    let buf = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /committed batch (\d+): (\d+) stored/.exec(line);
        if (m === null) continue;
        acknowledged = Number(m[2]);
        if (kill !== undefined && Number(m[1]) >= kill) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, acknowledged, ms: Math.round(performance.now() - t0) }));
  });
}

const check = (ok: boolean, what: string): void => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) process.exitCode = 1;
};

const a = await ingest(whole);
console.log(`uninterrupted: exit ${a.code} in ${(a.ms / 1000).toFixed(1)} s`);
const k = await ingest(killed, killAfter);
console.log(`killed: ${k.signal} after ${k.acknowledged} acknowledged articles (${(k.ms / 1000).toFixed(1)} s)`);
const db = new Database(killed, { readonly: true });
const [count, distinct] = db.prepare('SELECT count(*), count(DISTINCT id) FROM articles').raw().get() as [number, number];
const orphans = db
  .prepare(
    `SELECT (SELECT count(*) FROM articles a LEFT JOIN log l ON l.seq = a.seq WHERE l.seq IS NULL)
          + (SELECT count(*) FROM log l LEFT JOIN articles a ON a.seq = l.seq WHERE a.seq IS NULL)
          + (SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL)`,
  )
  .pluck()
  .get() as number;
db.close();
check(k.signal === 'SIGKILL', 'the first run was killed before it finished');
check(count >= k.acknowledged, `every acknowledged article survived (${count} stored ≥ ${k.acknowledged} acknowledged)`);
check(count % Number(values.batch) === 0, `only whole batches are stored (${count})`);
check(distinct === count && orphans === 0, 'no duplicate, no article without its features or story');

const r = await ingest(killed);
console.log(`resumed: exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s`);
const snapshot = (path: string): { articles: string; stories: string; n: number } => {
  const d = new Database(path, { readonly: true });
  const articles = d.prepare('SELECT id, story_id FROM articles ORDER BY id').raw().all();
  const stories = d.prepare('SELECT id, merged_into, articles, versions, title, first_ms, last_ms, names, hex(vectors) FROM stories ORDER BY id').raw().all();
  d.close();
  return { articles: JSON.stringify(articles), stories: JSON.stringify(stories), n: articles.length };
};
const x = snapshot(whole);
const y = snapshot(killed);
const expected = new Set(readFileSync(corpus, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).size;
check(y.n === expected, `every article stored exactly once (${y.n} of ${expected})`);
check(y.articles === x.articles, 'every article is in the same story as in the uninterrupted run');
check(y.stories === x.stories, 'every story has the same figures, names and vectors');
