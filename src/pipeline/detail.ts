/**
 * What Retold says about a story beyond its grouping: per article, quotes with speakers and source status,
 * entities, numbers and dates (computed on arrival, linear in the text); per story, the alignment of its
 * versions (agreement, additions, provenance), merged entities, quotes across versions and a timeline
 * (computed once per story when the report is built: alignment costs grow with versions², so never per article).
 */
import type { Article } from '../model/article.js';
import type { DateMention, Entity, EntityMention, NumberMention } from '../model/entity.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import type { Quote, ScareQuote, SourceStatus } from '../model/quote.js';
import type { StoryAlignment } from '../model/alignment.js';
import type { StoryGroup } from '../model/story.js';
import type { Rarity } from '../features/rarity.js';
import { extractQuotes } from '../features/quotes/index.js';
import { extractEntities, extractNumbers, mergeEntities } from '../features/entities/index.js';
import { extractDates } from '../features/dates/index.js';
import { alignStory } from '../align/index.js';
import type { DetailSink } from './spill.js';

/** Per-article facts, extracted on arrival. */
export interface ArticleDetail {
  readonly quotes: readonly Quote[];
  readonly scare: readonly ScareQuote[];
  readonly entities: readonly EntityMention[];
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
}

/** Extract an article's quotes, entities, numbers and dates. */
export function detailArticle(article: Article): ArticleDetail {
  const { quotes, scare } = extractQuotes(article);
  return { quotes, scare, entities: extractEntities(article), numbers: extractNumbers(article), dates: extractDates(article) };
}

/** One quote as found in one article. */
export interface StoryQuote {
  readonly article: ArticleId;
  readonly quote: Quote;
}

/** The same quote across versions (matched on its words, so a slightly reworded quote still meets). */
export interface QuoteGroup {
  readonly text: string;
  readonly articles: readonly ArticleId[];
  /** Distinct speakers given for it, as written. */
  readonly speakers: readonly string[];
  /** Different versions name different speakers. */
  readonly speakersDiffer: boolean;
  /** Only one independent version carries it. */
  readonly single: boolean;
}

/** A dated event of the story's timeline. */
export interface TimelineEntry {
  /** ISO date (start of a range), or the text as written when unresolved. */
  readonly date: string;
  readonly end?: string;
  readonly resolved: boolean;
  readonly text: string;
  readonly sentence: string;
  readonly articles: readonly ArticleId[];
}

/** A number the story states, with how many articles state it. */
export interface StoryNumber {
  readonly text: string;
  readonly context: string;
  readonly value?: number;
  readonly ordinal: boolean;
  readonly articles: number;
}

/** Everything said about one story. */
export interface StoryDetail {
  /** Present when the story has at least two independent versions. */
  readonly alignment?: StoryAlignment;
  readonly entities: readonly Entity[];
  readonly quotes: readonly StoryQuote[];
  readonly quoteGroups: readonly QuoteGroup[];
  readonly sourceStatus: Readonly<Record<SourceStatus, number>>;
  readonly timeline: readonly TimelineEntry[];
  readonly numbers: readonly StoryNumber[];
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : inter / (a.size + b.size - inter);
}

/** Sentence of `article` around offset `at`. */
function sentenceAt(article: Article, at: number): string {
  const s = article.sentences.find((x) => x.start <= at && at < x.end);
  return s?.text ?? '';
}

