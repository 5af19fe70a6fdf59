/** Types for named entities, dates and numbers found in articles. Logic-free. */

/** The entity types Retold recognises. Nationalities, events and other "miscellaneous" names are not entities. */
export type EntityType = 'person' | 'organisation' | 'place';

/** One occurrence of a named entity; offsets index into `Article.text`. */
export interface EntityMention {
  /** The name as written, without any title ("Andrei Belousov", not "Defense Minister Andrei Belousov"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** A title written next to a person's name, e.g. 'Defense Minister', 'Prime Minister', 'Dr.'. */
  readonly title?: string;
}

/** One entity across the articles of a story, with its names merged. */
export interface Entity {
  /** Canonical name: the longest full form seen ("Narendra Modi"). */
  readonly name: string;
  readonly type: EntityType;
  /** Other forms seen ("Modi"), without the canonical name; sorted. */
  readonly aliases: readonly string[];
  /** Titles seen with the person ("Prime Minister"); sorted. */
  readonly titles: readonly string[];
  /** Number of mentions over all articles. */
  readonly mentions: number;
  /** Ids of the articles that mention it, in input order. */
  readonly articles: readonly string[];
}

/** A date or date range written in an article; offsets index into `Article.text`. */
export interface DateMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /**
   * ISO dates (YYYY-MM-DD). A range such as 'December 4-5' is one mention with `start` and `end`.
   * Absent when the date cannot be placed (no publication date and no year in the text).
   */
  readonly resolved?: { readonly start: string; readonly end?: string };
  /** True when the text itself gives day, month and year; false when some part was inferred. */
  readonly certain: boolean;
}

/** A number written in an article, with what it counts; offsets index into `Article.text`. */
export interface NumberMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The numeric value, scaled ('$1.2 billion' → 1.2e9); absent when unreadable. */
  readonly value?: number;
  /** Unit or currency: 'USD', 'EUR', 'GBP', 'INR', 'RUB', 'JPY', 'CNY', 'percent', 'km', 'kg', …. */
  readonly unit?: string;
  /** True for ordinals ('22nd session', 'third'). */
  readonly ordinal: boolean;
  /** The noun it counts or orders ('session', 'people'); empty when none follows. */
  readonly context: string;
}
