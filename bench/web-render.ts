/**
 * Server time of the web pages on a large story: 50 independent versions (plus a few copies) of one invented
 * event, analysed by the real pipeline, then each page requested in-process through the Hono app.
 *
 *   npx tsx bench/web-render.ts [--versions 50] [--runs 30] [--seed 7]
 *
 * Prints per page the median, 95th percentile and maximum wall time, the CPU time (what a loaded machine does not
 * inflate) and the page size; and the time of the whole
 * static report; then the story page and list served from a store (first view cold, then cached). Budget (issue 7): a 50-version story page in < 300 ms. Not a timed test: the figure is
 * reported, not asserted, because shared machines are noisy.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Prng } from './prng.js';
import { analyze } from '../src/pipeline/analyze.js';
import { buildReport } from '../src/present/report.js';
import type { Hono } from 'hono';
import { renderStaticReport, reportWebData, storeWebData, webApp } from '../src/web/index.js';
import { ingestPaths, type IngestItem } from '../src/ingest/index.js';
import { openStore, StoredCorpus, normaliseItems } from '../src/store/index.js';

const { values } = parseArgs({ options: { versions: { type: 'string', default: '50' }, runs: { type: 'string', default: '30' }, seed: { type: 'string', default: '7' } } });
const VERSIONS = Number(values.versions);
const RUNS = Number(values.runs);
const rng = new Prng(Number(values.seed));

/** Each fact in three wordings; versions pick most facts, each in one wording. */
const FACTS: readonly (readonly string[])[] = [
  [
    'A forty-metre dockside crane collapsed onto the container quay at Quillmere harbour on Friday morning, injuring three workers.',
    'A dockside crane of forty metres fell onto the container quay at Quillmere harbour on Friday morning and injured three workers.',
    'Three workers were injured on Friday morning when a forty-metre crane collapsed onto the container quay at Quillmere harbour.',
  ],
  [
    'The crane, operated by Tessaly Freight, buckled at about 7:40 a.m. while lifting a container onto the cargo ship Marisol Dawn.',
    'The Tessaly Freight crane buckled at about 7:40 a.m. as it lifted a container onto the cargo ship Marisol Dawn.',
    'It buckled at around 7:40 a.m. while loading a container onto the Marisol Dawn, a cargo ship, said its operator Tessaly Freight.',
  ],
  [
    'Harbour master Odile Ferrant said the injured workers were taken to Quillmere General Hospital with broken bones.',
    'The three injured were taken to Quillmere General Hospital with broken bones, harbour master Odile Ferrant said.',
    'According to harbour master Odile Ferrant, the workers were treated for broken bones at Quillmere General Hospital.',
  ],
  [
    'Cargo operations will stay suspended until inspectors from the Coastal Safety Board have examined the other four cranes.',
    'The port authority suspended cargo operations until Coastal Safety Board inspectors examine the remaining four cranes.',
    'No cargo will move until the Coastal Safety Board has inspected the four other cranes on the quay, the port authority said.',
  ],
  [
    'The port handled 1.2 million containers last year, making it the busiest on the Vesker coast.',
    'Last year the port handled 1.2 million containers, the most of any port on the Vesker coast.',
    'With 1.2 million containers handled last year, Quillmere is the busiest port on the Vesker coast.',
  ],
  [
    'The crane was installed in 2011 and passed its last full inspection in March, the operator said.',
    'Tessaly Freight said the crane, installed in 2011, passed its most recent full inspection in March.',
    'Installed in 2011, the crane last passed a full inspection in March, according to Tessaly Freight.',
  ],
  [
    'The dockers union called for an independent inquiry into maintenance at the port.',
    'An independent inquiry into maintenance at the port was demanded by the dockers union.',
    'The dockers union demanded an independent inquiry into how the port maintains its cranes.',
  ],
  [
    'About 40 ships were waiting offshore on Friday evening, and the port authority warned of delays of up to a week.',
    'The port authority warned of delays of up to a week, with about 40 ships waiting offshore on Friday evening.',
    'Delays of up to a week are expected, the port authority said, as some 40 ships waited offshore by Friday evening.',
  ],
  [
    'The Marisol Dawn, bound for Estria, was not damaged, and its crew of 22 was unhurt.',
    'None of the 22 crew of the Estria-bound Marisol Dawn was hurt and the ship was not damaged.',
    'The ship, bound for Estria, escaped damage and all 22 crew members were unhurt.',
  ],
  [
    'Regional transport minister Halvard Oste said he would visit the port on Saturday.',
    'Halvard Oste, the regional transport minister, is to visit the port on Saturday.',
    'The regional transport minister, Halvard Oste, plans to visit the harbour on Saturday.',
  ],
  [
    'It is the second crane accident at Quillmere since 2019, when a boom struck a warehouse roof.',
    'A boom struck a warehouse roof at Quillmere in 2019, the port’s last crane accident.',
    'The port last had a crane accident in 2019, when a boom hit the roof of a warehouse.',
  ],
  [
    'Shares in Tessaly Freight fell 4.5% in afternoon trading.',
    'Tessaly Freight shares dropped 4.5% in the afternoon.',
    'In afternoon trading Tessaly Freight lost 4.5% of its share price.',
  ],
];

