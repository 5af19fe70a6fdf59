import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { analyze } from '../pipeline/analyze.js';
import { buildReport, type Report, type ReportStory } from '../present/report.js';
import { parseHtmlDocument, type DomDocument } from '../ingest/dom.js';
import { RetoldError } from '../model/errors.js';
import { renderHtmlReport, renderStaticReport } from '../present/html-report.js';
import { reportWebData, webApp, WEB_CSP, type WebData } from './index.js';
import type { Hono } from 'hono';

let corpus: { report: Report; app: Hono; result: Awaited<ReturnType<typeof analyze>> };
let hostile: { report: Report; app: Hono; html: string };

before(async () => {
  const result = await analyze(['examples/corpus'], { keepTexts: true });
  const report = buildReport(result);
  corpus = { report, app: webApp(reportWebData(report, result.texts)), result };
  const h = await analyze(['test/fixtures/web/hostile.jsonl'], { keepTexts: true });
  const hr = buildReport(h);
  hostile = { report: hr, app: webApp(reportWebData(hr, h.texts)), html: renderStaticReport(hr, h.texts) };
});

async function get(app: Hono, path: string): Promise<{ status: number; headers: Headers; body: string; doc: DomDocument }> {
  const res = await app.request(path);
  const body = await res.text();
  return { status: res.status, headers: res.headers, body, doc: parseHtmlDocument(body) };
}

