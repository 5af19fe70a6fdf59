/**
 * WebData over a stored corpus: what `retold serve` shows at `/`. Lists come from the store's indexes (no
 * detail, so a list page costs a few queries); a story page reads the story's texts and computes its detail
 * (alignment, quotes, entities, timeline) on demand, cached until the story changes.
 */
import type { Article } from '../model/article.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import { asArticleId, asStoryId } from '../model/ids.js';
import type { StoryGroup } from '../model/story.js';
import type { ReportArticle, ReportStory } from '../present/report.js';
import { storyReport } from '../present/report.js';
import { Rarity } from '../features/rarity.js';
import { detailArticle, detailStory, type ArticleDetail, type StoryDetail } from '../pipeline/detail.js';
import type { StoredCorpus } from '../store/corpus.js';
import type { ArticleRow, StoryRecord, StoryQuery as StoreQuery } from '../store/types.js';
import { storyView } from '../store/views.js';
import { compareTexts, dayBound, DEFAULT_LIMIT, MAX_LIMIT, storyOrder, type StoryPage, type StoryQuery, type WebData } from './data.js';

/** Story pages kept with their detail (each costs one alignment of the story to rebuild). */
const DETAIL_CACHE = 64;
/** Stories a word search considers before the other filters and paging. */
const SEARCH_SCAN = 200;
/** Merge redirects followed before giving up (a chain longer than this is a damaged store). */
const MAX_REDIRECTS = 32;

const lower = (s: string): string => s.toLocaleLowerCase('en');

/** The store's filters for a web query (free text and paging are handled by the caller). */
function storeFilters(q: StoryQuery): StoreQuery {
  const from = q.from === undefined ? undefined : dayBound(q.from, false);
  const to = q.to === undefined ? undefined : dayBound(q.to, true);
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(q.entity === undefined ? {} : { entity: q.entity }),
    ...(q.source === undefined ? {} : { source: q.source }),
  };
}

/** The store's filter semantics (src/store/types.ts StoryQuery) applied to one record, for word-search results. */
function matches(r: StoryRecord, f: StoreQuery): boolean {
  if (f.source !== undefined && !r.sources.some((s) => lower(s) === lower(f.source!))) return false;
  if (f.entity !== undefined) {
    const names = r.names.map(lower);
    if (!lower(f.entity).split(/\s+/u).filter((w) => w !== '').every((w) => names.some((n) => n.includes(w)))) return false;
  }
  if (f.from !== undefined || f.to !== undefined) {
    if (r.first === undefined || r.last === undefined) return false;
    if (f.from !== undefined && r.last < f.from) return false;
    if (f.to !== undefined && r.first > f.to) return false;
  }
  return true;
}

