import type { RawArticle } from '../model/article.js';
import { ConfigError, type InputError } from '../model/errors.js';

/** Size limits of the ingest stage. */
export interface IngestOptions {
  /** Largest single-article file (text, markdown, html, one JSON object) accepted; default 5 MB. */
  readonly maxArticleBytes?: number;
  /** Largest single record in a JSONL/JSON-array/feed; default 5 MB. */
  readonly maxRecordBytes?: number;
}

/** One result of ingesting: an article, or the reason an input (or one record of it) was skipped. */
export type IngestItem =
  | {
      readonly kind: 'article';
      readonly article: RawArticle;
      /** Bytes of input consumed for it (skipped blank lines and rejected records count towards the next article). */
      readonly bytes: number;
    }
  | { readonly kind: 'rejected'; readonly error: InputError };

/** Default for both limits: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Limits with defaults applied. */
export interface Limits {
  readonly maxArticleBytes: number;
  readonly maxRecordBytes: number;
}

/** Applies the defaults; throws ConfigError for a limit that is not a positive whole number of bytes. */
export function resolveLimits(options: IngestOptions | undefined): Limits {
  const pick = (name: keyof IngestOptions, v: number | undefined): number => {
    if (v === undefined) return DEFAULT_MAX_BYTES;
    if (!Number.isSafeInteger(v) || v <= 0) {
      throw new ConfigError(`${name} must be a positive whole number of bytes (e.g. ${DEFAULT_MAX_BYTES} for 5 MB), got ${String(v)}`);
    }
    return v;
  };
  return {
    maxArticleBytes: pick('maxArticleBytes', options?.maxArticleBytes),
    maxRecordBytes: pick('maxRecordBytes', options?.maxRecordBytes),
  };
}
