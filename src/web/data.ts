/**
 * What the web views read, and one in-memory implementation over a report. The store (src/store) provides
 * another; both answer `stories` with the same filter and sort semantics (`filterStories` states them).
 */
import type { Article } from '../model/article.js';
import type { Comparison } from '../model/alignment.js';
import type { ReportArticle, ReportStory, Report } from '../present/report.js';
import { compareArticles } from '../align/index.js';
import { Rarity } from '../features/rarity.js';

/** Orders of the story list. */
export type StorySort = 'newest' | 'largest';

/**
 * A story list query. Every field is optional; text matching ignores case.
 * - `q`: every whitespace-separated word occurs in the story title, an article title, lead or source, or an
 *   entity name or alias;
 * - `entity`: an entity name or alias equals it;
 * - `source`: one of the story's sources equals it;
 * - `from` / `to`: ISO dates (YYYY-MM-DD, inclusive); the story's publication span overlaps them (undated
 *   stories are left out when either is set);
 * - `sort`: `largest` (default: most articles first, then id) or `newest` (latest publication first, undated
 *   last, then the newest id first);
 * - `offset` (default 0), `limit` (default 50, at most 200).
 */
export interface StoryQuery {
  readonly q?: string;
  readonly entity?: string;
  readonly source?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: StorySort;
  readonly offset?: number;
  readonly limit?: number;
}

/** One page of the story list. */
export interface StoryPage {
  /** Stories matching the query, before offset and limit. */
  readonly total: number;
  readonly items: readonly ReportStory[];
}

/** An article with its story and its normalised text. */
export interface ArticleView {
  readonly article: ReportArticle;
  readonly story: ReportStory;
  /** Normalised body text (paragraphs joined by a blank line); empty when the text was not kept. */
  readonly text: string;
  /** Its sentences in order, as the alignment saw them. */
  readonly sentences: readonly string[];
}

/** Two articles compared sentence by sentence. */
export interface CompareView {
  readonly a: ReportArticle;
  readonly b: ReportArticle;
  readonly aSentences: readonly string[];
  readonly bSentences: readonly string[];
  readonly comparison: Comparison;
}

/** What the web views read. Every method resolves `undefined` for an unknown id rather than throwing. */
export interface WebData {
  stories(query: StoryQuery): Promise<StoryPage>;
  story(id: string): Promise<ReportStory | undefined>;
  article(id: string): Promise<ArticleView | undefined>;
  /** `undefined` when either article is unknown or its text was not kept. */
  compare(a: string, b: string): Promise<CompareView | undefined>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

const lower = (s: string): string => s.toLocaleLowerCase('en');

/** The words a story can be found by, lower-cased and joined (one string per story, built once). */
function searchText(s: ReportStory): string {
  const parts: string[] = [s.title, ...s.sources];
  for (const a of s.articles) {
    if (a.title !== undefined) parts.push(a.title);
    parts.push(a.lead);
  }
  for (const e of s.entities) parts.push(e.name, ...e.aliases);
  return lower(parts.join('\n'));
}

/** Millisecond bounds of a YYYY-MM-DD day (start of `from`, end of `to`), or undefined for a bad date. */
export function dayBound(date: string, end: boolean): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const t = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(t)) return undefined;
  return end ? t + 86_400_000 - 1 : t;
}

/** Compare stories for the list order. */
export function storyOrder(sort: StorySort): (a: ReportStory, b: ReportStory) => number {
  if (sort === 'largest') return (a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id);
  return (a, b) => {
    const ta = a.last === undefined ? -Infinity : Date.parse(a.last);
    const tb = b.last === undefined ? -Infinity : Date.parse(b.last);
    return tb - ta || b.id.localeCompare(a.id);
  };
}

/**
 * The reference implementation of a story query over a list of stories (linear; the store may use SQL for
 * the same answer). `search` caches each story's search text across calls.
 */
