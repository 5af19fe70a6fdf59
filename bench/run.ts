/**
 * `npm run bench`: speed, memory and quality of `analyze` on deterministic synthetic corpora.
 *
 *   npm run bench [-- --sizes 10000,100000] [--seed 1]
 *
 * For each size: generates the corpus under bench/data/ (once; reused while the generator's output is the
 * same), builds dist/ and measures a baseline in the same session (read + JSON.parse of the file: the floor any analysis
 * pays), then runs analyze in a fresh process (writing the JSON report, as `retold analyze --json` does) and reports articles/s, MB/s, peak RSS, the ratio to the
 * baseline and BCubed / copy-pair quality against the synthetic gold. Machines here are noisy: compare
 * ratios within one run, not absolute figures across runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' }, seed: { type: 'string', default: '1' } } });
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);

/** Read + JSON.parse of the file, the floor any analysis pays: best of two readings, wall and CPU time. */
async function baseline(file: string): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  let best = { ms: Infinity, cpuMs: Infinity, bytes: 0 };
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let bytes = 0;
    const rl = createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
    for await (const line of rl) {
      const r = JSON.parse(line) as { text?: string };
      bytes += Buffer.byteLength(r.text ?? '');
    }
    const c = process.cpuUsage(c0);
    best = { ms: Math.min(best.ms, performance.now() - t0), cpuMs: Math.min(best.cpuMs, (c.user + c.system) / 1000), bytes };
  }
  return best;
}

/**
 * Read + JSON.parse speed of a JSONL corpus on the reference machines (../shared/ECOSYSTEM.md, same kind of
 * synthetic articles). Machines here differ up to 3× in speed and are shared, so MB/s measured here is translated
 * through the ratio to the baseline: reference MB/s ≈ REFERENCE_PARSE / (analyze time / baseline time).
 */
const REFERENCE_PARSE: readonly [number, number] = [210, 270];

interface Run {
  articles: number;
  bytes: number;
  ms: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  cpuMs: number;
  mbPerCpuSecond: number;
  peakRssMb: number;
  quality?: { bcubed: { f1: number; precision: number; recall: number }; copies?: { f1: number } };
}

// Measure the compiled pipeline, as the installed CLI runs it (no on-the-fly transpiling in the figures), with
// the Node flags of the CLI's first line.
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const CLI_FLAGS = (/^#!\/usr\/bin\/env -S node(.*)$/m.exec(readFileSync('src/cli/main.ts', 'utf8'))?.[1] ?? '').trim().split(/\s+/).filter((f) => f !== '');
const results: { size: number; run: Run; baseMs: number }[] = [];
for (const size of sizes) {
  const out = `bench/data/synth-${size}-s${seed}`;
  if (!existsSync(`${out}.jsonl`)) {
    const g = await writeCorpus({ articles: size, seed, out });
    console.log(`generated ${g.articles} articles (${(g.bytes / 1e6).toFixed(0)} MB) in ${(g.ms / 1000).toFixed(1)} s → ${g.jsonlPath}`);
  }
  const base = await baseline(`${out}.jsonl`);
  const line = execFileSync(process.execPath, [...CLI_FLAGS, '--import', 'tsx', 'bench/analyze-one.ts', `${out}.jsonl`, `${out}.gold.json`, '--dist', '--json', `${out}.report.json`], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const run = JSON.parse(line.trim().split('\n').pop()!) as Run;
  results.push({ size, run, baseMs: base.ms });
  const q = run.quality;
  const ratio = run.ms / base.ms;
  const cpuRatio = run.cpuMs / base.cpuMs;
  const atReference = (r: number): string => `${(REFERENCE_PARSE[0] / r).toFixed(1)}–${(REFERENCE_PARSE[1] / r).toFixed(1)} MB/s`;
  console.log(
    `analyze ${size.toLocaleString('en')} articles: ${run.mbPerSecond} MB/s wall (${run.mbPerCpuSecond} MB per CPU-second), ${run.articlesPerSecond} articles/s, ` +
      `${(run.ms / 1000).toFixed(1)} s wall / ${(run.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${run.peakRssMb} MB; ` +
      `${ratio.toFixed(1)}× the read+parse baseline's wall time (${(base.ms / 1000).toFixed(2)} s) and ${cpuRatio.toFixed(1)}× its CPU time (${(base.cpuMs / 1000).toFixed(2)} s), ` +
      `i.e. ${atReference(ratio)} (wall) or ${atReference(cpuRatio)} (CPU) where read+parse runs at ${REFERENCE_PARSE[0]}–${REFERENCE_PARSE[1]} MB/s` +
      (q === undefined ? '' : `; story BCubed F1 ${q.bcubed.f1.toFixed(3)} (P ${q.bcubed.precision.toFixed(3)} R ${q.bcubed.recall.toFixed(3)}), copy-pair F1 ${q.copies?.f1.toFixed(3) ?? 'n/a'}`),
  );
}
if (results.length >= 2) {
  const [a, b] = [results[0]!, results[results.length - 1]!];
  console.log(`scaling: ${b.size / a.size}× the articles cost ${(b.run.ms / a.run.ms).toFixed(1)}× the wall time, ${(b.run.cpuMs / a.run.cpuMs).toFixed(1)}× the CPU time`);
}
