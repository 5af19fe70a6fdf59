/**
 * Quality and speed of sentence alignment (src/align).
 *
 *   npx tsx bench/eval-align.ts [--runs 7] [--errors] [--corpus FILE.jsonl [--dump FILE]]
 *
 * 1. The align decision on the hand-labelled pairs of test/fixtures/align/pairs.jsonl (invented sentences,
 *    labelled by meaning): precision, recall and F1 at ALIGN_THRESHOLD, per kind of pair, a threshold sweep,
 *    a threshold-only leave-one-topic-out check, and a plain word-Jaccard baseline in the same run. Each
 *    topic's sentences stand for its story (they set how common each word is), as in alignStory.
 * 2. Time to align a 20-version story made by perturbing the invented port-strike story (short versions, and
 *    long ones with 25 added sentences each): best and median CPU time (all threads: V8 compiles and collects
 *    on helper threads) and median wall time over --runs runs after a warm-up, the
 *    pairs scored against all cross-version pairs, and, as a same-run reference, the time to normalise the
 *    same articles (the stage before). Targets: precision ≥ 0.9, recall ≥ 0.8, < 50 ms for the 20-version story.
 * 3. When ../shared/seeds and ../shared/eval/allsides are present: the seed story's support-4 claims, and on
 *    AllSides roundups how many sentence pairs align between two articles of one story versus two articles of
 *    different stories on the same topic (those are almost all false alignments). MSRP is not available here.
 * 4. With --corpus FILE.jsonl (e.g. 3,000 synthetic articles: `head -3000 bench/data/synth-10000-s1.jsonl`):
 *    groups the corpus as `analyze` does (without detail), then aligns every story of ≥ 2 independent versions
 *    exactly as the report does (same versions, copies, word rarity), --runs times; prints the best run's CPU
 *    time per story, by number of versions. --dump FILE writes every story's alignment as JSON, to check that
 *    a change leaves the results as they were (compare two dumps with cmp).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Rarity } from '../src/features/rarity.js';
import type { Article } from '../src/model/article.js';
import type { ArticleId } from '../src/model/ids.js';
import { Analysis } from '../src/pipeline/analyze.js';
import { ingestPaths } from '../src/ingest/index.js';
import { ALIGN_THRESHOLD, SentenceScorer, alignStory, compareArticles, type AlignVersion } from '../src/align/index.js';
import { termKey, STOPWORDS } from '../src/align/lexicon.js';
import { tokenizeSentence } from '../src/align/sentence-terms.js';
import { normaliseArticle } from '../src/normalise/index.js';
import { articleFrom, loadPairs, loadSeeds, loadStoryFixture, type LabelledPair } from '../test/fixtures/align/load.js';
import { synthesiseStory } from '../test/fixtures/align/synth.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    errors: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    dump: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
const loadStart = performance.now();
const rarity = new Rarity(); // loads the SUBTLEX background table, once per process
const backgroundMs = performance.now() - loadStart;
const fmt = (x: number): string => x.toFixed(3);

// --- 1. labelled pairs ------------------------------------------------------------------------------------

const pairs = loadPairs();
const topics = [...new Set(pairs.map((p) => p.topic))];
interface Scored extends LabelledPair {
  readonly score: number;
  readonly jaccard: number;
}

function jaccard(a: string, b: string): number {
  const bag = (s: string): Set<string> =>
    new Set(tokenizeSentence(s).filter((t) => !STOPWORDS.has(t.lower)).map((t) => termKey(t.lower)));
  const x = bag(a);
  const y = bag(b);
  let inter = 0;
  for (const k of x) if (y.has(k)) inter++;
  return inter / Math.max(1, x.size + y.size - inter);
}

function scoreAll(context: 'topic' | 'pair'): Scored[] {
  const out: Scored[] = [];
  for (const topic of topics) {
    const inTopic = pairs.filter((p) => p.topic === topic);
    const story = [...new Set(inTopic.flatMap((p) => [p.a, p.b]))];
    const shared = new SentenceScorer(story, 2, { rarity });
    for (const p of inTopic) {
      const scorer = context === 'topic' ? shared : new SentenceScorer([p.a, p.b], 2, { rarity });
      out.push({ ...p, score: scorer.score(p.a, p.b).score, jaccard: jaccard(p.a, p.b) });
    }
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
function count(items: readonly Scored[], th: number, by: (s: Scored) => number = (s) => s.score): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of items) {
    const yes = by(s) >= th;
    if (yes && s.same) c.tp++;
    else if (yes) c.fp++;
    else if (s.same) c.fn++;
    else c.tn++;
  }
  return c;
}
const precision = (c: Counts): number => c.tp / Math.max(1, c.tp + c.fp);
const recall = (c: Counts): number => c.tp / Math.max(1, c.tp + c.fn);
const f1 = (c: Counts): number => (2 * precision(c) * recall(c)) / Math.max(1e-9, precision(c) + recall(c));
const line = (c: Counts): string => `P ${fmt(precision(c))}  R ${fmt(recall(c))}  F1 ${fmt(f1(c))}  (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;

/** Threshold with the best F1 among those keeping precision ≥ 0.9 (else the best F1). */
function chooseThreshold(items: readonly Scored[], by: (s: Scored) => number): number {
  let best = 0.5;
  let bestKey = -1;
  for (let th = 0.05; th <= 0.95; th += 0.0125) {
    const c = count(items, th, by);
    const key = (precision(c) >= 0.9 ? 10 : 0) + f1(c);
    if (key > bestKey) {
      bestKey = key;
      best = th;
    }
  }
  return best;
}

