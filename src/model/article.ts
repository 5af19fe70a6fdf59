import type { ArticleId } from './ids.js';

/** The input formats Retold reads. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

/** Where an article came from: a file (and the record within it) or a stream. */
export interface Origin {
  /** File path as given (or `-` for stdin). */
  readonly path: string;
  /** 1-based record number within a multi-record input (JSONL line, JSON array item, feed item). */
  readonly record?: number;
  readonly format: InputFormat;
}

/** What an ingest adapter produces: text already extracted, nothing normalised yet. */
export interface RawArticle {
  readonly kind: 'raw';
  readonly origin: Origin;
  /** The `id` field of a JSON record, kept as given. */
  readonly externalId?: string;
  readonly url?: string;
  /** Outlet or site name. */
  readonly source?: string;
  readonly title?: string;
  readonly byline?: string;
  /** Publication time, ISO 8601 (date only or date-time). */
  readonly published?: string;
  /** Main text; paragraphs separated by blank lines. */
  readonly text: string;
}

/** One sentence of an article; offsets index into `Article.text`. */
export interface Sentence {
  /** 0-based position in the article. */
  readonly index: number;
  /** 0-based paragraph the sentence belongs to. */
  readonly paragraph: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A normalised article: clean text split into paragraphs and sentences. */
export interface Article {
  readonly kind: 'article';
  readonly id: ArticleId;
  readonly origin: Origin;
  readonly externalId?: string;
  readonly url?: string;
  readonly source?: string;
  readonly title?: string;
  readonly byline?: string;
  readonly published?: string;
  /** Normalised body text, paragraphs joined by `\n\n`. The title is not part of it. */
  readonly text: string;
  readonly paragraphs: readonly string[];
  readonly sentences: readonly Sentence[];
  /** Lines removed as outlet chrome (masthead, section labels), kept as evidence. */
  readonly chrome: readonly string[];
}
