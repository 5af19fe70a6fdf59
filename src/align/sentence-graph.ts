/**
 * Sentence alignment across the versions of one story: which sentences of different versions state the same
 * thing. Candidates come from an inverted index of each sentence's rarest keys (and its specific numbers and
 * days), so a sentence is scored only against sentences sharing something rare with it, never against all.
 *
 * Cost: each distinct sentence is analysed, prepared and indexed once — a sentence repeated word for word (a
 * copy, an unchanged sentence of a retelling) shares all of that, and the scores of its pairs are remembered;
 * the index is a pair of integer arrays; a candidate pair is scored without allocating (`similarityScore`).
 */
import { IntMap } from '../features/int-map.js';
import type { Rarity } from '../features/rarity.js';
import { storyTerms, type SentenceFacts } from './sentence-terms.js';
import { ALIGN_THRESHOLD, Evidence, PreparedBuffer, StoryContext, similarityScore, type PreparedSentence, type SimilarityDetail } from './similarity.js';

/** One sentence of the story, numbered across versions. */
export interface GraphSentence {
  /** Position in `SentenceGraph.sentences`. */
  readonly id: number;
  /** Index of its version in the input. */
  readonly version: number;
  /** Index within its version. */
  readonly index: number;
  readonly terms: SentenceFacts;
  readonly prepared: PreparedSentence;
}

/** An aligned pair; `a < b`. */
export interface GraphEdge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  /** The evidence, when the maker of the edge kept it (buildSentenceGraph does not: see sentenceSimilarity). */
  readonly detail?: SimilarityDetail;
}

/** Aligned sentences of one story. */
export interface SentenceGraph {
  readonly sentences: readonly GraphSentence[];
  /** Per version, the ids of its sentences. */
  readonly versions: readonly (readonly number[])[];
  readonly edges: readonly GraphEdge[];
  /** Per sentence, its edges. */
  readonly adjacency: readonly (readonly GraphEdge[])[];
  readonly context: StoryContext;
  /** Candidate pairs scored (for benchmarks: compare with all cross-version pairs). */
  readonly scored: number;
}

/** Options of `buildSentenceGraph`. */
export interface SentenceGraphOptions {
  readonly rarity: Rarity;
  /** Defaults to ALIGN_THRESHOLD. */
  readonly threshold?: number;
  /**
   * `index` (default): score only pairs sharing a rare key. `all`: score every cross-version pair — the slow
   * reference the index is tested against.
   */
  readonly candidates?: 'index' | 'all';
}

/** Keys per sentence that go into the inverted index: its rarest (after story weighting). */
const INDEX_KEYS = 8;
/**
 * An edge survives only if its score is at least this share of the best score of each end in the other's
 * version. Keeps one-to-many (a merged sentence matches its two halves at similar scores) but drops a weak
 * second match when a much better one exists.
 */
const BEST_MATCH_RATIO = 0.6;

