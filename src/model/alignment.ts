/**
 * Types of sentence alignment within one story: what the versions agree on (claims), what each adds, where
 * the story most likely started (provenance), and the comparison of two articles. Types only, no logic.
 */
import type { ArticleId } from './ids.js';

/** Points at one sentence of one version (0-based `Article.sentences` index). */
export interface SentenceKey {
  readonly article: ArticleId;
  readonly index: number;
}

/** A sentence of one version, with its text. */
export interface SentenceRef extends SentenceKey {
  readonly text: string;
}

/** Two sentences of different versions that state the same thing; `score` in [0, 1]. */
export interface SentenceAlignment {
  readonly a: SentenceKey;
  readonly b: SentenceKey;
  readonly score: number;
}

/** A sentence that carries a claim. */
export interface ClaimSentence extends SentenceRef {
  /** Mean similarity to the claim's other sentences it is aligned to. */
  readonly score: number;
}

/** One thing the versions of a story state, in their own words. */
export interface Claim {
  /**
   * Representative text: the claim's most central sentence (most similar to all the others) that does not
   * already represent a stronger claim.
   */
  readonly claim: string;
  /** Where `claim` comes from. */
  readonly core: SentenceKey;
  /** Independent versions carrying it: copies of one another count once. */
  readonly support: number;
  /** Every sentence that carries it, in version order; a version may contribute more than one. */
  readonly sentences: readonly ClaimSentence[];
}

/** What makes an addition worth a look: something found in no other independent version. */
export type AdditionHold = 'quote' | 'number' | 'date';

/**
 * A sentence of one version that no other independent version supports, or whose words are supported but
 * whose quote no other independent version has (the quote is what it adds).
 */
export interface Addition extends SentenceRef {
  /** True for a supported sentence listed only for its new quote. */
  readonly supported: boolean;
  /** Distinct kinds among `items`, in the order quote, number, date. */
  readonly holds: readonly AdditionHold[];
  /** The quotes, numbers and dates of the sentence that no other independent version has. */
  readonly items: readonly { readonly kind: AdditionHold; readonly text: string }[];
}

/** How much of one version the others support. */
export interface VersionShare {
  readonly article: ArticleId;
  /** Sentences supported by at least one other independent version and not additions. */
  readonly shared: number;
  /** Its additions (`StoryAlignment.additions` of this version). */
  readonly added: number;
  readonly total: number;
}

/** Version `to` most likely derives from version `from`. */
export interface DerivationLink {
  readonly from: ArticleId;
  readonly to: ArticleId;
  /** Share of `to`'s sentences aligned to `from` (1 for a copy). */
  readonly score: number;
  /** Human-readable reasons: aligned share, shared phrases, copy. */
  readonly evidence: readonly string[];
}

/** A source a version names for its information ("according to X", "X reported", "told X"). */
export interface Citation {
  readonly article: ArticleId;
  readonly index: number;
  readonly source: string;
  /** The sentence holding the citation. */
  readonly text: string;
}

/** Where the story most likely started and how its versions relate. */
export interface Provenance {
  readonly origin: ArticleId;
  /** `earliest-published` when every version has a publication time; otherwise `containment`. */
  readonly reason: 'earliest-published' | 'containment';
  readonly links: readonly DerivationLink[];
  readonly citations: readonly Citation[];
  /** Versions that are neither copies nor derived from another version of the story. */
  readonly independentSources: number;
  /** Versions in the story, copies included. */
  readonly articles: number;
}

/** What `alignStory` returns. */
export interface StoryAlignment {
  /** Ranked by support, then by number of sentences; only claims with support ≥ 2. */
  readonly claims: readonly Claim[];
  readonly additions: readonly Addition[];
  /** One per version, in input order. */
  readonly shares: readonly VersionShare[];
  readonly provenance: Provenance;
  /** Every aligned sentence pair across versions (copies included). */
  readonly alignments: readonly SentenceAlignment[];
}

/** A run of a word-level diff: `removed` is only in A, `added` only in B. */
export interface DiffRun {
  readonly kind: 'equal' | 'added' | 'removed';
  readonly text: string;
}

/** Two aligned sentences of a comparison. */
export interface SentencePair {
  /** Sentence index in A. */
  readonly a: number;
  /** Sentence index in B. */
  readonly b: number;
  readonly score: number;
  readonly diff: readonly DiffRun[];
}

/** Sentence-level comparison of two articles. */
export interface Comparison {
  readonly a: ArticleId;
  readonly b: ArticleId;
  /** In order of A's sentences, then B's. */
  readonly pairs: readonly SentencePair[];
  /** A's sentences in no pair. */
  readonly onlyA: readonly number[];
  /** B's sentences in no pair. */
  readonly onlyB: readonly number[];
}
