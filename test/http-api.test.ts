// The HTTP API in process (app.request): every endpoint, its errors, status and body; every JSON body is checked
// against the OpenAPI document the server publishes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Hono } from 'hono';
import type { Article } from '../src/model/article.js';
import { createApp, openApiDocument } from '../src/http/index.js';
import { ingestPaths } from '../src/ingest/index.js';
import { normaliseItems, SqliteStore, StoredCorpus, type Store } from '../src/store/index.js';

const ROOT = join(import.meta.dirname, '..');
const DOC = openApiDocument('test') as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ ...(DOC as object), $id: 'https://retold.test/openapi.json' });

type Json = Record<string, unknown>;
interface Reply {
  readonly status: number;
  readonly body: Json;
  readonly headers: Headers;
}

/** Send a request and check its JSON body against the response schema of `route` (the OpenAPI path template). */
async function call(app: Hono, route: string, path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await app.request(path, init);
  const method = (init.method ?? 'GET').toLowerCase();
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${method} ${path}: JSON`);
  const body = (await res.json()) as Json;
  const op = DOC.paths[route]?.[method];
  assert.ok(op !== undefined, `the document describes ${method} ${route}`);
  const response = op.responses[String(res.status)];
  assert.ok(response !== undefined, `the document lists status ${res.status} for ${method} ${route} (body ${JSON.stringify(body).slice(0, 200)})`);
  const pointer = `#/paths/${route.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${res.status}/content/application~1json/schema`;
  const validate = ajv.getSchema(`https://retold.test/openapi.json${pointer}`);
  assert.ok(validate !== undefined, `schema at ${pointer}`);
  assert.ok(validate(body), `${method} ${path} ${res.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 400)}`);
  return { status: res.status, body, headers: res.headers };
}