const scored = scoreAll('topic');
const positives = pairs.filter((p) => p.same).length;
console.log(`# Sentence alignment\n\n## Labelled pairs: ${pairs.length} (${positives} same fact, ${pairs.length - positives} different), ${topics.length} invented topics`);
console.log(`align decision (score ≥ ${ALIGN_THRESHOLD}), topic as story context:  ${line(count(scored, ALIGN_THRESHOLD))}`);
console.log(`same, each pair scored with only itself as context:            ${line(count(scoreAll('pair'), ALIGN_THRESHOLD))}`);
const jt = chooseThreshold(scored, (s) => s.jaccard);
console.log(`baseline: word Jaccard with its best threshold (${jt.toFixed(3)}):             ${line(count(scored, jt, (s) => s.jaccard))}`);

// Threshold-only cross-validation: weights stay as shipped (they were chosen on all pairs).
const held: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
for (const t of topics) {
  const th = chooseThreshold(
    scored.filter((s) => s.topic !== t),
    (s) => s.score,
  );
  const c = count(
    scored.filter((s) => s.topic === t),
    th,
  );
  held.tp += c.tp;
  held.fp += c.fp;
  held.fn += c.fn;
  held.tn += c.tn;
}
console.log(`leave-one-topic-out (threshold re-chosen on the other topics):  ${line(held)}`);

console.log('\nper kind (share decided right):');
for (const kind of [...new Set(pairs.map((p) => `${p.same ? 'same' : 'different'}/${p.kind}`))].sort()) {
  const items = scored.filter((s) => `${s.same ? 'same' : 'different'}/${s.kind}` === kind);
  const right = items.filter((s) => s.score >= ALIGN_THRESHOLD === s.same).length;
  console.log(`  ${kind.padEnd(26)} ${right}/${items.length}`);
}
console.log('\nthreshold sweep:');
for (const th of [0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5]) {
  const c = count(scored, th);
  console.log(`  ${th.toFixed(3)}  P ${fmt(precision(c))}  R ${fmt(recall(c))}  F1 ${fmt(f1(c))}`);
}
if (values.errors) {
  console.log('\nerrors:');
  for (const s of scored.filter((x) => x.score >= ALIGN_THRESHOLD !== x.same)) {
    console.log(`  ${s.same ? 'missed' : 'false '} ${s.score.toFixed(2)} [${s.kind}]\n    A: ${s.a}\n    B: ${s.b}`);
  }
}

