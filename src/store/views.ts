/**
 * JSON views of what a store holds: the shapes the HTTP API returns and the CLI prints with `--json` (one shape
 * for both, described by src/http/openapi.ts). Plain, read-only data built from store records; no I/O.
 */
import type { Article } from '../model/article.js';
import type { Comparison } from '../model/alignment.js';
import type { InputError } from '../model/errors.js';
import type { Evidence, Placement } from '../model/story.js';
import type { ArticleOutcome, SimilarStory } from './corpus.js';
import { reportPlacement, type ReportPlacement } from '../present/report.js';
import type { ArticleHit, ArticleRow, RelatedRow, SearchResult, StoredArticle, StoryPage, StoryRecord } from './types.js';

/** Where an article was placed, with the evidence: the report's placement. */
export type PlacementView = ReportPlacement;

/** A story in a listing. */
export interface StorySummaryView {
  readonly id: string;
  readonly title: string;
  readonly articles: number;
  readonly versions: number;
  readonly sources: readonly string[];
  readonly names: readonly string[];
  /** Time span (ISO 8601) when any article is dated. */
  readonly first?: string;
  readonly last?: string;
}

/** An article as listed in a story. */
export interface StoryArticleView {
  readonly id: string;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly path: string;
  readonly record?: number;
  readonly lead: string;
  readonly chars: number;
  readonly placement: PlacementView;
}

/** A related story with the evidence. */
export interface RelatedView {
  readonly story: string;
  readonly title: string;
  readonly evidence: Evidence;
}

/** One story in full. */
export interface StoryView {
  readonly story: StorySummaryView;
  /** In arrival order. */
  readonly articles: readonly StoryArticleView[];
  /** Groups of article ids that are copies of each other. */
  readonly copies: readonly (readonly string[])[];
  readonly related: readonly RelatedView[];
}

/** One stored article, text included. */
export interface ArticleView {
  readonly id: string;
  readonly story: string;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly externalId?: string;
  readonly path: string;
  readonly record?: number;
  readonly format: string;
  readonly text: string;
  /** Sentences as offsets into `text`. */
  readonly sentences: readonly { readonly start: number; readonly end: number; readonly paragraph: number }[];
  readonly chrome: readonly string[];
  readonly placement: PlacementView;
  /** When it was stored (ISO 8601). */
  readonly ingested: string;
}

/** A page of stories. */
export interface StoryPageView {
  readonly stories: readonly StorySummaryView[];
  readonly total: number;
  readonly next?: string;
}

/** Search results. */
export interface SearchView {
  readonly query: string;
  readonly articles: readonly ArticleHit[];
  readonly stories: readonly { readonly story: StorySummaryView; readonly score: number; readonly matches: number; readonly best: ArticleHit }[];
}

/** Stories like an article. */
export interface SimilarView {
  readonly article: string;
  /** The story the article belongs to. */
  readonly story: string;
  readonly stories: readonly { readonly story: StorySummaryView; readonly accepted: boolean; readonly own: boolean; readonly evidence: Evidence }[];
}

/** A rejected input. */
export interface RejectionView {
  readonly input: string;
  readonly record?: number;
  readonly code: string;
  readonly message: string;
}

/** The outcome of an ingest request or run. */
export interface IngestView {
  readonly stored: number;
  readonly existing: number;
  readonly rejected: number;
  readonly articles: readonly { readonly id: string; readonly status: 'stored' | 'existing'; readonly story: string; readonly placement?: PlacementView }[];
  readonly rejections: readonly RejectionView[];
  readonly merges: readonly { readonly into: string; readonly from: string }[];
}

/** A sentence-by-sentence comparison of two stored articles. */
export interface CompareView extends Comparison {
  readonly sentencesA: readonly string[];
  readonly sentencesB: readonly string[];
}

/** Where an article was placed, with the evidence (as the report shows it). */
export const placementView: (p: Placement) => PlacementView = reportPlacement;

/** A story in a listing. */
export function storySummaryView(s: StoryRecord): StorySummaryView {
  return {
    id: s.id,
    title: s.title,
    articles: s.articles,
    versions: s.versions,
    sources: s.sources,
    names: s.names,
    ...(s.first === undefined ? {} : { first: new Date(s.first).toISOString() }),
    ...(s.last === undefined ? {} : { last: new Date(s.last).toISOString() }),
  };
}