const json = (value: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

async function examples(): Promise<Article[]> {
  const items = [];
  for await (const item of ingestPaths([join(ROOT, 'examples', 'corpus')])) items.push(item);
  return normaliseItems(items).articles;
}

const RECORD = {
  id: 'ostmere-ferry-1',
  source: 'Ostmere Gazette',
  title: 'Harbour board approves Kestrel Point ferry terminal after 7-2 vote',
  published: '2025-03-04T09:30:00Z',
  text:
    'The Ostmere harbour board voted 7-2 on Tuesday to approve the Kestrel Point ferry terminal, a 41 million crown project ' +
    'that chair Ilse Marwick called "the biggest change to the waterfront in a generation".\n\n' +
    'Construction is to begin in September and the first sailings to Varnholm are planned for the spring of 2027.',
};

describe('HTTP API', () => {
  let dir: string;
  let store: Store;
  let corpus: StoredCorpus;
  let app: Hono;
  let articles: Article[];
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'retold-http-'));
    store = SqliteStore.open({ path: join(dir, 'api.db') });
    corpus = await StoredCorpus.open(store);
    articles = await examples();
    // Batches of 6 make the example corpus merge two stories (s000011 into s000010).
    for (let i = 0; i < articles.length; i += 6) await corpus.add(articles.slice(i, i + 6));
    await store.indexSearch();
    app = createApp({ corpus, version: 'test' });
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('GET /api/health', async () => {
    const r = await call(app, '/api/health', '/api/health');
    assert.equal(r.status, 200);
    assert.deepEqual([r.body['status'], r.body['version'], r.body['articles']], ['ok', 'test', articles.length]);
  });

  test('GET /api/openapi.json is the OpenAPI 3.1 document with every route', async () => {
    const res = await app.request('/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/articles',
      '/api/articles/{id}',
      '/api/articles/{id}/similar',
      '/api/compare',
      '/api/health',
      '/api/openapi.json',
      '/api/search',
      '/api/stories',
      '/api/stories/{id}',
    ]);
  });

  test('docs/openapi.json is the document the server serves (regenerate it when the API changes)', async () => {
    const { readFile } = await import('node:fs/promises');
    const file = JSON.parse(await readFile(join(ROOT, 'docs', 'openapi.json'), 'utf8')) as unknown;
    assert.deepEqual(file, openApiDocument('0.1.0'), 'regenerate docs/openapi.json with the command in docs/API.md');
  });

  test('GET /api/stories: pages, filters and their errors', async () => {
    const all = await call(app, '/api/stories', '/api/stories?limit=500');
    assert.equal(all.status, 200);
    const stories = all.body['stories'] as { id: string; articles: number; sources: string[]; names: string[]; first?: string; last?: string }[];
    assert.equal(all.body['total'], stories.length);
    assert.equal(stories.reduce((n, s) => n + s.articles, 0), articles.length);
    assert.ok(!stories.some((s) => s.id === 's000011'), 'the merged story is not listed');

    const seen: string[] = [];
    let next: string | undefined;
    do {
      const page = await call(app, '/api/stories', `/api/stories?limit=3&order=created${next === undefined ? '' : `&cursor=${encodeURIComponent(next)}`}`);
      seen.push(...(page.body['stories'] as { id: string }[]).map((s) => s.id));
      next = page.body['next'] as string | undefined;
    } while (next !== undefined);
    assert.deepEqual(seen, stories.map((s) => s.id).sort().reverse(), 'cursor pages: every story once, newest first');
    const offset = await call(app, '/api/stories', '/api/stories?limit=3&order=created&offset=3');
    assert.deepEqual((offset.body['stories'] as { id: string }[]).map((s) => s.id), seen.slice(3, 6));

    const someone = stories.find((s) => s.names.length > 0 && s.articles > 1)!;
    const byEntity = await call(app, '/api/stories', `/api/stories?entity=${encodeURIComponent(someone.names[0]!.slice(0, -1).toUpperCase())}`);
    assert.ok((byEntity.body['stories'] as { id: string }[]).some((s) => s.id === someone.id));
    const bySource = await call(app, '/api/stories', `/api/stories?source=${encodeURIComponent(someone.sources[0]!)}`);
    for (const s of bySource.body['stories'] as { sources: string[] }[]) assert.ok(s.sources.includes(someone.sources[0]!));
    const day = someone.first!.slice(0, 10);
    const byDay = await call(app, '/api/stories', `/api/stories?from=${day}&to=${day}`);
    const ids = (byDay.body['stories'] as { id: string; first: string; last: string }[]).map((s) => s.id);
    assert.ok(ids.includes(someone.id));
    assert.deepEqual(ids.sort(), stories.filter((s) => s.first !== undefined && s.first.slice(0, 10) <= day && s.last!.slice(0, 10) >= day).map((s) => s.id).sort());

    for (const [query, message] of [
      ['from=yesterday', /from must be an ISO 8601 date/],
      ['limit=0', /limit must be a whole number from 1 to 500/],
      ['limit=ten', /limit must be a whole number/],
      ['order=biggest', /order must be updated, created or size/],
      ['cursor=abc', /cursor "abc" is not one a story listing returned/],
      ['cursor=abc&offset=2', /pass cursor or offset, not both/],
    ] as const) {
      const r = await call(app, '/api/stories', `/api/stories?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.body['code'], 'usage');
      assert.match(r.body['message'] as string, message);
    }
  });

  test('GET /api/stories/{id}: articles with placements, copies, related; merged ids redirect; unknown 404', async () => {
    const r = await call(app, '/api/stories/{id}', '/api/stories/s000010');
    assert.equal(r.status, 200);
    const list = r.body['articles'] as { id: string; placement: { kind: string } }[];
    assert.equal((r.body['story'] as { articles: number }).articles, list.length);
    assert.ok(list.length >= 2);
    const withCopies = await call(app, '/api/stories', '/api/stories?order=size&limit=500');
    let copies = 0;
    for (const s of withCopies.body['stories'] as { id: string }[]) {
      const one = await call(app, '/api/stories/{id}', `/api/stories/${s.id}`);
      for (const group of one.body['copies'] as string[][]) {
        copies++;
        const placements = new Map((one.body['articles'] as { id: string; placement: { kind: string; of?: string } }[]).map((a) => [a.id, a.placement]));
        assert.ok(group.slice(1).every((id) => placements.get(id)?.kind === 'copy'), 'a copy group is an article and its copies');
      }
    }
    assert.ok(copies > 0, 'the example corpus has copy groups');

    const merged = await call(app, '/api/stories/{id}', '/api/stories/s000011');
    assert.equal(merged.status, 301);
    assert.equal(merged.headers.get('location'), '/api/stories/s000010');
    assert.deepEqual([merged.body['code'], merged.body['mergedInto']], ['story.merged', 's000010']);

    const missing = await call(app, '/api/stories/{id}', '/api/stories/s999999');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, { code: 'http.not-found', message: 'no story s999999 in the store' });
  });

  test('GET /api/articles/{id} and /similar', async () => {
    const a = articles[5]!;
    const r = await call(app, '/api/articles/{id}', `/api/articles/${a.id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body['text'], a.text);
    assert.equal((r.body['sentences'] as unknown[]).length, a.sentences.length);
    const similar = await call(app, '/api/articles/{id}/similar', `/api/articles/${a.id}/similar?limit=3`);
    assert.equal(similar.status, 200);
    const ranked = similar.body['stories'] as { own: boolean; accepted: boolean; story: { id: string } }[];
    assert.ok(ranked.length >= 1 && ranked.length <= 3);
    assert.equal(ranked[0]!.own, true);
    assert.equal(ranked[0]!.story.id, r.body['story']);
    assert.equal((await call(app, '/api/articles/{id}', '/api/articles/0000000000000000')).status, 404);
    assert.equal((await call(app, '/api/articles/{id}/similar', '/api/articles/0000000000000000/similar')).status, 404);
    assert.equal((await call(app, '/api/articles/{id}/similar', `/api/articles/${a.id}/similar?limit=11`)).status, 400);
  });

  test('GET /api/search', async () => {
    const a = articles[0]!;
    const word = a.title!.split(' ').find((w) => /^[A-Z][a-z]{5,}$/.test(w))!;
    const r = await call(app, '/api/search', `/api/search?q=${encodeURIComponent(word)}&limit=5`);
    assert.equal(r.status, 200);
    const hits = r.body['articles'] as { id: string; snippet: string }[];
    assert.ok(hits.some((h) => h.id === a.id));
    assert.ok(hits.every((h) => h.snippet.includes('**')));
    assert.ok((r.body['stories'] as unknown[]).length >= 1);
    assert.equal((await call(app, '/api/search', '/api/search')).status, 400);
    const noWord = await call(app, '/api/search', '/api/search?q=%22%22');
    assert.deepEqual([noWord.status, noWord.body['code']], [400, 'usage']);
  });

  test('GET /api/compare: two tellings sentence by sentence', async () => {
    const story = await call(app, '/api/stories/{id}', '/api/stories/s000001');
    const [x, y] = (story.body['articles'] as { id: string }[]).map((a) => a.id);
    const r = await call(app, '/api/compare', `/api/compare?a=${x}&b=${y}`);
    assert.equal(r.status, 200);
    assert.deepEqual([r.body['a'], r.body['b']], [x, y]);
    const pairs = r.body['pairs'] as { a: number; b: number; score: number }[];
    assert.ok(pairs.length > 0);
    const sa = r.body['sentencesA'] as string[];
    const sb = r.body['sentencesB'] as string[];
    for (const p of pairs) assert.ok(p.a < sa.length && p.b < sb.length);
    assert.equal((await call(app, '/api/compare', `/api/compare?a=${x}`)).status, 400);
    const missing = await call(app, '/api/compare', `/api/compare?a=${x}&b=0000000000000000`);
    assert.deepEqual([missing.status, missing.body['message']], [404, 'no article 0000000000000000 in the store']);
  });

  test('POST /api/articles: JSON record, array, NDJSON, text and HTML bodies; idempotent', async () => {
    const one = await call(app, '/api/articles', '/api/articles', json(RECORD));
    assert.equal(one.status, 201);
    assert.deepEqual([one.body['stored'], one.body['existing'], one.body['rejected']], [1, 0, 0]);
    const [first] = one.body['articles'] as { id: string; status: string; story: string; placement: { kind: string } }[];
    assert.equal(first!.status, 'stored');
    assert.equal(first!.placement.kind, 'new');
    const again = await call(app, '/api/articles', '/api/articles', json(RECORD));
    assert.equal(again.status, 200);
    assert.deepEqual(again.body['articles'], [{ id: first!.id, status: 'existing', story: first!.story }]);

    const copy = { ...RECORD, id: 'varnholm-post-2', source: 'Varnholm Post' };
    const bad = { title: 'A number is no text', text: 17 };
    const batch = await call(app, '/api/articles', '/api/articles', json([copy, RECORD, bad]));
    assert.equal(batch.status, 201);
    assert.deepEqual([batch.body['stored'], batch.body['existing'], batch.body['rejected']], [1, 1, 1]);
    const stored = (batch.body['articles'] as { status: string; story: string; placement?: { kind: string; of?: string } }[])[0]!;
    assert.deepEqual([stored.story, stored.placement?.kind, stored.placement?.of], [first!.story, 'copy', first!.id], 'the same text from another outlet is a copy in the same story');
    assert.equal((batch.body['rejections'] as { record: number }[])[0]!.record, 3);

    const ndjson = [{ ...RECORD, id: 'nd-1', text: RECORD.text + ' Tickets go on sale in May.' }].map((r) => JSON.stringify(r)).join('\n') + '\n';
    const nd = await call(app, '/api/articles', '/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: ndjson });
    assert.equal(nd.status, 201);

    const text = 'Varnholm council confirmed on Wednesday that the new ferry berth will open in 2027.\n\nMayor Oskar Tjelle said the town had waited forty years.';
    const plain = await call(app, '/api/articles', '/api/articles?url=https%3A%2F%2Fvarnholm.example%2Fberth&source=Varnholm%20Post&published=2025-03-05', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: text,
    });
    assert.equal(plain.status, 201);
    const plainId = (plain.body['articles'] as { id: string }[])[0]!.id;
    const back = await call(app, '/api/articles/{id}', `/api/articles/${plainId}`);
    assert.deepEqual([back.body['url'], back.body['source'], back.body['published']], ['https://varnholm.example/berth', 'Varnholm Post', '2025-03-05']);

    const html = `<!doctype html><html><head><title>Berth approved | Varnholm Post</title><meta property="og:site_name" content="Varnholm Post"></head>
      <body><article><h1>Varnholm berth approved</h1><p>${'The Varnholm ferry berth was approved by the council on Wednesday after a long debate about costs and the harbour. '.repeat(4)}</p>
      <p>${'Work on the quay starts in autumn, the harbour master Liv Sandaker said, and ferries should call from 2027. '.repeat(3)}</p></article></body></html>`;
    const page = await call(app, '/api/articles', '/api/articles?url=https%3A%2F%2Fvarnholm.example%2Fpage', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: html });
    assert.equal(page.status, 201);
    const pageId = (page.body['articles'] as { id: string }[])[0]!.id;
    assert.match(((await call(app, '/api/articles/{id}', `/api/articles/${pageId}`)).body['title'] as string) ?? '', /berth/i);
  });

  test('POST /api/articles errors: media type, empty, unreadable, bad query, too large', async () => {
    const media = await call(app, '/api/articles', '/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: 'x' });
    assert.equal(media.status, 415);
    assert.equal(media.body['code'], 'http.unsupported-media');
    const empty = await call(app, '/api/articles', '/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' });
    assert.deepEqual([empty.status, empty.body['code']], [400, 'usage']);
    const broken = await call(app, '/api/articles', '/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title": "x", ' });
    assert.equal(broken.status, 422);
    assert.equal(broken.body['code'], 'input.malformed-record');
    assert.equal((broken.body['rejections'] as unknown[]).length, 1);
    const noText = await call(app, '/api/articles', '/api/articles', json({ text: 17 }));
    assert.equal(noText.status, 422);
    assert.match(noText.body['message'] as string, /^no article could be read from the request: /);
    const date = await call(app, '/api/articles', '/api/articles?published=someday', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Some text about the harbour.' });
    assert.deepEqual([date.status, date.body['code']], [400, 'usage']);

    const small = createApp({ corpus, maxBodyBytes: 1000 });
    const big = await call(small, '/api/articles', '/api/articles', json({ ...RECORD, text: 'word '.repeat(400) }));
    assert.equal(big.status, 413);
    assert.equal(big.body['code'], 'http.too-large');
  });

  test('with a token, writes need it and reads do not', async () => {
    const guarded = createApp({ corpus, token: 's3cret-token' });
    const none = await call(guarded, '/api/articles', '/api/articles', json(RECORD));
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.match(none.body['message'] as string, /needs a token to write/);
    const wrong = await call(guarded, '/api/articles', '/api/articles', json(RECORD, { Authorization: 'Bearer s3cret-tokem' }));
    assert.deepEqual([wrong.status, wrong.body['message']], [401, 'the bearer token is wrong']);
    const right = await call(guarded, '/api/articles', '/api/articles', json(RECORD, { Authorization: 'Bearer s3cret-token' }));
    assert.equal(right.status, 200, 'accepted (and already stored)');
    assert.equal((await call(guarded, '/api/health', '/api/health')).status, 200);
  });

  test('the web page mounts at / through the hook, /api keeps its routes', async () => {
    const web = new Hono().get('/', (c) => c.html('<h1>Stories</h1>'));
    const both = createApp({ corpus, web });
    const page = await both.request('/');
    assert.deepEqual([page.status, await page.text()], [200, '<h1>Stories</h1>']);
    assert.equal((await call(both, '/api/health', '/api/health')).status, 200);
  });

  test('unknown routes are JSON 404s; a failing store is a 500 that tells no internals', async () => {
    const res = await app.request('/api/nothing-here');
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { code: 'http.not-found', message: 'no route for GET /api/nothing-here; see /api/openapi.json' });
    const root = await app.request('/');
    assert.equal(root.status, 404, 'nothing is mounted at / until the web page is');

    const other = await mkdtemp(join(tmpdir(), 'retold-http-closed-'));
    try {
      const closedStore = SqliteStore.open({ path: join(other, 'x.db') });
      const lines: string[] = [];
      const broken = createApp({ corpus: await StoredCorpus.open(closedStore), log: (l) => lines.push(l) });
      await closedStore.close();
      const r = await call(broken, '/api/stories', '/api/stories');
      assert.equal(r.status, 500);
      assert.deepEqual(r.body, { code: 'store.failed', message: 'the store failed; nothing of this request was kept (the server log says why)' });
      assert.match(lines.join('\n'), /the store is closed/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