const texts = (doc: DomDocument, selector: string): string[] => Array.from(doc.querySelectorAll(selector), (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
const story = (id: string): ReportStory => corpus.report.stories.find((s) => s.id === id)!;

test('the list shows every story largest first, with counts, under a strict CSP', async () => {
  const r = await get(corpus.app, '/');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-security-policy'), WEB_CSP);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
  const titles = texts(r.doc, 'ol.cards > li h2');
  assert.deepEqual(titles, corpus.report.stories.map((s) => s.title));
  const first = corpus.report.stories[0]!;
  const stats = texts(r.doc, 'ol.cards > li:first-child .stats li');
  assert.deepEqual(stats.slice(0, 4), [`${first.articles.length} articles`, `${first.versions} versions`, `${first.provenance!.independentSources} independent source${first.provenance!.independentSources === 1 ? '' : 's'}`, `${first.sources.length} outlets`]);
  assert.match(texts(r.doc, '#count')[0]!, /Stories 1–10 of 10/);
  // Assets are local files, nothing else is linked.
  const refs = Array.from(r.doc.querySelectorAll('link[href], script[src]'), (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '');
  assert.ok(refs.length === 3 && refs.every((u) => u.startsWith('/assets/')), refs.join(' '));
});

test('the list sorts newest first and filters by words, entity, outlet and dates', async () => {
  const newest = [...corpus.report.stories].sort((a, b) => Date.parse(b.last!) - Date.parse(a.last!));
  assert.deepEqual(texts((await get(corpus.app, '/?sort=newest')).doc, 'ol.cards > li h2'), newest.map((s) => s.title));

  const flood = await get(corpus.app, '/?entity=Helen+Strand');
  const withHelen = corpus.report.stories.filter((s) => s.entities.some((e) => e.name === 'Helen Strand')).map((s) => s.title);
  assert.ok(withHelen.length >= 1);
  assert.deepEqual(texts(flood.doc, 'ol.cards > li h2').sort(), withHelen.sort());

  const q = await get(corpus.app, '/?q=levee+brennock');
  assert.deepEqual(texts(q.doc, 'ol.cards > li h2'), [story('s000008').title, story('s000007').title]);
  assert.equal(q.doc.querySelector('#q')?.getAttribute('value'), 'levee brennock', 'the form keeps the query');

  const march = await get(corpus.app, '/?from=2025-03-01&to=2025-03-31');
  const inMarch = corpus.report.stories.filter((s) => s.first! <= '2025-03-31T23:59:59.999Z' && s.last! >= '2025-03-01');
  assert.ok(inMarch.length >= 2 && inMarch.length < corpus.report.stories.length);
  assert.deepEqual(texts(march.doc, 'ol.cards > li h2').sort(), inMarch.map((s) => s.title).sort());

  const outlet = story('s000008').sources[0]!;
  const bySource = await get(corpus.app, `/?source=${encodeURIComponent(outlet)}`);
  assert.ok(texts(bySource.doc, 'ol.cards > li h2').includes(story('s000008').title));
});

test('a bad filter is named, ignored, and answered with 400', async () => {
  const r = await get(corpus.app, '/?from=March&sort=oldest&offset=-1');
  assert.equal(r.status, 400);
  const notice = texts(r.doc, '.notice')[0]!;
  assert.match(notice, /“from” must be a date written YYYY-MM-DD/);
  assert.match(notice, /“sort” must be “newest” or “largest”/);
  assert.match(notice, /“offset” must be a whole number/);
  assert.equal(r.doc.querySelectorAll('ol.cards > li').length, 10);
});

test('the story page: agreement with support, versions with additions, copies folded, quotes, entities, related', async () => {
  const s = story('s000001');
  const r = await get(corpus.app, '/stories/s000001');
  assert.equal(r.status, 200);
  assert.equal(texts(r.doc, 'h1')[0], s.title);
  const supports = texts(r.doc, '#agreement ol.claims > li > .support');
  assert.deepEqual(supports, s.agreement.map((c) => `${c.support}/${s.versions}`));
  // One card per version; the copies fold under the version they copy.
  const cards = r.doc.querySelectorAll('#versions > ol > li');
  assert.equal(cards.length, s.versions);
  const folded = texts(r.doc, 'details.copies > summary');
  assert.deepEqual(folded, [`${s.articles.length - s.versions} copies of this version`]);
  // Every addition is highlighted once: a version's own, and under a copy what it adds to its version.
  const marks = texts(r.doc, '#versions ul.additions mark');
  assert.deepEqual(marks.sort(), [...new Set(s.articles.flatMap((a) => a.additions.map((x) => x.text)))].sort());
  const longest = s.copies[0]!.map((id) => s.articles.find((a) => a.id === id)!).sort((a, b) => b.chars - a.chars)[0]!;
  assert.ok(r.doc.querySelector(`#v-${longest.id} details.copies`) !== null, 'the copies fold under the fullest text of their group');
  assert.equal(r.doc.querySelectorAll('#quotes blockquote').length, s.quoteGroups.length);
  assert.ok(texts(r.doc, '#quotes .tag').some((t) => /named source|unnamed source|anonymous source/.test(t)));
  assert.equal(r.doc.querySelectorAll('#entities tbody tr').length, s.entities.length);

  const related = await get(corpus.app, '/stories/s000008');
  const links = Array.from(related.doc.querySelectorAll('#related a'), (a) => a.getAttribute('href'));
  assert.deepEqual(links, ['/stories/s000007']);
});

test('the article page says why it is in its story, with the evidence', async () => {
  const s = story('s000008');
  const joined = s.articles.find((a) => a.placement.kind === 'story')!;
  const r = await get(corpus.app, `/articles/${joined.id}`);
  assert.equal(r.status, 200);
  const why = r.doc.querySelector('#why')!;
  assert.match(why.textContent ?? '', /joined the story/);
  const evidence = joined.placement.evidence!;
  assert.match(why.textContent ?? '', new RegExp(`Shared names${evidence.names.join(', ')}`));
  assert.match(why.textContent ?? '', new RegExp(`${evidence.scores.total} overall`));
  // The text is there, its additions highlighted.
  assert.deepEqual(texts(r.doc, '#text .text mark').sort(), joined.additions.map((x) => x.text).sort());

  const copy = s.articles.find((a) => a.placement.kind === 'copy')!;
  const c = await get(corpus.app, `/articles/${copy.id}`);
  assert.match(c.doc.querySelector('#why')?.textContent ?? '', /copy of|same words as/i);
  assert.ok(c.doc.querySelector(`#why a[href="/compare?a=${copy.placement.of!}&b=${copy.id}"]`) !== null);
});

test('the comparison pairs aligned sentences on one row and lists the rest', async () => {
  const s = story('s000003');
  const [a, b] = s.articles.filter((x) => x.placement.kind !== 'copy');
  const r = await get(corpus.app, `/compare?a=${a!.id}&b=${b!.id}`);
  assert.equal(r.status, 200);
  const c = (await reportWebData(corpus.report, corpus.result.texts).compare(a!.id, b!.id))!.comparison;
  assert.equal(r.doc.querySelectorAll('table.compare tr.pair').length, c.pairs.length);
  assert.equal(r.doc.querySelectorAll('table.compare tr.only-a').length, c.onlyA.length);
  assert.equal(r.doc.querySelectorAll('table.compare tr.only-b').length, c.onlyB.length);
  assert.ok(c.pairs.length > 0);
  const p = c.pairs.find((x) => x.diff.some((d) => d.kind === 'added'))!;
  const row = r.doc.querySelectorAll('table.compare tr.pair')[c.pairs.indexOf(p)]!;
  assert.equal(row.querySelectorAll('ins').length, p.diff.filter((d) => d.kind === 'added').length);
});

test('unknown ids and bad comparisons answer 404 and 400 pages', async () => {
  assert.equal((await get(corpus.app, '/stories/s999999')).status, 404);
  assert.equal((await get(corpus.app, '/articles/0000000000000000')).status, 404);
  const id = corpus.report.stories[0]!.articles[0]!.id;
  assert.equal((await get(corpus.app, `/compare?a=${id}`)).status, 400);
  assert.equal((await get(corpus.app, `/compare?a=${id}&b=${id}`)).status, 400);
  const missing = await get(corpus.app, `/compare?a=${id}&b=ffff`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-security-policy'), WEB_CSP);
});

test('assets are served with their types, pages compressed; unknown assets are 404', async () => {
  const css = await corpus.app.request('/assets/app.css?v=1');
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.match(css.headers.get('cache-control') ?? '', /immutable/);
  assert.match(await css.text(), /prefers-color-scheme/);
  assert.equal((await corpus.app.request('/assets/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await corpus.app.request('/assets/icon.svg')).headers.get('content-type'), 'image/svg+xml');
  assert.equal((await corpus.app.request('/assets/other.js')).status, 404);
  const gz = await corpus.app.request('/stories/s000001', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip', 'pages are compressed when the browser accepts it');
  assert.equal(gz.headers.get('content-security-policy'), WEB_CSP);
});

test('a failing data source becomes a 500 page, and the error is handed to onError', async () => {
  const seen: Error[] = [];
  const failing: WebData = {
    stories: () => Promise.reject(new RetoldError('store.failed', 'disk gone')),
    story: () => Promise.reject(new Error('boom')),
    article: () => Promise.resolve(undefined),
    compare: () => Promise.resolve(undefined),
  };
  const app = webApp(failing, { onError: (e) => seen.push(e) });
  const r = await get(app, '/');
  assert.equal(r.status, 500);
  assert.match(r.body, /store\.failed/);
  assert.doesNotMatch(r.body, /disk gone/);
  assert.equal((await get(app, '/stories/x')).status, 500);
  assert.deepEqual(seen.map((e) => e.message), ['disk gone', 'boom']);
});

const HOSTILE = [/<script>alert/i, /<img src=x/i, /<iframe/i, /href="javascript:/i, /<b>crack/, /<em>today/];

test('untrusted text is escaped on every served page', async () => {
  const s = hostile.report.stories[0]!;
  assert.equal(s.articles.length, 2, 'the fixture is one story of two versions');
  const pages = ['/', '/?q=%3Cscript%3E', `/stories/${s.id}`, ...s.articles.map((a) => `/articles/${a.id}`), `/compare?a=${s.articles[0]!.id}&b=${s.articles[1]!.id}`];
  for (const path of pages) {
    const r = await get(hostile.app, path);
    assert.equal(r.status, 200, path);
    for (const re of HOSTILE) assert.doesNotMatch(r.body, re, `${path} holds ${re}`);
    assert.equal(r.doc.querySelectorAll('img, iframe').length, 0, path);
    assert.equal(r.doc.querySelectorAll('script').length, 1, `${path}: only the app script`);
  }
  const page = await get(hostile.app, `/stories/${s.id}`);
  assert.ok(texts(page.doc, 'h1')[0]!.includes('<script>alert("t")</script>'), 'the title reads as written');
  assert.ok(page.body.includes('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;'));
  // A javascript: URL is shown as text, never linked; a web URL is linked with its quote escaped.
  const first = await get(hostile.app, `/articles/${s.articles[0]!.id}`);
  assert.ok(first.body.includes('javascript:alert(document.domain)'));
  const second = await get(hostile.app, `/articles/${s.articles[1]!.id}`);
  assert.ok(second.doc.querySelector('a[href="https://news.example/quillmere?x=1&y=%222%22"], a[href=\'https://news.example/quillmere?x=1&y="2"\']') !== null);
  assert.equal(second.doc.querySelector('a[rel~="noopener"]')?.getAttribute('href'), 'https://news.example/quillmere?x=1&y="2"');
});

test('the static report: escaped, no script, its one stylesheet allowed by hash', () => {
  const page = hostile.html;
  for (const re of HOSTILE) assert.doesNotMatch(page, re);
  assert.doesNotMatch(page, /<script/i);
  const doc = parseHtmlDocument(page);
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const style = doc.querySelector('style')?.textContent ?? '';
  const hash = createHash('sha256').update(style).digest('base64');
  assert.match(csp, /^default-src 'none'; style-src 'sha256-[^']+'; img-src data:; form-action 'none'; base-uri 'none'$/);
  assert.ok(csp.includes(`'sha256-${hash}'`), 'the hash is that of the inline stylesheet');
  assert.equal(doc.querySelectorAll('[style]').length, 0, 'no style attributes (the hash does not cover them)');
  // Every view is a section, and every in-page link points at one that exists.
  const ids = new Set(Array.from(doc.querySelectorAll('[id]'), (e) => e.getAttribute('id')));
  for (const a of Array.from(doc.querySelectorAll('a[href^="#"]'))) assert.ok(ids.has(a.getAttribute('href')!.slice(1)), `dangling ${a.getAttribute('href')}`);
});

test('the static report of the example corpus links every view it holds', () => {
  const page = renderStaticReport(corpus.report, corpus.result.texts);
  const doc = parseHtmlDocument(page);
  assert.equal(doc.querySelectorAll('section.view[id^="story-"]').length, corpus.report.stories.length);
  assert.equal(doc.querySelectorAll('section.view[id^="article-"]').length, corpus.report.summary.articles);
  assert.ok(doc.querySelectorAll('section.view[id^="compare-"]').length >= corpus.report.stories.length);
  const ids = new Set(Array.from(doc.querySelectorAll('[id]'), (e) => e.getAttribute('id')));
  for (const a of Array.from(doc.querySelectorAll('a[href^="#"]'))) assert.ok(ids.has(a.getAttribute('href')!.slice(1)), `dangling ${a.getAttribute('href')}`);
  assert.equal(doc.querySelectorAll('form').length, 0);

  // Without the texts: the same views, the article text left out and no comparison.
  const bare = parseHtmlDocument(renderHtmlReport(corpus.report));
  assert.equal(bare.querySelectorAll('section.view[id^="compare-"]').length, 0);
  assert.match(bare.querySelector('section.view[id^="article-"] [id$="-text"]')?.textContent ?? '', /was not kept/);
  // A small budget drops text past it.
  const small = parseHtmlDocument(renderStaticReport(corpus.report, corpus.result.texts, { maxTextChars: 10_000 }));
  assert.ok(small.querySelectorAll('section.view[id^="compare-"]').length < doc.querySelectorAll('section.view[id^="compare-"]').length);
  assert.ok(Array.from(small.querySelectorAll('section.view[id^="article-"]')).some((s) => /left out of this report/.test(s.textContent ?? '')));
});