/** Group the quotes of a story's articles: ≥ 0.6 word overlap is the same quote. */
function groupQuotes(quotes: readonly StoryQuote[], copyRoot: (a: ArticleId) => ArticleId): QuoteGroup[] {
  const groups: { text: string; bag: Set<string>; items: StoryQuote[] }[] = [];
  for (const q of quotes) {
    const bag = new Set(words(q.quote.text));
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0.6;
    for (const g of groups) {
      const s = jaccard(bag, g.bag);
      if (s >= bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (best === undefined) groups.push({ text: q.quote.text, bag, items: [q] });
    else best.items.push(q);
  }
  return groups.map((g) => {
    const articles = [...new Set(g.items.map((i) => i.article))];
    const speakers = [...new Set(g.items.map((i) => i.quote.speaker).filter((s): s is string => s !== undefined))];
    const norm = new Set(speakers.map((s) => words(s).slice(-1)[0] ?? s));
    return {
      text: g.text,
      articles,
      speakers,
      speakersDiffer: norm.size > 1,
      single: new Set(articles.map(copyRoot)).size === 1,
    };
  });
}

/** Build the detail of one story from its articles (in story order) and their per-article details. */
export function detailStory(
  story: StoryGroup,
  articles: ReadonlyMap<ArticleId, Article>,
  details: ReadonlyMap<ArticleId, ArticleDetail>,
  rarity: Rarity,
): StoryDetail {
  const members = story.articles.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined);
  const root = new Map<ArticleId, ArticleId>();
  for (const g of story.copies) for (const id of g) root.set(id, g[0]!);
  const copyRoot = (a: ArticleId): ArticleId => root.get(a) ?? a;

  const versions = new Set(members.map((a) => copyRoot(a.id)));
  const alignment =
    versions.size >= 2
      ? alignStory(
          members.filter((a) => a.sentences.length > 0).map((a) => (root.has(a.id) && copyRoot(a.id) !== a.id ? { article: a, copyOf: copyRoot(a.id) } : { article: a })),
          { rarity },
        )
      : undefined;

  const quotes: StoryQuote[] = [];
  const status: Record<SourceStatus, number> = { named: 0, unnamed: 0, anonymous: 0 };
  const perArticle: { articleId: string; mentions: readonly EntityMention[] }[] = [];
  const timeline = new Map<string, { date: string; end?: string; resolved: boolean; text: string; sentence: string; articles: Set<ArticleId> }>();
  const numbers = new Map<string, { text: string; context: string; value?: number; ordinal: boolean; articles: Set<ArticleId> }>();
  for (const a of members) {
    const d = details.get(a.id);
    if (d === undefined) continue;
    for (const q of d.quotes) {
      quotes.push({ article: a.id, quote: q });
      // Copies repeat their original's quotes: count each source once per independent version.
      if (copyRoot(a.id) === a.id) status[q.status]++;
    }
    perArticle.push({ articleId: a.id, mentions: d.entities });
    for (const dm of d.dates) {
      const date = dm.resolved?.start ?? dm.text;
      const key = `${date}|${dm.resolved?.end ?? ''}`;
      const entry = timeline.get(key) ?? {
        date,
        ...(dm.resolved?.end === undefined ? {} : { end: dm.resolved.end }),
        resolved: dm.resolved !== undefined,
        text: dm.text,
        sentence: sentenceAt(a, dm.start),
        articles: new Set<ArticleId>(),
      };
      entry.articles.add(a.id);
      timeline.set(key, entry);
    }
    for (const n of d.numbers) {
      const key = `${n.value ?? n.text}|${n.context}`;
      const entry = numbers.get(key) ?? {
        text: n.text,
        context: n.context,
        ...(n.value === undefined ? {} : { value: n.value }),
        ordinal: n.ordinal,
        articles: new Set<ArticleId>(),
      };
      entry.articles.add(a.id);
      numbers.set(key, entry);
    }
  }
  return {
    ...(alignment === undefined ? {} : { alignment }),
    entities: mergeEntities(perArticle),
    quotes,
    quoteGroups: groupQuotes(quotes, copyRoot),
    sourceStatus: status,
    timeline: [...timeline.values()]
      .sort((x, y) => Number(y.resolved) - Number(x.resolved) || x.date.localeCompare(y.date))
      .map((e) => ({ ...e, articles: [...e.articles] })),
    numbers: [...numbers.values()].sort((x, y) => y.articles.size - x.articles.size).map((n) => ({ ...n, articles: n.articles.size })),
  };
}

/**
 * Computes story details from a second reading of the inputs, holding in memory only the articles of
 * stories not yet complete. Each story's last article (in input order) is known from the grouping pass, so
 * a story is detailed and its texts dropped as soon as that article is read again: with inputs in
 * publication order, memory holds the few stories open at any time, not the corpus.
 */
export class StoryDetailer {
  private readonly storyOf: ReadonlyMap<ArticleId, StoryGroup>;
  private readonly remaining = new Map<string, number>();
  private readonly open = new Map<string, { articles: Map<ArticleId, Article>; details: Map<ArticleId, ArticleDetail> }>();
  private readonly done: DetailSink;
  /** Texts kept for the caller (e.g. article pages of an HTML report), when asked for. */
  readonly texts = new Map<ArticleId, Article>();

  /** `done` receives each story's detail when it is complete (default: kept in memory). */
  constructor(
    stories: readonly StoryGroup[],
    private readonly rarity: Rarity,
    private readonly keepTexts = false,
    done: DetailSink = new Map<StoryId, StoryDetail>(),
  ) {
    this.done = done;
    const storyOf = new Map<ArticleId, StoryGroup>();
    for (const s of stories) {
      for (const a of s.articles) storyOf.set(a, s);
      this.remaining.set(s.id, s.articles.length);
    }
    this.storyOf = storyOf;
  }

  /** Take one normalised article of the second reading (unknown or repeated articles are ignored). */
  add(article: Article): void {
    const story = this.storyOf.get(article.id);
    if (story === undefined || this.done.has(story.id)) return;
    let open = this.open.get(story.id);
    if (open === undefined) {
      open = { articles: new Map(), details: new Map() };
      this.open.set(story.id, open);
    }
    if (open.articles.has(article.id)) return;
    open.articles.set(article.id, article);
    open.details.set(article.id, detailArticle(article));
    if (this.keepTexts) this.texts.set(article.id, article);
    const left = this.remaining.get(story.id)! - 1;
    this.remaining.set(story.id, left);
    if (left === 0) this.close(story);
  }

  private close(story: StoryGroup): void {
    const open = this.open.get(story.id);
    this.open.delete(story.id);
    const detail = detailStory(story, open?.articles ?? new Map(), open?.details ?? new Map(), this.rarity);
    // Every story's detail is kept until the report is made: drop the sentence pairs (a third of it, and
    // nothing a report shows; claims, additions and provenance already say what they mean).
    this.done.set(story.id, detail.alignment === undefined ? detail : { ...detail, alignment: { ...detail.alignment, alignments: [] } });
  }

  /** Details of every story; stories whose articles did not all come back are detailed with what did. */
  finish(): ReadonlyMap<StoryId, StoryDetail> {
    for (const s of new Set(this.storyOf.values())) if (!this.done.has(s.id)) this.close(s);
    return this.done;
  }
}
