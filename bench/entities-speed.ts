/**
 * Throughput of entity, number and date extraction.
 *
 *   npx tsx bench/entities-speed.ts [--mb 4]
 *
 * Corpora (read at run time, never copied): the seed articles (/work/shared/seeds, news prose) and the
 * CoNLL-2003 training text (/work/shared/eval/conll2003/eng.train, wire copy with tables), each repeated to
 * about `--mb` MB; each figure is the best of seven interleaved rounds. Reports MB/s per function and, as a same-run baseline for noisy machines, the speed of a
 * plain `toLowerCase()` + `/\w+/g` tokenisation of the same text (the ratio is the comparable figure).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model/article.js';
import { extractEntities, extractNumbers } from '../src/features/entities/index.js';
import { extractDates } from '../src/features/dates/index.js';
import { articleFromText } from '../src/features/entities/testing.js';

const SEEDS = '/work/shared/seeds';
const CONLL = '/work/shared/eval/conll2003/eng.train';

function seedTexts(): string[] {
  if (!existsSync(SEEDS)) return [];
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
}

function conllTexts(): string[] {
  if (!existsSync(CONLL)) return [];
  const docs: string[] = [];
  let sentences: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(CONLL, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-') || line.trim() === '') {
      if (tokens.length > 0) sentences.push(tokens.join(' '));
      tokens = [];
      if (line.startsWith('-DOCSTART-') && sentences.length > 0) {
        docs.push(sentences.join('\n\n'));
        sentences = [];
      }
      continue;
    }
    tokens.push(line.split(' ')[0] ?? '');
  }
  if (tokens.length > 0) sentences.push(tokens.join(' '));
  if (sentences.length > 0) docs.push(sentences.join('\n\n'));
  return docs;
}

/**
 * Best of `ROUNDS` rounds (MB/s). Each round runs every function once, in turn, so that on a shared, loaded
 * machine the baseline and the extractors see the same disturbances; the best round is the least disturbed.
 */
const ROUNDS = 7;

function timeAll(articles: readonly Article[], bytes: number, fs: readonly ((a: Article) => unknown)[]): number[] {
  for (const f of fs) for (let i = 0; i < Math.min(20, articles.length); i++) f(articles[i] as Article); // warm-up
  const best = fs.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) {
    fs.forEach((f, i) => {
      const t0 = performance.now();
      for (const a of articles) f(a);
      best[i] = Math.min(best[i] as number, performance.now() - t0);
    });
  }
  return best.map((ms) => bytes / 1e6 / (ms / 1000));
}

function main(): void {
  const mbArg = process.argv.indexOf('--mb');
  const targetMb = mbArg >= 0 ? Number(process.argv[mbArg + 1] ?? '4') : 4;
  const corpora: [string, string[]][] = [
    ['seeds (news prose)', seedTexts()],
    ['CoNLL eng.train (wire copy)', conllTexts()],
  ];
  for (const [name, texts] of corpora) {
    if (texts.length === 0) {
      console.log(`${name}: skipped (not present)`);
      continue;
    }
    const articles: Article[] = [];
    let bytes = 0;
    for (let r = 0; bytes < targetMb * 1e6; r++) {
      for (const t of texts) {
        articles.push(articleFromText(t, { id: String(articles.length), published: '2025-11-13' }));
        bytes += Buffer.byteLength(t);
      }
    }
    const [baseline = 0, ent = 0, num = 0, both = 0, dates = 0] = timeAll(articles, bytes, [
      (a) => {
        let n = 0;
        for (const _m of a.text.toLowerCase().matchAll(/\w+/g)) n++;
        return n;
      },
      extractEntities,
      extractNumbers,
      (a) => {
        extractEntities(a);
        return extractNumbers(a);
      },
      extractDates,
    ]);
    const mem = process.memoryUsage().heapUsed / 1e6;
    const f = (x: number): string => `${x.toFixed(1)} MB/s (${(x / baseline).toFixed(2)}× baseline)`;
    console.log(`${name}: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB, heap ${mem.toFixed(0)} MB`);
    console.log(`  baseline lower-case + /\\w+/g  ${baseline.toFixed(1)} MB/s`);
    console.log(`  extractEntities               ${f(ent)}`);
    console.log(`  extractNumbers                ${f(num)}`);
    console.log(`  entities + numbers            ${f(both)}`);
    console.log(`  extractDates                  ${f(dates)}`);
  }
}

main();