/** Align the sentences of the versions of one story; `versions[v]` lists version v's sentence texts. */
export function buildSentenceGraph(versions: readonly (readonly string[])[], options: SentenceGraphOptions): SentenceGraph {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const analysed = storyTerms(versions, options.rarity);
  const context = new StoryContext(analysed.flat(), versions.length);
  let entries = 0;
  for (const terms of analysed) for (const t of terms) entries += t.bagTo - t.bagFrom;
  const buffer = new PreparedBuffer(entries);
  const sentences: GraphSentence[] = [];
  const byVersion: number[][] = [];
  // A sentence repeated word for word is one SentenceFacts (see storyTerms): it is prepared and indexed once,
  // and its scores are remembered. unique[id] numbers the distinct sentences; firstOf gives each one's first id.
  const uniqueOf = new Map<SentenceFacts, number>();
  const preparedOf: PreparedSentence[] = [];
  const firstOf: number[] = [];
  const copies: number[] = [];
  const unique: number[] = [];
  analysed.forEach((terms, v) => {
    const ids: number[] = [];
    terms.forEach((t, index) => {
      const id = sentences.length;
      let u = uniqueOf.get(t);
      if (u === undefined) {
        u = preparedOf.length;
        uniqueOf.set(t, u);
        preparedOf.push(context.prepareInto(t, buffer));
        firstOf.push(id);
        copies.push(0);
      }
      copies[u]!++;
      unique.push(u);
      ids.push(id);
      sentences.push({ id, version: v, index, terms: t, prepared: preparedOf[u]! });
    });
    byVersion.push(ids);
  });
  const n = sentences.length;

  // Inverted index: key → sentences holding it among their rarest keys. A key in more than a few sentences per
  // version is a topic word; it finds nothing specific and would make candidates quadratic, so it is skipped.
  // Postings are numbered: a word key by its story-local id, a number or date key after them.
  const wordPostings = context.size;
  const factPostings = new Map<string, number>();
  const keys = new KeyList(n);
  // The INDEX_KEYS heaviest keys (weight × story factor), ties in bag order, as a stable sort would give.
  const topIds = new Int32Array(INDEX_KEYS);
  const topValues = new Float64Array(INDEX_KEYS);
  for (const s of sentences) {
    keys.start(s.id);
    const first = firstOf[unique[s.id]!]!;
    if (first < s.id) {
      keys.copy(first);
      continue;
    }
    const t = s.terms;
    const bag = t.bagBuffer;
    let top = 0;
    for (let e = t.bagFrom; e < t.bagTo; e++) {
      const id = context.localId(bag.keys[e]!);
      const value = bag.weights[e]! * context.factorOfLocal(id);
      if (top === INDEX_KEYS && !(value > topValues[top - 1]!)) continue;
      let p = top < INDEX_KEYS ? top++ : top - 1;
      while (p > 0 && topValues[p - 1]! < value) {
        topValues[p] = topValues[p - 1]!;
        topIds[p] = topIds[p - 1]!;
        p--;
      }
      topValues[p] = value;
      topIds[p] = id;
    }
    for (let k = 0; k < top; k++) keys.add(topIds[k]!);
    // Numbers and dates that can make a match on their own: specific or rare in the story (see
    // compareNumbers), with a key per unit for the approximate matches (rounded counts, sums of money).
    for (let i = 0; i < t.numbers.length; i++) {
      const x = t.numbers[i]!;
      if (!x.specific && s.prepared.rareNumbers[i] !== true) continue;
      keys.add(postingOf(factPostings, wordPostings, t.numberKeys[i]!));
      if (x.kind === 'count' && x.value >= 100) keys.add(postingOf(factPostings, wordPostings, `#≈count:${x.unit}`));
      if (x.kind === 'money') keys.add(postingOf(factPostings, wordPostings, '#≈money'));
    }
    for (let i = 0; i < t.dates.length; i++) {
      if (t.dates[i]!.kind === 'day' || s.prepared.rareDates[i] === true) keys.add(postingOf(factPostings, wordPostings, t.dateKeys[i]!));
    }
  }
  keys.start(n);
  const keyStart = keys.starts;
  const keyList = keys.list;
  const keyCount = keys.length;
  // Postings as one array (counting sort): each list holds its sentences in id order.
  const postings = wordPostings + factPostings.size;
  const listStart = new Int32Array(postings + 1);
  for (let k = 0; k < keyCount; k++) listStart[keyList[k]! + 1]!++;
  for (let p = 0; p < postings; p++) listStart[p + 1]! += listStart[p]!;
  const fill = listStart.slice(0, postings);
  const lists = new Int32Array(keyCount);
  for (let id = 0; id < n; id++) for (let k = keyStart[id]!; k < keyStart[id + 1]!; k++) lists[fill[keyList[k]!]!++] = id;
  const maxPosting = Math.max(8, 3 * versions.length);

  const raw: GraphEdge[] = [];
  // seen[o] === s.id + 1: o is already a candidate of s (cheaper than a Set per sentence).
  const seen = new Int32Array(n);
  const evidence = new Evidence(false);
  const distinct = preparedOf.length;
  // Pair of distinct sentences → index in rememberedScores (keys fit 32 bits up to 46,340 distinct sentences).
  const remember = distinct <= 46_340;
  const remembered = new IntMap(256);
  const rememberedScores: number[] = [];
  let scored = 0;
  const score = (s: GraphSentence, t: GraphSentence): void => {
    scored++;
    const us = unique[s.id]!;
    const ut = unique[t.id]!;
    let value: number;
    // A pair of sentences of which one is repeated may come up again.
    if (remember && (copies[us]! > 1 || copies[ut]! > 1)) {
      const key = us * distinct + ut;
      const at = remembered.get(key);
      if (at >= 0) value = rememberedScores[at]!;
      else {
        value = similarityScore(s.prepared, t.prepared, evidence);
        remembered.set(key, rememberedScores.length);
        rememberedScores.push(value);
      }
    } else value = similarityScore(s.prepared, t.prepared, evidence);
    if (value >= threshold) raw.push({ a: s.id, b: t.id, score: value });
  };
  if (options.candidates === 'all') {
    for (const s of sentences) {
      for (let o = s.id + 1; o < n; o++) if (sentences[o]!.version !== s.version) score(s, sentences[o]!);
    }
  } else {
    for (const s of sentences) {
      const mark = s.id + 1;
      for (let k = keyStart[s.id]!; k < keyStart[s.id + 1]!; k++) {
        const p = keyList[k]!;
        const from = listStart[p]!;
        const to = listStart[p + 1]!;
        if (to - from > maxPosting) continue;
        for (let q = from; q < to; q++) {
          const o = lists[q]!;
          if (o <= s.id || seen[o] === mark) continue;
          seen[o] = mark;
          const t = sentences[o]!;
          if (t.version !== s.version) score(s, t);
        }
      }
    }
  }

  // Best-match constraint: best[id * versions + v] is the best score of sentence id with version v.
  const nv = versions.length;
  const best = new Float64Array(n * nv);
  for (const e of raw) {
    const va = sentences[e.a]!.version;
    const vb = sentences[e.b]!.version;
    if (e.score > best[e.a * nv + vb]!) best[e.a * nv + vb] = e.score;
    if (e.score > best[e.b * nv + va]!) best[e.b * nv + va] = e.score;
  }
  const edges = raw.filter((e) => {
    const va = sentences[e.a]!.version;
    const vb = sentences[e.b]!.version;
    return e.score >= BEST_MATCH_RATIO * best[e.a * nv + vb]! && e.score >= BEST_MATCH_RATIO * best[e.b * nv + va]!;
  });
  const adjacency: GraphEdge[][] = [];
  for (let id = 0; id < n; id++) adjacency.push([]);
  for (const e of edges) {
    adjacency[e.a]!.push(e);
    adjacency[e.b]!.push(e);
  }
  return { sentences, versions: byVersion, edges, adjacency, context, scored };
}

/** The number of a fact key's posting list (after the word keys' lists), numbering new keys. */
function postingOf(postings: Map<string, number>, after: number, key: string): number {
  let p = postings.get(key);
  if (p === undefined) {
    p = after + postings.size;
    postings.set(key, p);
  }
  return p;
}

/** Per sentence, the posting lists it goes into: one growing array, with where each sentence's start. */
class KeyList {
  readonly starts: Int32Array;
  list: Int32Array;
  length = 0;

  constructor(sentences: number) {
    this.starts = new Int32Array(sentences + 1);
    this.list = new Int32Array(Math.max(16, sentences * (INDEX_KEYS + 2)));
  }

  start(id: number): void {
    this.starts[id] = this.length;
  }

  /** Give the sentence being started the same postings as an earlier one. */
  copy(earlier: number): void {
    for (let k = this.starts[earlier]!; k < this.starts[earlier + 1]!; k++) this.add(this.list[k]!);
  }

  add(posting: number): void {
    if (this.length === this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.length++] = posting;
  }
}

/** The other end of an edge. */
export const otherEnd = (e: GraphEdge, id: number): number => (e.a === id ? e.b : e.a);
