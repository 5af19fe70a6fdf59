/**
 * The analysis report: one plain, versioned JSON-ready object built from an AnalyzeResult. Every other
 * output (terminal, HTML) is rendered from this object, so they cannot disagree. Schema: docs/SCHEMA.md.
 */
import type { Evidence, Placement } from '../model/story.js';
import type { ArticleSummary } from '../model/summary.js';
import type { AnalyzeResult } from '../pipeline/analyze.js';
import type { StoryDetail } from '../pipeline/detail.js';
import type { SourceStatus } from '../model/quote.js';

export const REPORT_SCHEMA = 'retold.report/1';

/** A claim all or several versions carry. */
export interface ReportClaim {
  readonly claim: string;
  /** Independent versions carrying it (copies count once). */
  readonly support: number;
  readonly sentences: readonly { readonly article: string; readonly text: string }[];
}

/** A sentence only this version carries. */
export interface ReportAddition {
  readonly text: string;
  /** What the addition holds that no other version has. */
  readonly holds: readonly ('quote' | 'number' | 'date')[];
}

export interface ReportQuote {
  readonly article: string;
  readonly text: string;
  readonly speaker?: string;
  readonly description?: string;
  readonly status: SourceStatus;
  readonly cue?: string;
  readonly continued: boolean;
}

export interface ReportEntity {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly mentions: number;
  readonly articles: number;
}

export interface ReportPlacement {
  readonly kind: Placement['kind'];
  /** For a copy: the article it copies. */
  readonly of?: string;
  readonly jaccard?: number;
  readonly containment?: number;
  readonly exact?: boolean;
  /** For a story placement: why it joined; for a new story: the nearest story it did not join. */
  readonly evidence?: Evidence;
  readonly nearest?: string;
}

export interface ReportArticle {
  readonly id: string;
  readonly title?: string;
  readonly path: string;
  readonly record?: number;
  readonly url?: string;
  readonly source?: string;
  readonly published?: string;
  readonly lead: string;
  readonly chars: number;
  readonly placement: ReportPlacement;
  /** Sentences no other independent version carries (stories with ≥ 2 versions). */
  readonly additions: readonly ReportAddition[];
  /** Sentences shared with another version vs added, out of all. */
  readonly shares?: { readonly shared: number; readonly added: number; readonly total: number };
}

export interface ReportStory {
  readonly id: string;
  readonly title: string;
  readonly articles: readonly ReportArticle[];
  /** Groups of article ids that are copies of each other. */
  readonly copies: readonly (readonly string[])[];
  /** Articles minus copies: how many independent tellings. */
  readonly versions: number;
  readonly sources: readonly string[];
  readonly first?: string;
  readonly last?: string;
  readonly related: readonly { readonly story: string; readonly title: string; readonly evidence: Evidence }[];
  /** Claims carried by ≥ 2 independent versions, most supported first. */
  readonly agreement: readonly ReportClaim[];
  readonly provenance?: {
    readonly origin: string;
    readonly reason: string;
    readonly links: readonly { readonly from: string; readonly to: string; readonly score: number; readonly evidence: readonly string[] }[];
    readonly citations: readonly { readonly article: string; readonly source: string; readonly text: string }[];
    readonly independentSources: number;
    readonly articles: number;
  };
  readonly quotes: readonly ReportQuote[];
  /** The same quote across versions; `speakersDiffer` and `single` flag re-attributed and one-version quotes. */
  readonly quoteGroups: readonly { readonly text: string; readonly articles: readonly string[]; readonly speakers: readonly string[]; readonly speakersDiffer: boolean; readonly single: boolean }[];
  /** Quotes by source status, copies counted once. */
  readonly sourceStatus: Readonly<Record<SourceStatus, number>>;
  readonly entities: readonly ReportEntity[];
  readonly timeline: readonly { readonly date: string; readonly end?: string; readonly resolved: boolean; readonly text: string; readonly sentence: string; readonly articles: readonly string[] }[];
  readonly numbers: readonly { readonly text: string; readonly context: string; readonly value?: number; readonly ordinal: boolean; readonly articles: number }[];
}

export interface ReportRejection {
  readonly input: string;
  readonly record?: number;
  readonly code: string;
  readonly message: string;
}

