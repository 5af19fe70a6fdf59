import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/article.js';
import { asArticleId } from '../model/ids.js';
import { REPORT_SCHEMA, type Report, type ReportArticle, type ReportStory } from '../present/report.js';
import { filterStories, reportWebData } from './data.js';

function article(id: string, extra: Partial<ReportArticle> = {}): ReportArticle {
  return { id, path: `in/${id}.txt`, lead: `Lead of ${id}.`, chars: 100, placement: { kind: 'new' }, additions: [], ...extra };
}

function story(id: string, n: number, extra: Partial<ReportStory> = {}): ReportStory {
  return {
    id,
    title: `Story ${id}`,
    articles: Array.from({ length: n }, (_, i) => article(`${id}a${i}`)),
    copies: [],
    versions: n,
    sources: [],
    related: [],
    agreement: [],
    quotes: [],
    quoteGroups: [],
    sourceStatus: { named: 0, unnamed: 0, anonymous: 0 },
    entities: [],
    timeline: [],
    numbers: [],
    ...extra,
  };
}

const entity = (name: string, aliases: string[] = []): ReportStory['entities'][number] => ({ name, type: 'person', aliases, titles: [], mentions: 2, articles: 1 });

const stories: ReportStory[] = [
  story('s000001', 2, { title: 'Harbour crane collapses', first: '2025-03-01T08:00:00.000Z', last: '2025-03-05T09:00:00.000Z', sources: ['Quillmere Post'], entities: [entity('Odile Ferrant', ['Ferrant'])] }),
  story('s000002', 5, { title: 'Levee breach at Brennock', first: '2025-04-10T00:00:00.000Z', last: '2025-04-11T00:00:00.000Z', sources: ['Northwind Wire', 'Valley Times'] }),
  story('s000003', 5, { title: 'Museum raid in Aldmoor' }),
  story('s000004', 1, { title: 'Rate cut in Estria', first: '2025-06-05T00:00:00.000Z', last: '2025-06-05T00:00:00.000Z', sources: ['Valley Times'], entities: [entity('Leona Varga')] }),
];

const ids = (p: { items: readonly ReportStory[] }): string[] => p.items.map((s) => s.id);

test('largest first by default, ties broken by id', () => {
  assert.deepEqual(ids(filterStories(stories, {})), ['s000002', 's000003', 's000001', 's000004']);
});

test('newest first: latest publication first, undated stories last', () => {
  assert.deepEqual(ids(filterStories(stories, { sort: 'newest' })), ['s000004', 's000002', 's000001', 's000003']);
});

test('search needs every word, ignores case and looks in titles, leads, sources and entity aliases', () => {
  assert.deepEqual(ids(filterStories(stories, { q: 'BRENNOCK levee' })), ['s000002']);
  assert.deepEqual(ids(filterStories(stories, { q: 'brennock museum' })), []);
  assert.deepEqual(ids(filterStories(stories, { q: 'ferrant' })), ['s000001']);
  assert.deepEqual(ids(filterStories(stories, { q: 'lead of s000003a4' })), ['s000003']);
  assert.deepEqual(ids(filterStories(stories, { q: 'valley', sort: 'newest' })), ['s000004', 's000002']);
});

test('entity and source filters match a whole name or alias, not a part', () => {
  assert.deepEqual(ids(filterStories(stories, { entity: 'ferrant' })), ['s000001']);
  assert.deepEqual(ids(filterStories(stories, { entity: 'Odile Ferrant' })), ['s000001']);
  assert.deepEqual(ids(filterStories(stories, { entity: 'Odile' })), []);
  assert.deepEqual(ids(filterStories(stories, { source: 'valley times' })), ['s000002', 's000004']);
  assert.deepEqual(ids(filterStories(stories, { source: 'Valley' })), []);
});

test('date filters keep stories whose span overlaps the days given, inclusive, and drop undated ones', () => {
  assert.deepEqual(ids(filterStories(stories, { from: '2025-03-05' })), ['s000002', 's000001', 's000004']);
  assert.deepEqual(ids(filterStories(stories, { from: '2025-03-06', to: '2025-04-10' })), ['s000002']);
  assert.deepEqual(ids(filterStories(stories, { to: '2025-03-01' })), ['s000001']);
  assert.deepEqual(ids(filterStories(stories, { to: '2025-02-28' })), []);
});

test('offset and limit page through the matches; total counts them all', () => {
  const page = filterStories(stories, { offset: 1, limit: 2 });
  assert.equal(page.total, 4);
  assert.deepEqual(ids(page), ['s000003', 's000001']);
  assert.deepEqual(ids(filterStories(stories, { offset: 3, limit: 1000 })), ['s000004']);
  assert.equal(filterStories(Array.from({ length: 300 }, (_, i) => story(`s${String(i).padStart(6, '0')}`, 1)), { limit: 1000 }).items.length, 200);
});

function text(id: string, sentences: string[]): Article {
  let at = 0;
  const ss = sentences.map((t, index) => {
    const s = { index, paragraph: 0, text: t, start: at, end: at + t.length };
    at += t.length + 1;
    return s;
  });
  return { kind: 'article', id: asArticleId(id), origin: { path: `in/${id}.txt`, format: 'text' }, text: sentences.join(' '), paragraphs: [sentences.join(' ')], sentences: ss, chrome: [] };
}

test('reportWebData: articles with their story and text, comparisons of two kept texts', async () => {
  const report: Report = {
    schema: REPORT_SCHEMA,
    generated: '2025-01-01T00:00:00.000Z',
    summary: { articles: 3, stories: 1, multiArticleStories: 1, copies: 0, related: 0, rejected: 0, bytes: 0, ms: 0 },
    stories: [story('s000001', 3)],
    rejected: [],
  };
  const a = text('s000001a0', ['The crane at Quillmere harbour collapsed on Friday morning.', 'Three dock workers were hurt.']);
  const b = text('s000001a1', ['Three dock workers were hurt when a crane collapsed at Quillmere harbour on Friday.', 'The port is closed.']);
  const data = reportWebData(report, new Map([[a.id as string, a], [b.id as string, b]]));
  const view = await data.article('s000001a0');
  assert.equal(view?.story.id, 's000001');
  assert.equal(view?.text, a.text);
  assert.deepEqual(view?.sentences, ['The crane at Quillmere harbour collapsed on Friday morning.', 'Three dock workers were hurt.']);
  const noText = await data.article('s000001a2');
  assert.equal(noText?.text, '');
  assert.deepEqual(noText?.sentences, []);
  assert.equal(await data.article('nope'), undefined);
  assert.equal(await data.story('s000002'), undefined);

  const c = await data.compare('s000001a0', 's000001a1');
  assert.ok(c !== undefined);
  assert.equal(c.a.id, 's000001a0');
  assert.deepEqual(c.bSentences, b.sentences.map((s) => s.text));
  assert.ok(c.comparison.pairs.some((p) => p.b === 0), 'the two crane sentences are paired');
  assert.ok(c.comparison.onlyB.includes(1), '"The port is closed." has no counterpart');
  assert.equal((await data.compare('s000001a0', 's000001a1'))?.comparison, c.comparison, 'cached');
  assert.equal(await data.compare('s000001a0', 's000001a0'), undefined);
  assert.equal(await data.compare('s000001a0', 's000001a2'), undefined, 'no text kept');
  assert.equal(await data.compare('s000001a0', 'nope'), undefined);
});