const PEOPLE = ['Anselm Vey, a crane driver', 'Brigid Calloway, a union steward', 'Tomas Hendrell, a shipping analyst', 'Marit Lunde, who runs a cafe by the quay', 'a port official who asked not to be named', 'a senior inspector, speaking on condition of anonymity'];
const SAYINGS = [
  'We heard a crack like thunder and then everyone ran',
  'This crane was flagged months ago and nothing was done',
  'A week of closure will cost the region millions',
  'Nobody on the quay will forget this morning',
  'The inspection regime has to be looked at from the ground up',
  'We are lucky nobody was killed',
];
const OUTLETS = ['Quillmere Post', 'Vesker Coast Times', 'Harbour Ledger', 'Estria Daily', 'Northgate Wire', 'Tide & Freight', 'The Coastal Courier', 'Morning Pier'];
const FILLER = [
  'Residents gathered along the harbour wall to watch the recovery work.',
  'The quay is the oldest part of the port and was last rebuilt in the 1980s.',
  'Local shops said business had been quiet all day.',
  'Emergency crews remained at the scene into the evening.',
  'The weather on Friday morning was calm, with light winds.',
  'Photographs shared online showed the boom lying across two stacks of containers.',
];

const WORDS = (
  'lantern gravel orchard bellows cobalt thimble quarry saffron tundra walrus juniper mosaic pewter kestrel ' +
  'marrow nettle oyster parsnip quiver raven sorrel tallow umber velvet willow yarrow zephyr almond bramble cinder ' +
  'dahlia ember fennel garnet hazel ivory jasper kelp lichen myrtle nutmeg opal pepper quince russet sable tamarind ' +
  'ochre vellum wicker birch copper flint heather indigo lilac mallow'
).split(' ');

/** A clause of rare words no other version is likely to share. */
function detail(): string {
  const w = rng.shuffle([...WORDS]).slice(0, 7);
  return rng.pick([
    () => `${w[0]} ${w[1]} ${w[2]}, ${w[3]} ${w[4]} ${w[5]} ${w[6]}`,
    () => `${w[0]}, ${w[1]}, ${w[2]} ${w[3]} ${w[4]} ${w[5]}`,
    () => `${w[0]} ${w[1]} with ${w[2]} ${w[3]} ${w[4]}`,
  ])();
}

interface Rec {
  id: string;
  source: string;
  title: string;
  published: string;
  text: string;
}

