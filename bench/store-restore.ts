/**
 * Time to reopen a store: open the file, replay its log into memory (vocabulary, copy index, story index) and be
 * ready to take articles. One JSON line; run in its own process so that nothing is warm:
 *   npx tsx bench/store-restore.ts <store.db>
 */
import { openStore, StoredCorpus } from '../src/store/index.js';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: store-restore <store.db>');
  process.exit(2);
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const store = await openStore({ kind: 'sqlite', path });
const corpus = await StoredCorpus.open(store);
const cpu = process.cpuUsage(cpu0);
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    store: path,
    articles: corpus.restored.articles,
    merges: corpus.restored.merges,
    terms: corpus.restored.terms,
    // From opening the file to ready, in this process (the SUBTLEX background table load included).
    readyMs: Math.round(ms),
    readyCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    // The replay alone.
    replayMs: corpus.restored.ms,
    replayCpuMs: corpus.restored.cpuMs,
    peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  }),
);
await store.close();