export interface Report {
  readonly schema: typeof REPORT_SCHEMA;
  readonly generated: string;
  readonly summary: {
    readonly articles: number;
    readonly stories: number;
    /** Stories with more than one article. */
    readonly multiArticleStories: number;
    readonly copies: number;
    readonly related: number;
    readonly rejected: number;
    readonly bytes: number;
    readonly ms: number;
  };
  readonly stories: readonly ReportStory[];
  readonly rejected: readonly ReportRejection[];
}

/** An article's placement as reports and views show it (scores rounded to 3 decimals). */
export function reportPlacement(p: Placement): ReportPlacement {
  switch (p.kind) {
    case 'copy':
      return { kind: 'copy', of: p.of, jaccard: round(p.jaccard), containment: round(p.containment), exact: p.exact };
    case 'story':
      return { kind: 'story', evidence: p.evidence };
    case 'new':
      return p.nearest === undefined ? { kind: 'new' } : { kind: 'new', nearest: p.nearest.story, evidence: p.nearest.evidence };
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function articleOf(s: ArticleSummary, p: Placement, detail: StoryDetail | undefined): ReportArticle {
  const al = detail?.alignment;
  const share = al?.shares.find((x) => x.article === s.id);
  return {
    id: s.id,
    ...(s.title === undefined ? {} : { title: s.title }),
    path: s.path,
    ...(s.record === undefined ? {} : { record: s.record }),
    ...(s.url === undefined ? {} : { url: s.url }),
    ...(s.source === undefined ? {} : { source: s.source }),
    ...(s.published === undefined ? {} : { published: s.published }),
    lead: s.lead,
    chars: s.chars,
    placement: reportPlacement(p),
    additions: (al?.additions ?? []).filter((x) => x.article === s.id).map((x) => ({ text: x.text, holds: x.holds })),
    ...(share === undefined ? {} : { shares: { shared: share.shared, added: share.added, total: share.total } }),
  };
}

const EMPTY_STATUS: Readonly<Record<SourceStatus, number>> = Object.freeze({ named: 0, unnamed: 0, anonymous: 0 });

/** The detail parts of a story (empty when detail was off). */
function storyDetailOf(d: StoryDetail | undefined): Pick<ReportStory, 'agreement' | 'provenance' | 'quotes' | 'quoteGroups' | 'sourceStatus' | 'entities' | 'timeline' | 'numbers'> {
  const al = d?.alignment;
  const p = al?.provenance;
  return {
    agreement: (al?.claims ?? [])
      .filter((c) => c.support >= 2)
      .map((c) => ({ claim: c.claim, support: c.support, sentences: c.sentences.map((x) => ({ article: x.article, text: x.text })) })),
    ...(p === undefined
      ? {}
      : {
          provenance: {
            origin: p.origin,
            reason: p.reason,
            links: p.links.map((l) => ({ from: l.from, to: l.to, score: round(l.score), evidence: l.evidence })),
            citations: p.citations.map((c) => ({ article: c.article, source: c.source, text: c.text })),
            independentSources: p.independentSources,
            articles: p.articles,
          },
        }),
    quotes: (d?.quotes ?? []).map(({ article, quote: q }) => ({
      article,
      text: q.text,
      ...(q.speaker === undefined ? {} : { speaker: q.speaker }),
      ...(q.speakerDescription === undefined ? {} : { description: q.speakerDescription }),
      status: q.status,
      ...(q.cue === undefined ? {} : { cue: q.cue }),
      continued: q.continued,
    })),
    quoteGroups: d?.quoteGroups ?? [],
    sourceStatus: d?.sourceStatus ?? EMPTY_STATUS,
    entities: (d?.entities ?? []).map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, titles: e.titles, mentions: e.mentions, articles: e.articles.length })),
    timeline: d?.timeline ?? [],
    numbers: d?.numbers ?? [],
  };
}

/** What one story of a report is built from (the analysis or a store). */
export interface StoryReportInput {
  readonly id: string;
  readonly title: string;
  /** In arrival order. */
  readonly articles: readonly { readonly summary: ArticleSummary; readonly placement: Placement }[];
  readonly copies: readonly (readonly string[])[];
  readonly span?: { readonly first: number; readonly last: number };
  readonly related: ReportStory['related'];
  /** Absent when detail was off (or not computed, as in a list of stories). */
  readonly detail?: StoryDetail;
}

