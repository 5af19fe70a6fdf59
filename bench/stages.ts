/**
 * Per-stage cost of analyze on one corpus, each stage run over the whole corpus held in memory (so the figures
 * add up and each is measured alone, warm, in one process):
 *   npx tsx bench/stages.ts [corpus.jsonl]
 * Prints, per stage, CPU ms, µs per article and MB/s of input text. Guides where the throughput target is lost.
 */
import { ingestPaths } from '../src/ingest/index.js';
import { normaliseArticle } from '../src/normalise/index.js';
import { FeatureExtractor } from '../src/features/extract.js';
import { Rarity } from '../src/features/rarity.js';
import { Grouper } from '../src/group/grouper.js';
import type { Article, RawArticle } from '../src/model/article.js';
import type { ArticleFeatures } from '../src/model/features.js';
import { detailArticle, detailStory, type ArticleDetail } from '../src/pipeline/detail.js';
import { extractQuotes } from '../src/features/quotes/index.js';
import { extractEntities, extractNumbers } from '../src/features/entities/index.js';
import { extractDates } from '../src/features/dates/index.js';
import type { ArticleId } from '../src/model/ids.js';

const file = process.argv[2] ?? 'bench/data/synth-10000-s1.jsonl';
let bytes = 0;
const rows: [string, number][] = [];
function stage<T>(name: string, run: () => T): T {
  const c0 = process.cpuUsage();
  const out = run();
  const c = process.cpuUsage(c0);
  rows.push([name, (c.user + c.system) / 1000]);
  return out;
}
const raws: RawArticle[] = [];
const c0 = process.cpuUsage();
for await (const it of ingestPaths([file])) if (it.kind === 'article') { raws.push(it.article); bytes += it.bytes; }
const ci = process.cpuUsage(c0);
rows.push(['read + parse', (ci.user + ci.system) / 1000]);
const arts = stage('normalise', () => raws.flatMap((r) => { const n = normaliseArticle(r); return n.kind === 'article' ? [n.article] : []; }));
const rarity = new Rarity();
const extractor = new FeatureExtractor({ rarity });
const feats: ArticleFeatures[] = stage('features', () => arts.map((a) => extractor.extract(a)));
const grouper = new Grouper(rarity);
stage('place', () => { for (const f of feats) grouper.place(f); });
const grouping = stage('finish (reconcile, related)', () => grouper.finish());
stage('  quotes', () => { for (const a of arts) extractQuotes(a); });
stage('  entities', () => { for (const a of arts) extractEntities(a); });
stage('  numbers', () => { for (const a of arts) extractNumbers(a); });
stage('  dates', () => { for (const a of arts) extractDates(a); });
const details = stage('detailArticle (the four above)', () => new Map<ArticleId, ArticleDetail>(arts.map((a) => [a.id, detailArticle(a)])));
const byId = new Map<ArticleId, Article>(arts.map((a) => [a.id, a]));
stage('detailStory (align, merge)', () => { for (const s of grouping.stories) detailStory(s, byId, details, rarity); });
const n = arts.length;
const total = rows.filter(([k]) => !k.startsWith('  ')).reduce((t, [, ms]) => t + ms, 0);
for (const [k, ms] of rows) console.log(`${k.padEnd(30)} ${ms.toFixed(0).padStart(7)} ms CPU ${((ms * 1000) / n).toFixed(0).padStart(6)} µs/article ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
console.log(`${'total'.padEnd(30)} ${total.toFixed(0).padStart(7)} ms CPU ${((total * 1000) / n).toFixed(0).padStart(6)} µs/article ${(bytes / 1e6 / (total / 1000)).toFixed(1).padStart(7)} MB/s  (${n} articles, ${(bytes / 1e6).toFixed(1)} MB)`);
