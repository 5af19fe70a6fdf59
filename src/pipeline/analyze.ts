/**
 * The main job: read inputs, normalise each article, extract its features and place it — one article at a
 * time, so memory holds the indexes and a summary per article, not the corpus. One bad input becomes a
 * rejection in the result; the run goes on.
 */
import type { Article } from '../model/article.js';
import type { InputError } from '../model/errors.js';
import type { ArticleId, StoryId } from '../model/ids.js';
import { StoryDetailer, type StoryDetail } from './detail.js';
import { SpilledDetails } from './spill.js';
import type { Grouping, Placement } from '../model/story.js';
import type { ArticleSummary } from '../model/summary.js';
import { FeatureExtractor } from '../features/extract.js';
import { Rarity } from '../features/rarity.js';
import { Grouper, DEFAULT_GROUP_OPTIONS, type GroupOptions } from '../group/grouper.js';
import { ingestPaths, type IngestItem, type IngestOptions } from '../ingest/index.js';
import { detach, leadSentence, normaliseArticle } from '../normalise/index.js';

/** Progress of a run, reported after every article or rejection. */
export interface AnalyzeProgress {
  readonly bytes: number;
  readonly articles: number;
  readonly rejected: number;
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  readonly ingest?: IngestOptions;
  readonly group?: GroupOptions;
  readonly onProgress?: (p: AnalyzeProgress) => void;
  /** Called with each normalised article and its placement (e.g. to keep texts or store them). */
  readonly onArticle?: (article: Article, placement: Placement) => void;
  /**
   * Quotes, entities, numbers and dates per article, and per story the alignment of its versions
   * (agreement, additions, provenance). On by default; off keeps only the grouping (and no texts in memory).
   */
  readonly detail?: boolean;
  /**
   * Keep every normalised article in memory (`AnalyzeResult.texts`), e.g. for article pages. Without it,
   * `analyze` reads its inputs a second time for the detail and holds only the stories still open.
   */
  readonly keepTexts?: boolean;
  /** Input bytes above which a two-reading run keeps story details in a temporary file (default 64 MB). */
  readonly spillDetailsAbove?: number;
}

/** Below this much input the story details of a run stay in memory (a few hundred MB at most). */
export const SPILL_DETAILS_ABOVE = 64_000_000;

/** Figures of one run. */
export interface AnalyzeStats {
  readonly articles: number;
  readonly rejected: number;
  /** Articles read twice (same content-derived id): placed once. */
  readonly repeated: number;
  readonly bytes: number;
  readonly ms: number;
}

/** The outcome of `analyze`. */
export interface AnalyzeResult {
  readonly grouping: Grouping;
  readonly articles: ReadonlyMap<ArticleId, ArticleSummary>;
  /** Per-story detail (with `detail` on). */
  readonly stories: ReadonlyMap<StoryId, StoryDetail>;

  /** The normalised articles, with `keepTexts` (and for a single in-memory pass): for article pages and comparisons. */
  readonly texts: ReadonlyMap<ArticleId, Article>;
  readonly rejected: readonly InputError[];
  readonly stats: AnalyzeStats;
}

/** An incremental analysis: feed items, then `finish`. Use `analyze` for paths. */
export class Analysis {
  private readonly rarity = new Rarity();
  private readonly grouper: Grouper;
  private readonly features = new FeatureExtractor({ rarity: this.rarity });
  private readonly summaries = new Map<ArticleId, ArticleSummary>();
  private readonly texts = new Map<ArticleId, Article>();
  /** Single pass (stdin, library feeds): texts are kept and detailed at `finish`. */
  private readonly inMemoryDetail: boolean;
  private readonly rejections: InputError[] = [];
  private bytes = 0;
  private repeated = 0;
  private readonly started = performance.now();

  constructor(
    private readonly options: AnalyzeOptions = {},
    /** Set by `analyze`, which details in a second reading of its inputs instead. */
    secondPass = false,
  ) {
    this.grouper = new Grouper(this.rarity, options.group ?? DEFAULT_GROUP_OPTIONS);
    this.inMemoryDetail = options.detail !== false && !secondPass;
  }

