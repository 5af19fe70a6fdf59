// The web pages over a store (what `retold serve` mounts at `/`): the same stories, agreement, quotes and
// comparisons as the in-memory report of the same corpus, and the story list's filters answered by the store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, type IngestItem } from '../src/ingest/index.js';
import { analyze } from '../src/pipeline/analyze.js';
import { buildReport, type Report, type ReportStory } from '../src/present/report.js';
import { openStore, StoredCorpus, normaliseItems, type Store } from '../src/store/index.js';
import { createApp } from '../src/http/app.js';
import { storeWebData, webApp, type WebData } from '../src/web/index.js';

const CORPUS = 'examples/corpus';
const dir = mkdtempSync(join(tmpdir(), 'retold-web-store-'));
let store: Store;
let corpus: StoredCorpus;
let data: WebData;
let report: Report;

before(async () => {
  store = await openStore({ kind: 'sqlite', path: join(dir, 'w.db') });
  corpus = await StoredCorpus.open(store);
  const items: IngestItem[] = [];
  for await (const item of ingestPaths([CORPUS])) items.push(item);
  await corpus.add(normaliseItems(items).articles);
  data = storeWebData(corpus);
  report = buildReport(await analyze([CORPUS]));
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const members = (s: ReportStory): string => s.articles.map((a) => a.id).sort().join(',');

test('the list shows every stored story, largest first, with its articles and copies', async () => {
  const page = await data.stories({ limit: 200 });
  assert.equal(page.total, (await store.stats()).stories);
  assert.equal(page.items.length, page.total);
  const sizes = page.items.map((s) => s.articles.length);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
  // Same corpus, same grouping: the stored stories are the analysed ones.
  assert.deepEqual(page.items.map(members).sort(), report.stories.map(members).sort());
  for (const s of page.items) {
    const inMemory = report.stories.find((r) => members(r) === members(s))!;
    assert.equal(s.versions, inMemory.versions, s.title);
    assert.deepEqual(s.sources, inMemory.sources);
  }
});

test('a story page has the detail the report has: agreement with support, quotes, entities', async () => {
  const multi = report.stories.filter((s) => s.versions >= 2);
  assert.ok(multi.length >= 3);
  const listed = (await data.stories({ limit: 200 })).items;
  for (const r of multi) {
    const id = listed.find((s) => members(s) === members(r))!.id;
    const s = (await data.story(id))!;
    assert.deepEqual(
      s.agreement.map((c) => [c.claim, c.support]),
      r.agreement.map((c) => [c.claim, c.support]),
      r.title,
    );
    assert.deepEqual(s.quotes.map((q) => [q.text, q.status]).sort(), r.quotes.map((q) => [q.text, q.status]).sort());
    assert.deepEqual(s.entities.map((e) => e.name).sort(), r.entities.map((e) => e.name).sort());
    assert.equal(s.provenance?.origin, r.provenance?.origin);
    assert.deepEqual(
      s.articles.map((a) => a.additions.length),
      s.articles.map((a) => r.articles.find((x) => x.id === a.id)!.additions.length),
    );
  }
});

test('filters: words, source, dates and order are answered from the store', async () => {
  const all = (await data.stories({ limit: 200 })).items;
  const big = all[0]!;
  const word = big.title.split(/\s+/).find((w) => /^[A-Z][a-z]{4,}$/.test(w))!;
  const byWord = await data.stories({ q: word });
  assert.ok(byWord.items.some((s) => s.id === big.id), `“${word}” finds “${big.title}”`);
  assert.ok(byWord.total < all.length);
  const source = big.sources[0]!;
  const bySource = await data.stories({ source: source.toUpperCase() });
  assert.ok(bySource.items.length > 0 && bySource.items.every((s) => s.sources.includes(source)));
  assert.equal((await data.stories({ source: 'No Such Outlet' })).total, 0);
  assert.equal((await data.stories({ from: '2999-01-01' })).total, 0);
  const paged = await data.stories({ limit: 2, offset: 2 });
  assert.deepEqual(paged.items.map((s) => s.id), all.slice(2, 4).map((s) => s.id));
  assert.equal((await data.stories({ q: `${word} zzzqqq` })).total, 0);
});

test('article and comparison pages; unknown ids are undefined, not errors', async () => {
  const story = (await data.stories({ limit: 1 })).items[0]!;
  const [a, b] = story.articles.filter((x) => x.placement.kind !== 'copy');
  const view = (await data.article(a!.id))!;
  assert.equal(view.story.id, story.id);
  assert.ok(view.text.length > 200 && view.sentences.length > 3);
  const cmp = (await data.compare(a!.id, b!.id))!;
  assert.equal(cmp.aSentences.length, view.sentences.length);
  assert.ok(cmp.comparison.pairs.length > 0);
  assert.equal(await data.story('s999999'), undefined);
  assert.equal(await data.article('0000000000000000'), undefined);
  assert.equal(await data.compare(a!.id, '0000000000000000'), undefined);
});

test('served with the API: pages at /, JSON at /api, a strict CSP on pages', async () => {
  const app = createApp({ corpus, web: webApp(storeWebData(corpus)) });
  const list = await app.request('/');
  assert.equal(list.status, 200);
  assert.match(list.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  const html = await list.text();
  const id = /href="\/stories\/(s\d+)"/.exec(html)![1]!;
  const page = await app.request(`/stories/${id}`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /id="agreement"/);
  assert.equal((await app.request('/stories/s999999')).status, 404);
  const api = await app.request(`/api/stories/${id}`);
  assert.equal(api.status, 200);
  assert.equal(((await api.json()) as { story: { id: string } }).story.id, id);
});
