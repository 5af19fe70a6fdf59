/**
 * Ingest through the CLI into a fresh store vs in-memory analyze, on the same corpus, in the same session:
 *   npx tsx bench/store-ingest.ts [--corpus bench/data/synth-100000-s1.jsonl] [--batch 500] [--db /tmp/retold-bench.db]
 *
 * Runs, each in its own process: `bench/analyze-one.ts --no-detail` (grouping only, as ingest does), then
 * `retold ingest --json` into a new store, then `bench/store-restore.ts` (reopen: ready to take articles), and
 * reports throughput in articles per second of wall time and of CPU time (this process's threads: the machines
 * are shared, CPU time is the comparable figure), the ratio ingest / analyze, the restart time and the store size
 * per article. Generates the corpus first when it is missing (bench/generate.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate.js';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/index.js';
import { readGoldFile } from '../src/eval/gold.js';
import { bcubed } from '../src/eval/metrics.js';
import { labelsFromGold } from '../src/eval/stories.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'bench/data/synth-100000-s1.jsonl' },
    batch: { type: 'string', default: '500' },
    db: { type: 'string', default: '/tmp/retold-bench.db' },
  },
});
const corpus = values.corpus;
if (!existsSync(corpus)) {
  const m = /synth-(\d+)-s(\d+)\.jsonl$/.exec(corpus);
  if (m === null) throw new Error(`${corpus} is missing and is not a synth-<n>-s<seed>.jsonl name to generate`);
  const g = await writeCorpus({ articles: Number(m[1]), seed: Number(m[2]), out: corpus.replace(/\.jsonl$/, '') });
  console.log(`generated ${g.articles} articles → ${g.jsonlPath}`);
}
const node = (args: string[]): string => execFileSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const lastJson = <T>(out: string): T => JSON.parse(out.trim().split('\n').filter((l) => l.startsWith('{')).pop()!) as T;

const goldPath = corpus.replace(/\.jsonl$/, '.gold.json');
const gold = existsSync(goldPath) ? goldPath : undefined;
const analyzed = lastJson<{ articles: number; ms: number; cpuMs: number; peakRssMb: number; quality?: { bcubed: { f1: number } } }>(
  node(['bench/analyze-one.ts', corpus, ...(gold === undefined ? [] : [gold]), '--no-detail']),
);
console.log(
  `analyze (in memory, no detail): ${analyzed.articles} articles in ${(analyzed.ms / 1000).toFixed(1)} s, CPU ${(analyzed.cpuMs / 1000).toFixed(1)} s` +
    (analyzed.quality === undefined ? '' : `; story BCubed F1 ${analyzed.quality.bcubed.f1.toFixed(4)}`),
);

for (const s of ['', '-wal', '-shm']) rmSync(values.db + s, { force: true });
const ingestOut = node(['src/cli/main.ts', 'ingest', corpus, '--db', values.db, '--batch', values.batch, '--json', '--quiet']);
const ingested = JSON.parse(ingestOut) as { stored: number; ms: number; cpuMs: number; batches: number };
console.log(`ingest (CLI, batches of ${values.batch}): ${ingested.stored} articles in ${(ingested.ms / 1000).toFixed(1)} s, CPU ${(ingested.cpuMs / 1000).toFixed(1)} s, ${ingested.batches} transactions`);

const restored = lastJson<{ articles: number; readyMs: number; readyCpuMs: number; replayMs: number; replayCpuMs: number; peakRssMb: number }>(node(['bench/store-restore.ts', values.db]));
console.log(`restart: ${restored.articles} articles ready in ${(restored.readyMs / 1000).toFixed(1)} s (CPU ${(restored.readyCpuMs / 1000).toFixed(1)} s; replay ${(restored.replayMs / 1000).toFixed(1)} s), peak RSS ${restored.peakRssMb} MB`);

const store = await openSqliteStore({ path: values.db });
store.checkpoint();
const stats = await store.stats();
await store.close();
// Quality of the stored stories against the same gold (batches reconciled one by one, not the whole corpus at the end).
let storedF1: number | undefined;
if (gold !== undefined) {
  const labels = labelsFromGold(await readGoldFile(gold));
  const db = new Database(values.db, { readonly: true });
  const predicted = new Map<string, string>();
  for (const [key, story] of db.prepare('SELECT external_id, story_id FROM articles').raw().all() as [string, string][]) if (labels.storyOf.has(key)) predicted.set(key, story);
  db.close();
  storedF1 = bcubed(predicted, labels.storyOf).f1;
  console.log(`stored stories: BCubed F1 ${storedF1.toFixed(4)} against the gold (analyze: ${analyzed.quality?.bcubed.f1.toFixed(4) ?? '-'})`);
}
const perArticle = (stats.bytes ?? 0) / stats.articles;
console.log(`store: ${(stats.bytes! / 1e6).toFixed(0)} MB for ${stats.articles} articles = ${(perArticle / 1024).toFixed(1)} KB per article; ${stats.stories} stories, ${stats.merged} merged`);

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
const figures = {
  corpus,
  articles: ingested.stored,
  analyze: { ms: analyzed.ms, cpuMs: analyzed.cpuMs, articlesPerCpuSecond: Math.round(analyzed.articles / (analyzed.cpuMs / 1000)) },
  ingest: { ms: ingested.ms, cpuMs: ingested.cpuMs, articlesPerCpuSecond: Math.round(ingested.stored / (ingested.cpuMs / 1000)) },
  ingestOverAnalyze: { wall: ratio(ingested.ms, analyzed.ms), cpu: ratio(ingested.cpuMs, analyzed.cpuMs) },
  restart: restored,
  storeBytesPerArticle: Math.round(perArticle),
  bcubedF1: { analyze: analyzed.quality?.bcubed.f1, store: storedF1 },
};
console.log(`ingest / analyze: wall ${figures.ingestOverAnalyze.wall}×, CPU ${figures.ingestOverAnalyze.cpu}×`);
console.log(JSON.stringify(figures));
