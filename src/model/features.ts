import type { ArticleId } from './ids.js';

/** A sparse vector over term ids: ids strictly increasing, weights parallel. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
  /** Euclidean norm of `weights`. */
  readonly norm: number;
}

/** MinHash parameters; see src/features/minhash.ts for the stored layout. */
export interface SignatureParams {
  readonly version: 1;
  readonly bins: number;
  readonly seed: number;
  readonly shingle: number;
}

/** What grouping needs to know of one article. */
export interface ArticleFeatures {
  readonly article: ArticleId;
  /** Word tokens in title and body. */
  readonly tokens: number;
  /** Hash of the body's word sequence: equal for copies that differ only in spacing, punctuation or case; 0 for an empty body. */
  readonly exact: number;
  readonly signature: { readonly params: SignatureParams; readonly values: Uint32Array; readonly size: number };
  /** Content words (stemmed), title words counted twice, weighted (1 + ln tf)·idf. */
  readonly body: SparseVector;
  /** Capitalised words that are not sentence-initial, or are and are unknown to general English. */
  readonly names: SparseVector;
  /** Tokens holding digits ("22nd", "4-5", "1,200"). */
  readonly numbers: SparseVector;
  /** Publication time in ms since the epoch: given, or read off a dateline that has a year. */
  readonly published?: number;
  /** A dateline without a year ("BRENNOCK, April 2 –"), when there is no publication time. */
  readonly monthDay?: { readonly month: number; readonly day: number };
}