  /** Whether normalised articles are kept (for detail at `finish`, or as asked). */
  private get keepsTexts(): boolean {
    return this.inMemoryDetail || this.options.keepTexts === true;
  }

  /** Process one ingest item. */
  add(item: IngestItem): void {
    if (item.kind === 'rejected') {
      this.rejections.push(item.error);
    } else {
      this.bytes += item.bytes;
      // Grouping reads the text only: sentences are split later, when detail or a kept text needs them.
      const n = normaliseArticle(item.article, { lazySentences: !this.keepsTexts });
      if (n.kind === 'rejected') this.rejections.push(n.error);
      else this.addArticle(n.article);
    }
    this.options.onProgress?.({ bytes: this.bytes, articles: this.summaries.size, rejected: this.rejections.length });
  }

  /** Process one normalised article. */
  addArticle(article: Article): Placement {
    if (this.summaries.has(article.id)) this.repeated++;
    const placement = this.grouper.place(this.features.extract(article));
    this.summaries.set(article.id, summarise(article));
    if (this.keepsTexts) this.texts.set(article.id, article);
    this.options.onArticle?.(article, placement);
    return placement;
  }

  /** Reconcile stories and return the grouping, without detail. */
  finishGrouping(): Grouping {
    return this.grouper.finish();
  }

  /** A detailer for a second reading of the inputs (see StoryDetailer). */
  detailer(grouping: Grouping): StoryDetailer {
    // Details wait for the report: in memory for a small corpus; in a temporary file for a large one, whose
    // details are about as large as its text.
    const spill = this.bytes > (this.options.spillDetailsAbove ?? SPILL_DETAILS_ABOVE);
    return new StoryDetailer(grouping.stories, this.rarity, this.options.keepTexts === true, spill ? new SpilledDetails() : undefined);
  }

  /** Reconcile stories and return the result; `detailed` comes from a second reading, else from memory. */
  finish(grouping: Grouping = this.grouper.finish(), detailed?: StoryDetailer): AnalyzeResult {
    let stories: ReadonlyMap<string, StoryDetail> = new Map();
    if (detailed !== undefined) stories = detailed.finish();
    else if (this.inMemoryDetail) {
      const d = new StoryDetailer(grouping.stories, this.rarity);
      for (const a of this.texts.values()) d.add(a);
      stories = d.finish();
    }
    return {
      grouping,
      articles: this.summaries,
      stories: stories as ReadonlyMap<StoryId, StoryDetail>,
      texts: detailed !== undefined && this.options.keepTexts === true ? detailed.texts : this.texts,
      rejected: this.rejections,
      stats: {
        articles: this.summaries.size,
        rejected: this.rejections.length,
        repeated: this.repeated,
        bytes: this.bytes,
        ms: performance.now() - this.started,
      },
    };
  }
}

/** Analyse every article below the given paths (files, folders, or '-' for stdin). */
export async function analyze(paths: readonly string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  // stdin cannot be read twice: keep texts in memory then.
  const twoPass = options.detail !== false && !paths.includes('-');
  const analysis = new Analysis(options, twoPass);
  for await (const item of ingestPaths(paths, options.ingest)) analysis.add(item);
  if (!twoPass) return analysis.finish();
  const grouping = analysis.finishGrouping();
  const detailer = analysis.detailer(grouping);
  for await (const item of ingestPaths(paths, options.ingest)) {
    if (item.kind !== 'article') continue;
    const n = normaliseArticle(item.article);
    if (n.kind === 'article') detailer.add(n.article);
  }
  return analysis.finish(grouping, detailer);
}

/** The summary kept of an article. */
export function summarise(a: Article): ArticleSummary {
  return {
    id: a.id,
    path: a.origin.path,
    format: a.origin.format,
    chars: a.text.length,
    // Kept for the whole run: detached from the article's text.
    lead: detach(leadSentence(a)),
    ...(a.title === undefined ? {} : { title: detach(a.title) }),
    ...(a.origin.record === undefined ? {} : { record: a.origin.record }),
    ...(a.externalId === undefined ? {} : { externalId: a.externalId }),
    ...(a.url === undefined ? {} : { url: a.url }),
    ...(a.source === undefined ? {} : { source: a.source }),
    ...(a.published === undefined ? {} : { published: a.published }),
  };
}
