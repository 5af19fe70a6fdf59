/** Article → ArticleFeatures: the one pass grouping needs. */
import type { Article } from '../model/article.js';
import type { ArticleFeatures, SparseVector } from '../model/features.js';
import { combine, fmix32 } from './hash.js';
import { datelineTime, findDateline } from './dateline.js';
import { DEFAULT_MINHASH, minhash, shingleHashes, type MinHashParams } from './minhash.js';
import type { Rarity } from './rarity.js';
import { INITIAL_CAP, NAME, NUMBER, TokenBuffer, tokenize, type TokenStream } from './tokens.js';
import { EMPTY_VECTOR } from './vector.js';

/** Options of feature extraction. */
export interface FeatureOptions {
  readonly rarity: Rarity;
  readonly minhash?: MinHashParams;
}

/**
 * Words whose background weight is below this carry no topic ("the", "said", "would"): skipping them
 * keeps vectors short. 1.5 ≈ a word found in more than one article in five of general English.
 */
const COMMON = 1.5;
/** Title words count this many times: a headline names the event more densely than the body. */
const TITLE_BOOST = 2;

/**
 * Extracts grouping features, one article at a time, and counts each article's terms into the corpus
 * statistics. Holds scratch accumulators indexed by term id so that counting a token is an array update,
 * not a map operation; one extractor per corpus (it shares the corpus' Rarity).
 */
export class FeatureExtractor {
  private readonly rarity: Rarity;
  private readonly params: MinHashParams;
  private readonly body = new TermCounter();
  private readonly names = new TermCounter();
  private readonly numbers = new TermCounter();
  private readonly bodyTokens = new TokenBuffer();
  private readonly titleTokens = new TokenBuffer();

  constructor(options: FeatureOptions) {
    this.rarity = options.rarity;
    this.params = options.minhash ?? DEFAULT_MINHASH;
  }

  /** Features of one article. */
  extract(article: Article): ArticleFeatures {
    const { rarity, params } = this;
    const body = tokenize(article.text, this.bodyTokens);
    this.count(article.text, body, 1);
    let tokens = body.length;
    if (article.title !== undefined) {
      const title = tokenize(article.title, this.titleTokens);
      this.count(article.title, title, TITLE_BOOST);
      tokens += title.length;
    }
    const features: ArticleFeatures = {
      article: article.id,
      tokens,
      exact: exactHash(body.hashes),
      signature: minhash(shingleHashes(body.hashes, params.shingle, params.seed), params),
      body: this.body.vector(rarity),
      names: this.names.vector(rarity),
      numbers: this.numbers.vector(rarity),
      ...timeOf(article),
    };
    rarity.observeIds(this.body.touched());
    rarity.observeIds(this.names.touched());
    rarity.observeIds(this.numbers.touched());
    this.body.reset();
    this.names.reset();
    this.numbers.reset();
    return features;
  }

  private count(text: string, stream: TokenStream, boost: number): void {
    const { rarity } = this;
    const { hashes, flags, starts, ends } = stream;
    for (let i = 0; i < stream.length; i++) {
      const h = hashes[i]!;
      const f = flags[i]!;
      if ((f & NUMBER) !== 0) {
        this.numbers.add(rarity.number(h, text, starts[i]!, ends[i]!), boost);
        continue;
      }
      const id = rarity.word(h, text, starts[i]!, ends[i]!);
      if (rarity.backgroundOf(id) >= COMMON) this.body.add(id, boost);
      if ((f & NAME) !== 0 || ((f & INITIAL_CAP) !== 0 && rarity.isUnknown(id))) {
        this.names.add(rarity.name(h, text, starts[i]!, ends[i]!), boost);
      }
    }
  }
}

/** Term frequencies of one article over dense term ids: a growable array and the list of ids touched. */
class TermCounter {
  private counts = new Float64Array(1 << 14);
  private ids: number[] = [];

  add(id: number, n: number): void {
    if (id >= this.counts.length) {
      const grown = new Float64Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[id] === 0) this.ids.push(id);
    this.counts[id]! += n;
  }

  touched(): readonly number[] {
    return this.ids;
  }

  /** Weighted vector (1 + ln tf)·idf over the touched ids. */
  vector(rarity: Rarity): SparseVector {
    const n = this.ids.length;
    if (n === 0) return EMPTY_VECTOR;
    const ids = Int32Array.from(this.ids).sort();
    const weights = new Float32Array(n);
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const w = (1 + Math.log(this.counts[id]!)) * rarity.idfOf(id);
      weights[i] = w;
      sq += w * w;
    }
    return { ids, weights, norm: Math.sqrt(sq) };
  }

  reset(): void {
    for (const id of this.ids) this.counts[id] = 0;
    this.ids = [];
  }
}

/** Extract the grouping features of one article (convenience over a one-off FeatureExtractor). */
export function extractFeatures(article: Article, options: FeatureOptions): ArticleFeatures {
  return new FeatureExtractor(options).extract(article);
}

/** 0 for an empty body: a title-only record is nobody's exact copy. */
function exactHash(tokens: Uint32Array): number {
  if (tokens.length === 0) return 0;
  let h = tokens.length;
  for (let i = 0; i < tokens.length; i++) h = combine(h, tokens[i]!);
  return fmix32(h);
}

/** Publication time: as given, else from a dateline (a yearless one is kept as month and day). */
function timeOf(article: Article): Pick<ArticleFeatures, 'published' | 'monthDay'> {
  if (article.published !== undefined) {
    const t = Date.parse(article.published);
    if (!Number.isNaN(t)) return { published: t };
  }
  // The normaliser moves date lines at the top ("July 13, 2009") into chrome; datelines stay in the text.
  let d: ReturnType<typeof findDateline>;
  for (const line of article.chrome) if ((d = findDateline(line)) !== undefined) break;
  d ??= findDateline(article.text);
  if (d === undefined) return {};
  const t = datelineTime(d);
  return t !== undefined ? { published: t } : { monthDay: { month: d.month, day: d.day } };
}
