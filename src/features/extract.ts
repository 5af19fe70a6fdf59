/** Article → ArticleFeatures: the one pass grouping needs. */
import type { Article } from '../model/article.js';
import type { ArticleFeatures } from '../model/features.js';
import { combine, fmix32 } from './hash.js';
import { datelineTime, findDateline } from './dateline.js';
import { DEFAULT_MINHASH, minhash, shingleHashes, type MinHashParams } from './minhash.js';
import type { Rarity } from './rarity.js';
import { INITIAL_CAP, NAME, NUMBER, stem, tokenize } from './tokens.js';
import { toVector } from './vector.js';

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

/** Extract the grouping features of one article, then count its terms into the corpus statistics. */
export function extractFeatures(article: Article, options: FeatureOptions): ArticleFeatures {
  const { rarity } = options;
  const params = options.minhash ?? DEFAULT_MINHASH;
  const body = tokenize(article.text);
  const title = article.title === undefined ? undefined : tokenize(article.title);

  const tf = new Map<number, number>();
  const names = new Map<number, number>();
  const numbers = new Map<number, number>();
  const count = (stream: ReturnType<typeof tokenize>, boost: number): void => {
    const { words, flags } = stream;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const f = flags[i]!;
      if ((f & NUMBER) !== 0) {
        const id = rarity.id('#' + word, '');
        numbers.set(id, (numbers.get(id) ?? 0) + boost);
        continue;
      }
      const id = rarity.id(stem(word), word);
      if (rarity.backgroundOf(id) >= COMMON) tf.set(id, (tf.get(id) ?? 0) + boost);
      if ((f & NAME) !== 0 || ((f & INITIAL_CAP) !== 0 && rarity.isUnknown(id))) {
        const nid = rarity.id('@' + word, word);
        names.set(nid, (names.get(nid) ?? 0) + boost);
      }
    }
  };
  count(body, 1);
  if (title !== undefined) count(title, TITLE_BOOST);

  const weigh = (counts: Map<number, number>): Map<number, number> => {
    const out = new Map<number, number>();
    for (const [id, n] of counts) out.set(id, (1 + Math.log(n)) * rarity.idfOf(id));
    return out;
  };
  const features: ArticleFeatures = {
    article: article.id,
    tokens: body.words.length + (title?.words.length ?? 0),
    exact: exactHash(body.hashes),
    signature: minhash(shingleHashes(body.hashes, params.shingle, params.seed), params),
    body: toVector(weigh(tf)),
    names: toVector(weigh(names)),
    numbers: toVector(weigh(numbers)),
    ...timeOf(article),
  };
  rarity.observeIds([...tf.keys(), ...names.keys(), ...numbers.keys()]);
  return features;
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
  const d = findDateline(article.text);
  if (d === undefined) return {};
  const t = datelineTime(d);
  return t !== undefined ? { published: t } : { monthDay: { month: d.month, day: d.day } };
}
