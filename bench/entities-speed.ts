/**
 * Throughput of the per-article detail extraction: quotes, entities, numbers and dates, alone and together in
 * the order `detailArticle` runs them (there numbers and dates reuse the entity extractor's tokens).
 *
 *   npx tsx bench/entities-speed.ts [--mb 4] [--synth 3000] [--rounds 7] [--compare <other checkout's src/>]
 *
 * Corpora (read at run time, never copied): the seed articles (/work/shared/seeds, news prose, normalised as
 * the pipeline does and repeated to about `--mb` MB), the first `--synth` articles of the synthetic bench
 * corpus (bench/data/synth-10000-s1.jsonl, ≈ 3.4 KB news-like articles; `npm run bench` generates it) and
 * the CoNLL-2003 training text (/work/shared/eval/conll2003/eng.train, wire copy with tables).
 *
 * Figures are CPU time (user + system of this process, so garbage collection counts), best of `--rounds`
 * interleaved rounds: on a shared, loaded machine every function sees the same disturbances and the best
 * round is the least disturbed. A plain `toLowerCase()` + `/\w+/g` pass over the same text is measured in the
 * same rounds; compare ratios to it, not absolute figures across runs. `--compare` loads the four extractors
 * from another checkout's src/ (say, the code before a change) and times them in the same rounds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/model/article.js';
import { normaliseArticle } from '../src/normalise/index.js';
import { conllArticle, parseConll } from './conll.js';

const SEEDS = '/work/shared/seeds';
const CONLL = '/work/shared/eval/conll2003/eng.train';
const SYNTH = 'bench/data/synth-10000-s1.jsonl';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '4' },
    synth: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '7' },
    compare: { type: 'string' },
  },
});
const targetMb = Number(values.mb);
const synthCount = Number(values.synth);
const ROUNDS = Number(values.rounds);

type Extract = (a: Article) => unknown;

interface Extractors {
  readonly label: string;
  readonly quotes: Extract;
  readonly entities: Extract;
  readonly numbers: Extract;
  readonly dates: Extract;
}

async function loadExtractors(src: string, label: string): Promise<Extractors> {
  const at = (p: string): string => join(isAbsolute(src) ? src : resolve(src), p);
  const q = (await import(at('features/quotes/index.ts'))) as { extractQuotes: Extract };
  const e = (await import(at('features/entities/index.ts'))) as { extractEntities: Extract; extractNumbers: Extract };
  const d = (await import(at('features/dates/index.ts'))) as { extractDates: Extract };
  return { label, quotes: q.extractQuotes, entities: e.extractEntities, numbers: e.extractNumbers, dates: d.extractDates };
}

function normalised(path: string, text: string, extra: { title?: string; published?: string } = {}): Article | undefined {
  const r = normaliseArticle({ kind: 'raw', origin: { path, format: 'text' }, text, ...extra });
  return r.kind === 'article' ? r.article : undefined;
}

function seedArticles(): Article[] {
  if (!existsSync(SEEDS)) return [];
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => normalised(f, readFileSync(join(SEEDS, f), 'utf8'), { published: '2025-11-13' }))
    .filter((a): a is Article => a !== undefined);
  const out: Article[] = [];
  let bytes = 0;
  while (seeds.length > 0 && bytes < targetMb * 1e6) {
    for (const a of seeds) {
      out.push(a);
      bytes += Buffer.byteLength(a.text);
    }
  }
  return out;
}

function synthArticles(): Article[] {
  if (!existsSync(SYNTH)) return [];
  const out: Article[] = [];
  for (const line of readFileSync(SYNTH, 'utf8').split('\n')) {
    if (out.length >= synthCount) break;
    if (line === '') continue;
    const r = JSON.parse(line) as { text: string; title?: string; published?: string };
    const a = normalised('synth', r.text, {
      ...(r.title === undefined ? {} : { title: r.title }),
      ...(r.published === undefined ? {} : { published: r.published }),
    });
    if (a !== undefined) out.push(a);
  }
  return out;
}

function conllArticles(): Article[] {
  if (!existsSync(CONLL)) return [];
  return parseConll(readFileSync(CONLL, 'utf8')).map((d, i) => conllArticle(d, i));
}

const baseline: Extract = (a) => {
  let n = 0;
  for (const _m of a.text.toLowerCase().matchAll(/\w+/g)) n++;
  return n;
};

/** One timed pass: CPU ms of the whole pass, and of each of the four when `split` (in detailArticle's order). */
function pass(articles: readonly Article[], x: Extractors, split: boolean): number[] {
  const steps = [x.quotes, x.entities, x.numbers, x.dates];
  const own = [0, 0, 0, 0];
  const c0 = process.cpuUsage();
  for (const a of articles) {
    for (let i = 0; i < 4; i++) {
      if (split) {
        const t0 = performance.now();
        (steps[i] as Extract)(a);
        own[i] = (own[i] as number) + performance.now() - t0;
      } else {
        (steps[i] as Extract)(a);
      }
    }
  }
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, ...own];
}

