/**
 * One measured analyze run in its own process (so peak memory is this run's alone):
 *   npx tsx bench/analyze-one.ts <corpus.jsonl> [gold.json] [--no-detail] [--dist] [--json report.json]
 * runs `analyze` exactly as the CLI does (grouping, then quotes, entities, dates and story alignment from a
 * second reading, unless --no-detail), writes the JSON report when asked (timed too: `retold analyze --json`
 * end to end) and prints one JSON line: articles, bytes, wall and CPU time,
 * articles/s, MB/s, peak RSS, and story and copy quality against the gold. `--dist` runs the compiled pipeline
 * (dist/, from `npm run build`) as the installed CLI does, instead of transpiling src/ on the fly.
 */
import { readGoldFile } from '../src/eval/gold.js';
import { bcubed, copyPairScores, siblingMergeRate } from '../src/eval/metrics.js';
import type * as Pipeline from '../src/pipeline/analyze.js';
import type * as Report from '../src/present/report.js';
import type * as ReportJson from '../src/present/report-json.js';

const args = process.argv.slice(2);
const detail = !args.includes('--no-detail');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt < 0 ? undefined : args[jsonAt + 1];
const [corpus, goldPath] = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
if (corpus === undefined) {
  console.error('usage: analyze-one <corpus.jsonl> [gold.json] [--no-detail]');
  process.exit(2);
}
const dist = args.includes('--dist');
const { analyze } = (await import(dist ? '../dist/pipeline/analyze.js' : '../src/pipeline/analyze.js')) as typeof Pipeline;
const { reportParts } = (await import(dist ? '../dist/present/report.js' : '../src/present/report.js')) as typeof Report;
const { writeJsonReport } = (await import(dist ? '../dist/present/report-json.js' : '../src/present/report-json.js')) as typeof ReportJson;
const gold = goldPath === undefined ? undefined : await readGoldFile(goldPath);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const keyOf = new Map<string, string>();
const result = await analyze([corpus], { detail, onArticle: (a) => keyOf.set(a.id, a.externalId ?? a.id) });
if (jsonFile !== undefined) writeJsonReport(jsonFile, reportParts(result));
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { stats } = result;
const rss = process.resourceUsage().maxRSS * 1024;
let quality: unknown;
if (gold !== undefined) {
  const predicted = new Map<string, string>();
  for (const [id, story] of result.grouping.storyOf) predicted.set(keyOf.get(id)!, story);
  const copies = result.grouping.stories.flatMap((s) => s.copies.map((g) => g.map((id) => keyOf.get(id)!)));
  quality = {
    bcubed: bcubed(predicted, gold.storyOf),
    copies: copyPairScores(copies, gold.copyGroups),
    siblingMergeRate: siblingMergeRate(predicted, gold.storyOf, gold.topicOf),
  };
}
console.log(
  JSON.stringify({
    corpus,
    detail,
    report: jsonFile ?? null,
    articles: stats.articles,
    rejected: stats.rejected,
    bytes: stats.bytes,
    ms: Math.round(ms),
    articlesPerSecond: Math.round(stats.articles / (ms / 1000)),
    mbPerSecond: Math.round((stats.bytes / 1e6 / (ms / 1000)) * 100) / 100,
    // CPU time of this process (GC threads included): the figure that holds when the machine is busy.
    cpuMs: Math.round(cpuMs),
    mbPerCpuSecond: Math.round((stats.bytes / 1e6 / (cpuMs / 1000)) * 100) / 100,
    peakRssMb: Math.round(rss / 1e6),
    stories: result.grouping.stories.length,
    quality,
  }),
);
