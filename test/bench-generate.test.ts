import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateArticles,
  generateCorpus,
  writeCorpus,
  type SynthArticle,
  type SynthRecord,
} from '../bench/generate.js';
import { Prng, ZipfSampler } from '../bench/prng.js';
import { parseGold } from '../src/eval/gold.js';

const shingles = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
};
const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

const withTempDir = async (run: (dir: string) => Promise<void>): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'retold-synth-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const corpus: readonly SynthArticle[] = [...generateArticles({ articles: 200, seed: 7 })];

test('same seed gives byte-identical files; another seed gives other files', async () => {
  await withTempDir(async (dir) => {
    const a = await writeCorpus({ articles: 200, seed: 1, out: join(dir, 'a') });
    const b = await writeCorpus({ articles: 200, seed: 1, out: join(dir, 'b') });
    const c = await writeCorpus({ articles: 200, seed: 2, out: join(dir, 'c') });
    const [ja, jb, jc] = await Promise.all([a, b, c].map((r) => readFile(r.jsonlPath)));
    const [ga, gb, gc] = await Promise.all([a, b, c].map((r) => readFile(r.goldPath)));
    assert.ok(ja?.equals(jb as Buffer), 'JSONL identical for one seed');
    assert.ok(ga?.equals(gb as Buffer), 'gold identical for one seed');
    assert.ok(!ja?.equals(jc as Buffer), 'JSONL differs for another seed');
    assert.ok(!ga?.equals(gc as Buffer), 'gold differs for another seed');
    assert.equal(a.articles, 200);
    assert.equal(a.bytes, ja?.length);
  });
});

test('records: fields in order, unique ids, publication order, 2–4 KB texts in paragraphs', async () => {
  const records: SynthRecord[] = [];
  for await (const r of generateCorpus({ articles: 200, seed: 7 })) records.push(r);
  assert.deepEqual(records, corpus.map((a) => a.record), 'generateCorpus yields the records of generateArticles');
  assert.equal(records.length, 200);
  assert.equal(new Set(records.map((r) => r.id)).size, 200);
  const sources = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as SynthRecord;
    assert.deepEqual(Object.keys(r), ['id', 'source', 'title', 'published', 'text']);
    assert.match(r.id, /^[0-9a-f]{12}$/);
    assert.match(r.published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    if (i > 0) assert.ok(r.published >= (records[i - 1] as SynthRecord).published, 'publication order');
    assert.ok(r.title.length > 0);
    assert.ok(r.text.length >= 1900 && r.text.length <= 4200, `text length ${r.text.length}`);
    assert.ok(r.text.split('\n\n').length >= 4, 'several paragraphs');
    assert.ok(!/\n\n\n|^\s|\s$/.test(r.text), 'clean paragraph breaks');
    sources.add(r.source);
  }
  assert.ok(sources.size >= 30, `${sources.size} outlets used`);
  const originals = corpus.filter((a) => a.kind !== 'exact-copy' && a.kind !== 'syndicated-copy');
  const mean = originals.reduce((s, a) => s + a.record.text.length, 0) / originals.length;
  assert.ok(mean >= 2500 && mean <= 4000, `mean text of originals and rewrites ${mean}`);
});

test('gold is valid, covers every id once, and copy groups match the generator', async () => {
  await withTempDir(async (dir) => {
    const result = await writeCorpus({ articles: 200, seed: 7, out: join(dir, 'g') });
    const gold = parseGold(JSON.parse(await readFile(result.goldPath, 'utf8')), result.goldPath);
    const ids = corpus.map((a) => a.record.id);
    assert.deepEqual([...gold.storyOf.keys()].sort(), [...ids].sort());
    for (const a of corpus) {
      assert.equal(gold.storyOf.get(a.record.id), a.story.id);
      assert.equal(gold.topicOf.get(a.record.id), a.story.topic);
    }
    assert.equal(result.stories, gold.stories.length);
    assert.ok(gold.stories.length >= 40 && gold.stories.length <= 120, `${gold.stories.length} stories`);
    assert.ok(gold.stories.some((s) => s.articles.length >= 5), 'some large stories');
    assert.ok(gold.stories.filter((s) => s.articles.length === 1).length >= gold.stories.length / 4, 'many small');
    const topics = new Set(gold.stories.map((s) => s.topic));
    assert.ok(topics.size >= 2 && topics.size < gold.stories.length, 'stories share topics');
    // Every copy is in exactly one gold group, with the article it copies first.
    const copies = corpus.filter((a) => a.copyOf !== undefined);
    assert.ok(copies.length >= 20, `${copies.length} copies`);
    assert.equal(gold.copyGroups.reduce((n, g) => n + g.length - 1, 0), copies.length);
    for (const a of copies) {
      const group = gold.copyGroups.find((g) => g.includes(a.record.id));
      assert.equal(group?.[0], a.copyOf);
    }
  });
});