function cpuOf(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

async function main(): Promise<void> {
  const sets: Extractors[] = [await loadExtractors(join(import.meta.dirname, '../src'), 'this tree')];
  if (values.compare !== undefined) sets.push(await loadExtractors(values.compare, values.compare));
  const corpora: [string, Article[]][] = [
    ['seeds (news prose)', seedArticles()],
    [`synthetic (${SYNTH}, first ${synthCount})`, synthArticles()],
    ['CoNLL eng.train (wire copy)', conllArticles()],
  ];
  for (const [name, articles] of corpora) {
    if (articles.length === 0) {
      console.log(`${name}: skipped (not present)`);
      continue;
    }
    const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
    for (const x of sets) for (const a of articles.slice(0, 50)) pass([a], x, false); // warm-up
    // Best of ROUNDS for: the baseline, then per set each function alone, all four, and all four split.
    const best = new Map<string, number>();
    const keep = (key: string, ms: number): void => {
      best.set(key, Math.min(best.get(key) ?? Infinity, ms));
    };
    for (let r = 0; r < ROUNDS; r++) {
      keep('baseline', cpuOf(() => articles.forEach(baseline)));
      for (const x of sets) {
        for (const f of ['quotes', 'entities', 'numbers', 'dates'] as const) keep(`${x.label} ${f}`, cpuOf(() => articles.forEach(x[f])));
        keep(`${x.label} detail`, pass(articles, x, false)[0] as number);
        const [, q, e, n, d] = pass(articles, x, true);
        keep(`${x.label} detail/quotes`, q as number);
        keep(`${x.label} detail/entities`, e as number);
        keep(`${x.label} detail/numbers`, n as number);
        keep(`${x.label} detail/dates`, d as number);
      }
    }
    const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
    const base = best.get('baseline') as number;
    const row = (label: string, ms: number): string =>
      `  ${label.padEnd(44)} ${(((ms / articles.length) * 1000).toFixed(1) + ' µs').padStart(10)}  ${mbps(ms).toFixed(1).padStart(7)} MB/s  (${(base / ms).toFixed(2)}× baseline)`;
    console.log(`${name}: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${((bytes / articles.length) / 1000).toFixed(2)} KB each; CPU time, best of ${ROUNDS}`);
    console.log(row('baseline lower-case + /\\w+/g', base));
    for (const x of sets) {
      for (const f of ['quotes', 'entities', 'numbers', 'dates']) console.log(row(`${x.label}: ${f} alone`, best.get(`${x.label} ${f}`) as number));
      console.log(row(`${x.label}: all four (detailArticle order)`, best.get(`${x.label} detail`) as number));
      const parts = ['quotes', 'entities', 'numbers', 'dates']
        .map((f) => `${f} ${(((best.get(`${x.label} detail/${f}`) as number) / articles.length) * 1000).toFixed(1)}`)
        .join(', ');
      console.log(`  ${''.padEnd(44)} within it (µs, wall): ${parts}`);
    }
    if (sets.length === 2) {
      const [a, b] = sets as [Extractors, Extractors];
      const ratio = (best.get(`${b.label} detail`) as number) / (best.get(`${a.label} detail`) as number);
      console.log(`  all four: this tree is ${ratio.toFixed(2)}× as fast as ${b.label}`);
    }
  }
}

await main();