/** A page of stories. */
export function storyPageView(page: StoryPage): StoryPageView {
  return { stories: page.stories.map(storySummaryView), total: page.total, ...(page.next === undefined ? {} : { next: page.next }) };
}

/** One story in full, from its record, articles (arrival order) and related stories with their records. */
export function storyView(s: StoryRecord, articles: readonly ArticleRow[], related: readonly RelatedRow[]): StoryView {
  // Copy groups: each copy joins the group of the article it copies (which may itself be a copy).
  const root = new Map<string, string>();
  for (const a of articles) {
    const p = a.placement;
    root.set(a.summary.id, p.kind === 'copy' ? (root.get(p.of) ?? p.of) : a.summary.id);
  }
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const r = root.get(a.summary.id)!;
    const g = groups.get(r) ?? [];
    g.push(a.summary.id);
    groups.set(r, g);
  }
  return {
    story: storySummaryView(s),
    articles: articles.map((a) => {
      const m = a.summary;
      return {
        id: m.id,
        ...(m.title === undefined ? {} : { title: m.title }),
        ...(m.source === undefined ? {} : { source: m.source }),
        ...(m.url === undefined ? {} : { url: m.url }),
        ...(m.published === undefined ? {} : { published: m.published }),
        path: m.path,
        ...(m.record === undefined ? {} : { record: m.record }),
        lead: m.lead,
        chars: m.chars,
        placement: placementView(a.placement),
      };
    }),
    copies: [...groups.values()].filter((g) => g.length > 1),
    related: related.map((r) => ({ story: r.story, title: r.title, evidence: r.evidence })),
  };
}

/** One stored article. */
export function articleView(s: StoredArticle): ArticleView {
  const a: Article = s.article;
  return {
    id: a.id,
    story: s.story,
    ...(a.title === undefined ? {} : { title: a.title }),
    ...(a.source === undefined ? {} : { source: a.source }),
    ...(a.url === undefined ? {} : { url: a.url }),
    ...(a.byline === undefined ? {} : { byline: a.byline }),
    ...(a.published === undefined ? {} : { published: a.published }),
    ...(a.externalId === undefined ? {} : { externalId: a.externalId }),
    path: a.origin.path,
    ...(a.origin.record === undefined ? {} : { record: a.origin.record }),
    format: a.origin.format,
    text: a.text,
    sentences: a.sentences.map((x) => ({ start: x.start, end: x.end, paragraph: x.paragraph })),
    chrome: a.chrome,
    placement: placementView(s.placement),
    ingested: new Date(s.ingestedAt).toISOString(),
  };
}

/** Search results. */
export function searchView(r: SearchResult): SearchView {
  return {
    query: r.query,
    articles: r.articles,
    stories: r.stories.map((h) => ({ story: storySummaryView(h.story), score: h.score, matches: h.matches, best: h.best })),
  };
}

/** Stories like an article. */
export function similarView(article: string, own: string, ranked: readonly { readonly similar: SimilarStory; readonly story: StoryRecord }[]): SimilarView {
  return {
    article,
    story: own,
    stories: ranked.map((r) => ({ story: storySummaryView(r.story), accepted: r.similar.accepted, own: r.story.id === own, evidence: r.similar.evidence })),
  };
}

/** A rejection. */
export function rejectionView(e: InputError): RejectionView {
  return { input: e.input, ...(e.record === undefined ? {} : { record: e.record }), code: e.code, message: e.message };
}

/** The outcome of ingesting. */
export function ingestView(outcomes: readonly ArticleOutcome[], rejected: readonly InputError[], merges: readonly { readonly into: string; readonly from: string }[]): IngestView {
  return {
    stored: outcomes.filter((o) => o.status === 'stored').length,
    existing: outcomes.filter((o) => o.status === 'existing').length,
    rejected: rejected.length,
    articles: outcomes.map((o) => ({ id: o.id, status: o.status, story: o.story, ...(o.placement === undefined ? {} : { placement: placementView(o.placement) }) })),
    rejections: rejected.map(rejectionView),
    merges: merges.map((m) => ({ into: m.into, from: m.from })),
  };
}

/** A comparison with the sentences it indexes. */
export function compareView(c: Comparison, a: Article, b: Article): CompareView {
  return { ...c, sentencesA: a.sentences.map((s) => s.text), sentencesB: b.sentences.map((s) => s.text) };
}
