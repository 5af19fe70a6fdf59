/**
 * Quotes found in an article (types only; the extractor lives in src/features/quotes/).
 * Every offset indexes into `Article.text`.
 */

/**
 * How a quote's source is identified:
 * - `named`: a person or organisation by name ('Anand Sharma', 'the Indian Foreign Ministry');
 * - `unnamed`: described only ('a Russian diplomat', 'officials', 'a senior Indian foreign ministry official');
 * - `anonymous`: explicitly unnamed ('speaking on condition of anonymity', 'sources said', 'people familiar
 *   with the matter').
 */
export type SourceStatus = 'named' | 'unnamed' | 'anonymous';

/** A stretch of `Article.text`. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A direct quote: words put in quotation marks and attributed to a speaker. */
export interface Quote {
  readonly kind: 'quote';
  /** The words inside the marks. */
  readonly text: string;
  /** Offsets of the content (inside the marks). */
  readonly start: number;
  readonly end: number;
  /**
   * The speaker as written ('Anand Sharma', 'a senior Russian defense official'); for a pronoun ('he said')
   * the nearest preceding named person. Absent when no speaker could be found.
   */
  readonly speaker?: string;
  /** An appositive after the speaker's name ('a senior fellow at the Observer Research Foundation'). */
  readonly speakerDescription?: string;
  /** How the speaker is identified; `unnamed` when no speaker was found at all. */
  readonly status: SourceStatus;
  /**
   * The cue that attributes the quote, lower-cased ('said', 'according to', 'told' of 'told reporters', ':'
   * after 'X:'); absent when the speaker was inferred from the sentence before the quote.
   */
  readonly cue?: string;
  /** True when the quote has no cue of its own and continues the previous quote's speaker. */
  readonly continued: boolean;
  /**
   * The mention the cue attaches to, where it is written (a pronoun stays a pronoun here); for a continued
   * quote, the mention of the quote it continues.
   */
  readonly speakerSpan?: TextSpan;
  /** Where the cue is written. For a continued quote, the cue of the quote it continues. */
  readonly cueSpan?: TextSpan;
}

/** Words in quotation marks that nobody is quoted as saying: scare quotes, coined phrases, titles of works. */
export interface ScareQuote {
  readonly kind: 'scare';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The quotes of one article, in text order. */
export interface QuotesResult {
  readonly quotes: readonly Quote[];
  readonly scare: readonly ScareQuote[];
}