export function filterStories(stories: readonly ReportStory[], query: StoryQuery, search: (s: ReportStory) => string = searchText): StoryPage {
  const words = query.q === undefined ? [] : lower(query.q).split(/\s+/u).filter((w) => w !== '');
  const entity = query.entity === undefined || query.entity.trim() === '' ? undefined : lower(query.entity.trim());
  const source = query.source === undefined || query.source.trim() === '' ? undefined : lower(query.source.trim());
  const from = query.from === undefined || query.from === '' ? undefined : dayBound(query.from, false);
  const to = query.to === undefined || query.to === '' ? undefined : dayBound(query.to, true);
  const dated = from !== undefined || to !== undefined;
  const matches = stories.filter((s) => {
    if (source !== undefined && !s.sources.some((x) => lower(x) === source)) return false;
    if (entity !== undefined && !s.entities.some((e) => lower(e.name) === entity || e.aliases.some((a) => lower(a) === entity))) return false;
    if (dated) {
      if (s.first === undefined || s.last === undefined) return false;
      if (from !== undefined && Date.parse(s.last) < from) return false;
      if (to !== undefined && Date.parse(s.first) > to) return false;
    }
    if (words.length > 0) {
      const text = search(s);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  matches.sort(storyOrder(query.sort ?? 'largest'));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)));
  return { total: matches.length, items: matches.slice(offset, offset + limit) };
}

/**
 * Compare two normalised articles the way `retold compare` does: word rarity from the background and the
 * two texts themselves.
 */
export function compareTexts(a: Article, b: Article): Comparison {
  const rarity = new Rarity();
  for (const x of [a, b]) rarity.observe(new Set(lower(x.text).split(/\W+/u)));
  return compareArticles(a, b, { rarity });
}

/** Comparisons kept per in-memory data set: a page view asks for one; a crawler may ask for many. */
const COMPARE_CACHE = 256;

/** Synchronous look-ups over one report and its texts: what `reportWebData` and the static report read. */
export class ReportIndex {
  private readonly storyById = new Map<string, ReportStory>();
  private readonly articleById = new Map<string, { readonly article: ReportArticle; readonly story: ReportStory }>();
  private readonly searchCache = new Map<string, string>();
  private readonly compared = new Map<string, Comparison>();

  constructor(
    readonly report: Report,
    private readonly texts: ReadonlyMap<string, Article>,
  ) {
    for (const s of report.stories) {
      this.storyById.set(s.id, s);
      for (const a of s.articles) this.articleById.set(a.id, { article: a, story: s });
    }
  }

  stories(query: StoryQuery): StoryPage {
    return filterStories(this.report.stories, query, (s) => {
      let t = this.searchCache.get(s.id);
      if (t === undefined) {
        t = searchText(s);
        this.searchCache.set(s.id, t);
      }
      return t;
    });
  }

  story(id: string): ReportStory | undefined {
    return this.storyById.get(id);
  }

  /** Whether the text of an article was kept. */
  hasText(id: string): boolean {
    return this.texts.has(id);
  }

  article(id: string): ArticleView | undefined {
    const found = this.articleById.get(id);
    if (found === undefined) return undefined;
    const text = this.texts.get(id);
    return { ...found, text: text?.text ?? '', sentences: text?.sentences.map((s) => s.text) ?? [] };
  }

  compare(a: string, b: string): CompareView | undefined {
    const x = this.articleById.get(a);
    const y = this.articleById.get(b);
    const tx = this.texts.get(a);
    const ty = this.texts.get(b);
    if (x === undefined || y === undefined || tx === undefined || ty === undefined || a === b) return undefined;
    const key = `${a}\n${b}`;
    let comparison = this.compared.get(key);
    if (comparison === undefined) {
      comparison = compareTexts(tx, ty);
      if (this.compared.size >= COMPARE_CACHE) this.compared.delete(this.compared.keys().next().value!);
      this.compared.set(key, comparison);
    }
    return { a: x.article, b: y.article, aSentences: tx.sentences.map((s) => s.text), bSentences: ty.sentences.map((s) => s.text), comparison };
  }
}

/**
 * WebData over one report and the normalised texts of its articles (`AnalyzeResult.texts`). Articles
 * without a text still have pages; comparing them resolves `undefined`.
 */
export function reportWebData(report: Report, texts: ReadonlyMap<string, Article>): WebData {
  const index = new ReportIndex(report, texts);
  return {
    stories: (query) => Promise.resolve(index.stories(query)),
    story: (id) => Promise.resolve(index.story(id)),
    article: (id) => Promise.resolve(index.article(id)),
    compare: (a, b) => Promise.resolve(index.compare(a, b)),
  };
}
