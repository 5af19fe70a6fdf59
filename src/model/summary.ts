import type { InputFormat } from './article.js';
import type { ArticleId } from './ids.js';

/** What reports show of an article without keeping its text. */
export interface ArticleSummary {
  readonly id: ArticleId;
  readonly title?: string;
  readonly path: string;
  readonly record?: number;
  readonly format: InputFormat;
  readonly externalId?: string;
  readonly url?: string;
  readonly source?: string;
  readonly published?: string;
  /** Characters of normalised body text. */
  readonly chars: number;
  /** First sentence of the body, for previews. */
  readonly lead: string;
}