/** WebData over `corpus`; `onError` hears of stories whose detail could not be computed (shown without it). */
export function storeWebData(corpus: StoredCorpus, options: { readonly onError?: (err: Error) => void } = {}): WebData {
  const { store } = corpus;
  const detailed = new Map<StoryId, { readonly updatedAt: number; readonly articles: number; readonly story: ReportStory }>();

  /** The story an id names now, following merges. */
  async function current(id: StoryId): Promise<StoryRecord | undefined> {
    let r = await store.getStory(id);
    for (let i = 0; r?.mergedInto !== undefined && i < MAX_REDIRECTS; i++) r = await store.getStory(r.mergedInto);
    return r?.mergedInto === undefined ? r : undefined;
  }

  /** What a story page is made of, read from the store: its articles (arrival order), copies and related stories. */
  async function parts(r: StoryRecord): Promise<{ rows: readonly ArticleRow[]; view: ReturnType<typeof storyView> }> {
    const rows = await store.storyArticles(r.id);
    return { rows, view: storyView(r, rows, await store.relatedStories(r.id, corpus.options.relatedLimit)) };
  }

  /** The story with `detail`; without it, the story's names stand in for its entities (cards link them). */
  function compose(r: StoryRecord, { rows, view }: Awaited<ReturnType<typeof parts>>, detail?: StoryDetail): ReportStory {
    const story = storyReport({
      id: r.id,
      title: r.title,
      articles: rows.map((a) => ({ summary: a.summary, placement: a.placement })),
      copies: view.copies,
      ...(r.first === undefined || r.last === undefined ? {} : { span: { first: r.first, last: r.last } }),
      related: view.related,
      ...(detail === undefined ? {} : { detail }),
    });
    return detail !== undefined ? story : { ...story, entities: r.names.map((name) => ({ name, type: 'name', aliases: [], titles: [], mentions: 0, articles: 0 })) };
  }

  /** A story as listed: its articles and copies, no detail. */
  async function listed(r: StoryRecord): Promise<ReportStory> {
    return compose(r, await parts(r));
  }

  /** A story in full, with its detail computed from the stored texts. */
  async function full(r: StoryRecord): Promise<ReportStory> {
    const hit = detailed.get(r.id);
    if (hit !== undefined && hit.updatedAt === r.updatedAt && hit.articles === r.articles) {
      detailed.delete(r.id);
      detailed.set(r.id, hit);
      return hit.story;
    }
    const made = await parts(r);
    const texts = new Map<ArticleId, Article>();
    const details = new Map<ArticleId, ArticleDetail>();
    for (const row of made.rows) {
      const stored = await store.getArticle(row.summary.id);
      if (stored === undefined) continue;
      texts.set(stored.article.id, stored.article);
      details.set(stored.article.id, detailArticle(stored.article));
    }
    const group: StoryGroup = { id: r.id, articles: made.rows.map((a) => a.summary.id), copies: made.view.copies.map((g) => g.map(asArticleId)), related: [] };
    let detail: StoryDetail | undefined;
    try {
      detail = detailStory(group, texts, details, corpus.rarity ?? new Rarity());
    } catch (e) {
      options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
    const story = compose(r, made, detail);
    detailed.set(r.id, { updatedAt: r.updatedAt, articles: r.articles, story });
    if (detailed.size > DETAIL_CACHE) detailed.delete(detailed.keys().next().value!);
    return story;
  }

  async function stories(query: StoryQuery): Promise<StoryPage> {
    const filters = storeFilters(query);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)));
    const order = query.sort === 'newest' ? 'updated' : 'size';
    const words = query.q?.trim() ?? '';
    if (words === '') {
      const page = await store.listStories({ ...filters, order, offset, limit });
      return { total: page.total, items: await Promise.all(page.stories.map((r) => listed(r))) };
    }
    // Word search: the best matching stories, then the other filters, in the list's order.
    const found = await store.search(words, { limit: SEARCH_SCAN });
    const records = found.stories.map((h) => h.story).filter((r) => r.mergedInto === undefined && matches(r, filters));
    const items = await Promise.all(records.map((r) => listed(r)));
    items.sort(storyOrder(query.sort ?? 'largest'));
    return { total: items.length, items: items.slice(offset, offset + limit) };
  }

  async function story(id: string): Promise<ReportStory | undefined> {
    const r = await current(asStoryId(id));
    return r === undefined ? undefined : full(r);
  }

  /** A stored article, its story in full and its entry there. */
  async function located(id: string): Promise<{ article: Article; entry: ReportArticle; story: ReportStory } | undefined> {
    const stored = await store.getArticle(asArticleId(id));
    if (stored === undefined) return undefined;
    const r = await current(stored.story);
    if (r === undefined) return undefined;
    const s = await full(r);
    const entry = s.articles.find((a) => a.id === stored.article.id);
    return entry === undefined ? undefined : { article: stored.article, entry, story: s };
  }

  return {
    stories,
    story,
    async article(id) {
      const found = await located(id);
      if (found === undefined) return undefined;
      return { article: found.entry, story: found.story, text: found.article.text, sentences: found.article.sentences.map((s) => s.text) };
    },
    async compare(a, b) {
      if (a === b) return undefined;
      const [x, y] = await Promise.all([located(a), located(b)]);
      if (x === undefined || y === undefined) return undefined;
      return {
        a: x.entry,
        b: y.entry,
        aSentences: x.article.sentences.map((s) => s.text),
        bSentences: y.article.sentences.map((s) => s.text),
        comparison: compareTexts(x.article, y.article),
      };
    },
  };
}