// --- 2. speed -------------------------------------------------------------------------------------------

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time<T>(f: () => T): { wall: number; cpu: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, value };
}

console.log(`\n## Speed (background word table loaded once per process: ${backgroundMs.toFixed(0)} ms, not counted below)`);
const fixture = loadStoryFixture();
for (const [label, extra] of [
  ['20 versions, short (≈ 8 sentences each)', 1],
  ['20 versions, long (≈ 33 sentences each)', 25],
] as const) {
  const articles = synthesiseStory(fixture.texts, 20, extra, 7);
  const versions = articles.map((article) => ({ article }));
  const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let cross = 0;
  for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) cross += articles[i]!.sentences.length * articles[j]!.sentences.length;
  const first = time(() => alignStory(versions, { rarity }));
  // A few more calls before timing: V8 compiles the hot functions on helper threads, whose CPU time counts.
  for (let w = 0; w < 3; w++) alignStory(versions, { rarity });
  const walls: number[] = [];
  const cpus: number[] = [];
  const norms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = time(() => alignStory(versions, { rarity }));
    walls.push(t.wall);
    cpus.push(t.cpu);
    norms.push(
      time(() => {
        for (const a of articles) normaliseArticle({ kind: 'raw', origin: { path: 'x.txt', format: 'text' }, text: a.text });
      }).cpu,
    );
  }
  const r = first.value;
  console.log(
    `${label}: ${sentences} sentences, ${(bytes / 1024).toFixed(0)} KB — best ${Math.min(...cpus).toFixed(1)} ms CPU, median ${median(cpus).toFixed(1)} ms CPU, ` +
      `${median(walls).toFixed(1)} ms wall (first call ${first.wall.toFixed(0)} ms); normalising the same articles ${median(norms).toFixed(1)} ms CPU ` +
      `(ratio ${(median(cpus) / Math.max(0.01, median(norms))).toFixed(1)}×); ${r.alignments.length} aligned pairs, ${r.claims.length} claims, ` +
      `${r.additions.length} additions; cross-version pairs ${cross}`,
  );
}

// --- 3. seeds and AllSides (evaluation data, read only when present) ------------------------------------

const seeds = loadSeeds();
if ('skip' in seeds) console.log(`\n## Seeds: skipped (${seeds.skip})`);
else {
  const r = alignStory(seeds.articles.slice(0, 4).map((article) => ({ article })), { rarity });
  const four = r.claims.filter((c) => c.support === 4);
  console.log(`\n## Seeds 000–003: ${r.claims.length} claims, ${four.length} with support 4; additions ${r.additions.length}, of which ${r.additions.filter((a) => a.holds.includes('quote')).length} hold a quote`);
  for (const c of four) console.log(`  [4] ${c.claim.slice(0, 110)}…`);
  console.log(`  provenance: ${r.provenance.independentSources} independent source(s) behind ${r.provenance.articles} articles (${r.provenance.reason})`);
}

