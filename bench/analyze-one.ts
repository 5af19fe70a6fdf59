/**
 * One measured analyze run in its own process (so peak memory is this run's alone):
 *   npx tsx bench/analyze-one.ts <corpus.jsonl> [gold.json]
 * prints one JSON line: articles, bytes, ms, articles/s, MB/s, peak RSS, and quality against the gold.
 */
import { readGoldFile } from '../src/eval/gold.js';
import { evaluateStories, labelsFromGold } from '../src/eval/stories.js';

const [corpus, goldPath] = process.argv.slice(2);
if (corpus === undefined) {
  console.error('usage: analyze-one <corpus.jsonl> [gold.json]');
  process.exit(2);
}
const labels = goldPath === undefined ? { storyOf: new Map(), topicOf: new Map(), copyGroups: [] } : labelsFromGold(await readGoldFile(goldPath));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const ev = await evaluateStories([corpus], labels);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { stats } = ev.result;
const rss = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    corpus,
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
    stories: ev.result.grouping.stories.length,
    quality: goldPath === undefined ? undefined : { bcubed: ev.scores.bcubed, copies: ev.scores.copies, siblingMergeRate: ev.scores.siblingMergeRate },
  }),
);