test('copies keep ≥ 70% of their source by 5-word shingle containment, both ways', () => {
  const byId = new Map(corpus.map((a) => [a.record.id, a]));
  let syndicated = 0;
  for (const a of corpus) {
    if (a.copyOf === undefined) continue;
    const source = byId.get(a.copyOf);
    assert.ok(source, 'the source is in the corpus');
    assert.equal(source.story.id, a.story.id);
    assert.notEqual(source.record.source, a.record.source, 'a copy comes from another outlet');
    const s = shingles(source.record.text);
    const c = shingles(a.record.text);
    const both = shared(s, c);
    assert.ok(both / s.size >= 0.7, `${a.kind} ${a.record.id} keeps ${(both / s.size).toFixed(2)} of its source`);
    assert.ok(both / c.size >= 0.7, `${a.kind} ${a.record.id} is ${(both / c.size).toFixed(2)} its source`);
    if (a.kind === 'exact-copy') assert.equal(a.record.text, source.record.text);
    else {
      assert.notEqual(a.record.text, source.record.text, 'a syndicated copy changes something');
      syndicated++;
    }
  }
  assert.ok(syndicated >= 10, `${syndicated} syndicated copies`);
});

test('versions of one story that are not copies share entity names but < 40% of shingles', () => {
  const byStory = new Map<string, SynthArticle[]>();
  for (const a of corpus) {
    if (a.copyOf !== undefined) continue;
    byStory.set(a.story.id, [...(byStory.get(a.story.id) ?? []), a]);
  }
  let pairs = 0;
  for (const versions of byStory.values()) {
    const names = versions.map((v) => new Set(v.story.entities.filter((e) => v.record.text.includes(e))));
    for (const n of names) assert.ok(n.size >= 2, `a version names ${n.size} of its story's entities`);
    for (let i = 0; i < versions.length; i++) {
      for (let j = i + 1; j < versions.length; j++) {
        const a = shingles((versions[i] as SynthArticle).record.text);
        const b = shingles((versions[j] as SynthArticle).record.text);
        const containment = shared(a, b) / Math.min(a.size, b.size);
        assert.ok(containment < 0.4, `two versions share ${containment.toFixed(2)} of shingles`);
        assert.ok(shared(names[i] as Set<string>, names[j] as Set<string>) >= 1, 'two versions share a name');
        pairs++;
      }
    }
  }
  assert.ok(pairs >= 20, `${pairs} pairs of versions`);
});

test('stories of one topic share vocabulary but not text; other stories share neither', () => {
  const originals = corpus.filter((a) => a.kind === 'original');
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[a-z]+/g) ?? []);
  const jaccard = (a: Set<string>, b: Set<string>): number => shared(a, b) / (a.size + b.size - shared(a, b));
  const sibling: number[] = [];
  const unrelated: number[] = [];
  for (let i = 0; i < originals.length; i++) {
    for (let j = i + 1; j < originals.length; j++) {
      const a = originals[i] as SynthArticle;
      const b = originals[j] as SynthArticle;
      const sa = shingles(a.record.text);
      const sb = shingles(b.record.text);
      assert.ok(shared(sa, sb) / Math.min(sa.size, sb.size) < 0.15, 'different stories share little text');
      (a.story.topic === b.story.topic ? sibling : unrelated).push(jaccard(words(a.record.text), words(b.record.text)));
    }
  }
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(sibling.length > 10 && unrelated.length > 10);
  const [s, u] = [mean(sibling), mean(unrelated)];
  assert.ok(s > u * 1.15, `word overlap of siblings ${s.toFixed(3)} vs unrelated ${u.toFixed(3)}`);
});

test('the command line writes the same files as writeCorpus', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'cli');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/generate.ts', '--articles', '60', '--seed', '3', '--out', out],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^60 articles in \d+ stories/);
    const api = await writeCorpus({ articles: 60, seed: 3, out: join(dir, 'api') });
    assert.ok((await readFile(`${out}.jsonl`)).equals(await readFile(api.jsonlPath)));
    assert.ok((await readFile(`${out}.gold.json`)).equals(await readFile(api.goldPath)));
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'bench/generate.ts', '--articles', 'many'], {
      encoding: 'utf8',
    });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--articles must be an integer, got "many"/);
  });
});

test('Prng is deterministic and ZipfSampler draws ranks in proportion to 1/(rank + offset)', () => {
  const a = new Prng(42);
  const b = new Prng(42);
  const c = new Prng(43);
  const sa = Array.from({ length: 5 }, () => a.uint32());
  assert.deepEqual(sa, Array.from({ length: 5 }, () => b.uint32()));
  assert.notDeepEqual(sa, Array.from({ length: 5 }, () => c.uint32()));
  const zipf = new ZipfSampler(50, 1, 3);
  const counts = new Array<number>(50).fill(0);
  const rng = new Prng(1);
  const draws = 200_000;
  for (let i = 0; i < draws; i++) {
    const rank = zipf.sample(rng);
    counts[rank] = (counts[rank] ?? 0) + 1;
  }
  let total = 0;
  for (let i = 0; i < 50; i++) total += 1 / (i + 3);
  for (const i of [0, 1, 5, 20, 49]) {
    const expected = (draws * (1 / (i + 3))) / total;
    const observed = counts[i] as number;
    // Within 5 standard deviations of a binomial count.
    const within = Math.abs(observed - expected) < 5 * Math.sqrt(expected);
    assert.ok(within, `rank ${i}: ${observed} vs ${expected.toFixed(0)}`);
  }
});