const allsides = '/work/shared/eval/allsides/articles.jsonl';
if (!existsSync(allsides)) console.log('\n## AllSides: skipped (not present)');
else {
  interface Row {
    id: string;
    text: string;
    story: string;
    topic: string;
  }
  const rows = readFileSync(allsides, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const byStory = new Map<string, Row[]>();
  for (const r of rows) byStory.set(r.story, [...(byStory.get(r.story) ?? []), r]);
  const stories = [...byStory.values()].filter((s) => s.length >= 2);
  let same = 0;
  let samePairs = 0;
  let other = 0;
  let otherPairs = 0;
  const art = (r: Row) => articleFrom(`allsides-${r.id}`, r.text);
  for (let i = 0; i < stories.length; i++) {
    const s = stories[i]!;
    same += compareArticles(art(s[0]!), art(s[1]!), { rarity }).pairs.length;
    samePairs++;
    // Next story on the same topic: another event, often the same people.
    const o = stories.slice(i + 1).find((x) => x[0]!.topic === s[0]!.topic);
    if (o !== undefined) {
      other += compareArticles(art(s[0]!), art(o[0]!), { rarity }).pairs.length;
      otherPairs++;
    }
  }
  console.log(
    `\n## AllSides roundups (title + lead paragraphs): aligned sentence pairs per article pair — same story ${(same / samePairs).toFixed(2)} (${samePairs} pairs), ` +
      `different story, same topic ${(other / Math.max(1, otherPairs)).toFixed(2)} (${otherPairs} pairs; nearly all of those are false alignments)`,
  );
}
console.log('\nMSRP or another paraphrase corpus: not available under /work/shared, not evaluated.');

// --- 4. a corpus' stories, aligned as the report aligns them ----------------------------------------------

if (values.corpus !== undefined) {
  const texts = new Map<ArticleId, Article>();
  const analysis = new Analysis({ detail: false, onArticle: (a) => texts.set(a.id, a) });
  for await (const item of ingestPaths([values.corpus])) analysis.add(item);
  const { grouping } = analysis.finish();
  // The report aligns with the analysis' own word rarity (corpus document frequencies included).
  const corpusRarity = (analysis as unknown as { readonly rarity: Rarity }).rarity;
  // The versions of each story as src/pipeline/detail.ts builds them.
  const stories: AlignVersion[][] = [];
  for (const story of grouping.stories) {
    const members = story.articles.map((id) => texts.get(id)).filter((a): a is Article => a !== undefined);
    const root = new Map<ArticleId, ArticleId>();
    for (const g of story.copies) for (const id of g) root.set(id, g[0]!);
    const copyRoot = (a: ArticleId): ArticleId => root.get(a) ?? a;
    if (new Set(members.map((a) => copyRoot(a.id))).size < 2) continue;
    stories.push(
      members
        .filter((a) => a.sentences.length > 0)
        .map((a) => (root.has(a.id) && copyRoot(a.id) !== a.id ? { article: a, copyOf: copyRoot(a.id) } : { article: a })),
    );
  }
  const cpuOf = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const byVersions = new Map<number, number[]>(); // versions → story indices
  stories.forEach((s, i) => byVersions.set(s.length, [...(byVersions.get(s.length) ?? []), i]));
  // Per story, the best CPU time over the runs (each run aligns every story once, after a warm-up run).
  const best = stories.map(() => Infinity);
  const totals: number[] = [];
  for (const s of stories) alignStory(s, { rarity: corpusRarity });
  for (let r = 0; r < runs; r++) {
    totals.push(
      cpuOf(() => {
        stories.forEach((s, i) => {
          best[i] = Math.min(best[i]!, cpuOf(() => alignStory(s, { rarity: corpusRarity })));
        });
      }),
    );
  }
  const sentences = stories.reduce((n, s) => n + s.reduce((m, v) => m + v.article.sentences.length, 0), 0);
  const bestTotal = Math.min(...totals);
  console.log(
    `\n## Corpus ${values.corpus}: ${texts.size} articles, ${stories.length} stories of ≥ 2 independent versions, ${sentences} sentences\n` +
      `aligning all of them: best of ${runs} runs ${bestTotal.toFixed(0)} ms CPU (median ${median(totals).toFixed(0)} ms) — ${(bestTotal / Math.max(1, stories.length)).toFixed(3)} ms per story`,
  );
  console.log('per story by versions (mean of each story\'s best CPU time over the runs):');
  for (const v of [...byVersions.keys()].sort((a, b) => a - b)) {
    const ids = byVersions.get(v)!;
    const mean = ids.reduce((t, i) => t + best[i]!, 0) / ids.length;
    console.log(`  ${String(v).padStart(2)} versions: ${String(ids.length).padStart(4)} stories, ${mean.toFixed(3)} ms`);
  }
  if (values.dump !== undefined) {
    writeFileSync(values.dump, stories.map((s) => JSON.stringify(alignStory(s, { rarity: corpusRarity }))).join('\n') + '\n');
    console.log(`alignments written to ${values.dump}`);
  }
}