const records: Rec[] = [];
for (let v = 0; v < VERSIONS; v++) {
  const facts = rng.shuffle(FACTS.map((f, i) => ({ f, i }))).slice(0, rng.int(7, FACTS.length));
  facts.sort((a, b) => a.i - b.i);
  const sentences = facts.map(({ f }) => rng.pick(f));
  // What only this version has: quotes and details in words no other version uses.
  for (let q = rng.int(1, 3); q > 0; q--) {
    const at = rng.int(1, sentences.length);
    sentences.splice(at, 0, `"${rng.chance(0.3) ? `${rng.pick(SAYINGS)}, ` : ''}${detail()}," said ${rng.pick(PEOPLE)}.`);
  }
  for (let k = rng.int(2, 4); k > 0; k--) sentences.push(rng.chance(0.3) ? rng.pick(FILLER) : `${detail().replace(/^./u, (c) => c.toUpperCase())}.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  const minute = String(v % 60).padStart(2, '0');
  records.push({
    id: `crane-${v}`,
    source: `${rng.pick(OUTLETS)}${v >= OUTLETS.length ? ` ${v}` : ''}`,
    title: `Crane collapses at Quillmere harbour (${v})`,
    published: `2025-05-09T${String(8 + Math.floor(v / 60)).padStart(2, '0')}:${minute}:00Z`,
    text: paragraphs.join('\n\n'),
  });
}
// A few syndicated copies: same text, another outlet.
for (let c = 0; c < 5; c++) records.push({ ...records[c * 7]!, id: `crane-copy-${c}`, source: `Syndicate ${c}` });

const dir = mkdtempSync(join(tmpdir(), 'retold-web-bench-'));
const file = join(dir, 'crane.jsonl');
writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const t0 = performance.now();
const result = await analyze([file], { keepTexts: true });
const report = buildReport(result);
const analyseMs = performance.now() - t0;
const story = report.stories[0]!;
console.log(
  `corpus: ${records.length} articles → ${report.stories.length} stories; the largest has ${story.articles.length} articles, ${story.versions} versions, ` +
    `${story.agreement.length} agreed statements, ${story.quotes.length} quotes, ${story.articles.reduce((n, a) => n + a.additions.length, 0)} additions (analysed in ${Math.round(analyseMs)} ms)`,
);

const app = webApp(reportWebData(report, result.texts));
const versions = story.articles.filter((a) => a.placement.kind !== 'copy');
const pages: [string, string][] = [
  ['story page', `/stories/${story.id}`],
  ['story list', '/'],
  ['article page', `/articles/${versions[1]!.id}`],
  ['comparison', `/compare?a=${versions[0]!.id}&b=${versions[1]!.id}`],
];

const q = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
async function measure(name: string, path: string, appFor: () => Hono): Promise<void> {
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  let first = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const res = await appFor().request(path);
    const body = await res.text();
    const ms = performance.now() - t;
    const used = process.cpuUsage(c);
    if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
    bytes = Buffer.byteLength(body);
    if (i === 0) first = ms;
    if (i >= 3) {
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(13)} wall median ${q(times, 0.5).toFixed(1)} ms, p95 ${q(times, 0.95).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms; ` +
      `CPU median ${q(cpu, 0.5).toFixed(1)} ms, max ${cpu[cpu.length - 1]!.toFixed(1)} ms; first request ${first.toFixed(1)} ms; ${(bytes / 1024).toFixed(0)} KB  (${path.length > 40 ? path.slice(0, 40) + '…' : path})`,
  );
}
for (const [name, path] of pages) await measure(name, path, () => app);

// The same story served from a store (`retold serve`): the first view reads the texts and computes the detail
// (a fresh WebData per request, nothing cached), later views are answered from the page cache.
const store = await openStore({ kind: 'sqlite', path: join(dir, 'crane.db') });
const corpus = await StoredCorpus.open(store);
const items: IngestItem[] = [];
for await (const item of ingestPaths([file])) items.push(item);
await corpus.add(normaliseItems(items).articles);
const largest = (await store.listStories({ order: 'size', limit: 1 })).stories[0]!;
console.log(`store: the largest story has ${largest.articles} articles, ${largest.versions} versions`);
const cached = webApp(storeWebData(corpus));
await measure('stored, cold', `/stories/${largest.id}`, () => webApp(storeWebData(corpus)));
await measure('stored, warm', `/stories/${largest.id}`, () => cached);
await measure('stored list', '/', () => cached);
await store.close();

const t1 = performance.now();
const page = renderStaticReport(report, result.texts);
console.log(`static report: ${Math.round(performance.now() - t1)} ms, ${(Buffer.byteLength(page) / 1024).toFixed(0)} KB`);