/** One story of the report. */
export function storyReport(s: StoryReportInput): ReportStory {
  const list = s.articles.map((a) => articleOf(a.summary, a.placement, s.detail));
  const copies = s.copies.map((g) => [...g]);
  const inCopies = copies.reduce((n, g) => n + g.length - 1, 0);
  const sources = [...new Set(list.map((a) => a.source).filter((x): x is string => x !== undefined))].sort();
  return {
    id: s.id,
    title: s.title,
    articles: list,
    copies,
    versions: list.length - inCopies,
    sources,
    ...(s.span === undefined ? {} : { first: new Date(s.span.first).toISOString(), last: new Date(s.span.last).toISOString() }),
    related: s.related,
    ...storyDetailOf(s.detail),
  };
}

/** One story of a report, built when asked for. */
export interface PlannedStory {
  readonly id: string;
  readonly articles: number;
  readonly related: number;
  /** The story with its detail (alignment, quotes, entities…), or with its grouping only. */
  build(withDetail: boolean): ReportStory;
}

/**
 * A report in parts: its head, its stories in report order (largest first, then by id) each built when asked
 * for, and its rejections. A writer that builds one story at a time holds one story's detail, not the corpus'.
 */
export interface ReportParts {
  readonly head: Pick<Report, 'schema' | 'generated' | 'summary'>;
  readonly stories: readonly PlannedStory[];
  readonly rejected: Report['rejected'];
}

/** Plan the report of an analysis (cheap: no story detail is read). */
export function reportParts(result: AnalyzeResult, now: Date = new Date()): ReportParts {
  const { grouping, articles } = result;
  const titleOf = new Map<string, string>();
  for (const s of grouping.stories) {
    const first = articles.get(s.articles[0]!);
    const titled = s.articles.map((a) => articles.get(a)).find((a) => a?.title !== undefined);
    titleOf.set(s.id, titled?.title ?? first?.lead ?? s.id);
  }
  const ordered = [...grouping.stories].sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
  let copies = 0;
  for (const p of grouping.placements.values()) if (p.kind === 'copy') copies++;
  return {
    head: {
      schema: REPORT_SCHEMA,
      generated: now.toISOString(),
      summary: {
        articles: result.stats.articles,
        stories: ordered.length,
        multiArticleStories: ordered.filter((s) => s.articles.length > 1).length,
        copies,
        related: ordered.reduce((n, s) => n + s.related.length, 0) / 2,
        rejected: result.rejected.length,
        bytes: result.stats.bytes,
        ms: Math.round(result.stats.ms),
      },
    },
    stories: ordered.map((s) => ({
      id: s.id,
      articles: s.articles.length,
      related: s.related.length,
      build: (withDetail: boolean): ReportStory => {
        const detail = withDetail ? result.stories.get(s.id) : undefined;
        return storyReport({
          id: s.id,
          title: titleOf.get(s.id)!,
          articles: s.articles.map((id) => ({ summary: articles.get(id)!, placement: grouping.placements.get(id)! })),
          copies: s.copies,
          ...(s.span === undefined ? {} : { span: s.span }),
          related: s.related.map((r) => ({ story: r.story, title: titleOf.get(r.story) ?? r.story, evidence: r.evidence })),
          ...(detail === undefined ? {} : { detail }),
        });
      },
    })),
    rejected: result.rejected.map((e) => ({
      input: e.input,
      ...(e.record === undefined ? {} : { record: e.record }),
      code: e.code,
      message: e.message,
    })),
  };
}

/** The report from its parts; `withDetail` says which stories carry their detail (default: all). */
export function assembleReport(parts: ReportParts, withDetail: (story: PlannedStory) => boolean = () => true): Report {
  return { ...parts.head, stories: parts.stories.map((s) => s.build(withDetail(s))), rejected: parts.rejected };
}

/** Build the report. Stories are ordered largest first, then by id. */
export function buildReport(result: AnalyzeResult, now: Date = new Date()): Report {
  return assembleReport(reportParts(result, now));
}
