import type { ArticleId, StoryId } from './ids.js';

/** Why an article was placed where it was, or why two stories are linked. */
export interface Evidence {
  /** Rare content words both sides share, rarest-weighted first. */
  readonly terms: readonly string[];
  /** Names both sides share. */
  readonly names: readonly string[];
  /** Numbers both sides share ("22nd", "4-5"). */
  readonly numbers: readonly string[];
  /** Key names of one side that the other lacks: evidence of a different event. */
  readonly clashes: readonly string[];
  readonly scores: {
    readonly body: number;
    readonly names: number;
    readonly numbers: number;
    /** Days between the article and the nearest end of the story's time span, when both are dated. */
    readonly days?: number;
    readonly total: number;
  };
}

/** Where one article went, with the evidence. */
export type Placement =
  | {
      readonly kind: 'copy';
      readonly article: ArticleId;
      readonly story: StoryId;
      /** The earlier article it copies. */
      readonly of: ArticleId;
      readonly jaccard: number;
      /** Share of the smaller text found in the larger. */
      readonly containment: number;
      readonly exact: boolean;
    }
  | { readonly kind: 'story'; readonly article: ArticleId; readonly story: StoryId; readonly evidence: Evidence }
  | {
      readonly kind: 'new';
      readonly article: ArticleId;
      readonly story: StoryId;
      /** The best story it did not join, when there was one worth showing. */
      readonly nearest?: { readonly story: StoryId; readonly evidence: Evidence };
    };

/** A link between two stories about the same actors or topic but different events. */
export interface RelatedLink {
  readonly story: StoryId;
  readonly evidence: Evidence;
}

/** One story: the articles telling one event, its copy groups and its related stories. */
export interface StoryGroup {
  readonly id: StoryId;
  /** In arrival order. */
  readonly articles: readonly ArticleId[];
  /** Groups (size ≥ 2) of articles that are copies of each other. */
  readonly copies: readonly (readonly ArticleId[])[];
  readonly related: readonly RelatedLink[];
  /** Earliest and latest publication time (ms), when any article is dated. */
  readonly span?: { readonly first: number; readonly last: number };
}

/** The grouping of a corpus. */
export interface Grouping {
  readonly stories: readonly StoryGroup[];
  readonly placements: ReadonlyMap<ArticleId, Placement>;
  /** Story each article belongs to after merges. */
  readonly storyOf: ReadonlyMap<ArticleId, StoryId>;
}
