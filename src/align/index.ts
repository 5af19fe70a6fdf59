/**
 * Sentence alignment across the versions of one story → what they agree on (claims), what each adds,
 * provenance; and the sentence-by-sentence comparison of two articles.
 *
 * Always within one story: the cost is that of the story's versions (candidates through an inverted index of
 * rare words), never pairwise over a corpus.
 */
import type { Article } from '../model/article.js';
import { RetoldError } from '../model/errors.js';
import type { Comparison, SentenceAlignment, SentencePair, StoryAlignment } from '../model/alignment.js';
import type { Rarity } from '../features/rarity.js';
import { findAdditions, supportedSentences, versionShares } from './additions.js';
import { buildClaims } from './claims.js';
import { diffWords } from './diff.js';
import { findProvenance } from './provenance.js';
import { buildSentenceGraph, type SentenceGraph } from './sentence-graph.js';
import { sentenceTerms, storyNames } from './sentence-terms.js';
import { ALIGN_THRESHOLD, StoryContext, sentenceSimilarity, type PreparedSentence, type SimilarityDetail } from './similarity.js';

export type {
  Addition,
  AdditionHold,
  Citation,
  Claim,
  ClaimSentence,
  Comparison,
  DerivationLink,
  DiffRun,
  Provenance,
  SentenceAlignment,
  SentenceKey,
  SentencePair,
  SentenceRef,
  StoryAlignment,
  VersionShare,
} from '../model/alignment.js';
export { diffWords } from './diff.js';
export { ALIGN_THRESHOLD, DEFAULT_WEIGHTS, type Clash, type ClashKind, type SimilarityDetail, type SimilarityWeights } from './similarity.js';

/** One version of a story. */
export interface AlignVersion {
  readonly article: Article;
  /** Id of the representative of its copy group, when it is a copy: copies count once as support. */
  readonly copyOf?: string;
}

/** Options shared by the alignment functions. */
export interface AlignOptions {
  /** Word rarity (background + corpus); the same object the rest of the pipeline uses. */
  readonly rarity: Rarity;
}

function checkDistinct(articles: readonly Article[], what: string): void {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new RetoldError('usage', `${what}: article ${a.id} is given twice; pass each version once`);
    seen.add(a.id);
  }
}

function graphOf(articles: readonly Article[], rarity: Rarity): SentenceGraph {
  return buildSentenceGraph(
    articles.map((a) => a.sentences.map((s) => s.text)),
    { rarity },
  );
}

function alignmentsOf(graph: SentenceGraph, articles: readonly Article[]): SentenceAlignment[] {
  return graph.edges.map((e) => {
    const a = graph.sentences[e.a]!;
    const b = graph.sentences[e.b]!;
    return {
      a: { article: articles[a.version]!.id, index: a.index },
      b: { article: articles[b.version]!.id, index: b.index },
      score: Math.round(e.score * 1000) / 1000,
    };
  });
}

/**
 * Align the versions of one story: claims ranked by independent support, each version's additions and
 * shares, and provenance. Throws RetoldError('usage') when no version is given or an article is given twice.
 */
export function alignStory(versions: readonly AlignVersion[], options: AlignOptions): StoryAlignment {
  if (versions.length === 0) throw new RetoldError('usage', 'alignStory: a story needs at least one version');
  const articles = versions.map((v) => v.article);
  checkDistinct(articles, 'alignStory');
  const index = new Map<string, number>(articles.map((a, i) => [a.id, i]));
  const groups = versions.map((v) => v.copyOf ?? v.article.id);
  // A copy of a copy belongs to the first one's group.
  for (let i = 0; i < groups.length; i++) {
    let g = groups[i]!;
    for (let hops = 0; hops < versions.length; hops++) {
      const j = index.get(g);
      const next = j === undefined ? undefined : versions[j]!.copyOf;
      if (next === undefined || next === g) break;
      g = next;
    }
    groups[i] = g;
  }
  const copyOf = versions.map((v) => (v.copyOf === undefined ? undefined : index.get(v.copyOf)));

  const graph = graphOf(articles, options.rarity);
  const ids = articles.map((a) => a.id);
  const supported = supportedSentences(graph, groups);
  const additions = findAdditions(graph, supported, groups, ids);
  return {
    claims: buildClaims(graph, groups, ids),
    additions,
    shares: versionShares(graph, additions, ids),
    provenance: findProvenance({ graph, articles, groups, copyOf, supported }),
    alignments: alignmentsOf(graph, articles),
  };
}

/** Every aligned sentence pair across the given articles (the lower level of `alignStory`). */
export function alignSentences(articles: readonly Article[], options: AlignOptions): SentenceAlignment[] {
  checkDistinct(articles, 'alignSentences');
  return alignmentsOf(graphOf(articles, options.rarity), articles);
}

/**
 * Compare two articles sentence by sentence: aligned pairs with their similarity and word diff, and the
 * sentences of each side that have no counterpart.
 */
export function compareArticles(a: Article, b: Article, options: AlignOptions): Comparison {
  const graph = graphOf([a, b], options.rarity);
  const pairs: SentencePair[] = graph.edges
    .map((e) => {
      const [x, y] = graph.sentences[e.a]!.version === 0 ? [e.a, e.b] : [e.b, e.a];
      const sa = graph.sentences[x]!;
      const sb = graph.sentences[y]!;
      return { a: sa.index, b: sb.index, score: Math.round(e.score * 1000) / 1000, diff: diffWords(sa.terms.text, sb.terms.text) };
    })
    .sort((p, q) => p.a - q.a || p.b - q.b);
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  return {
    a: a.id,
    b: b.id,
    pairs,
    onlyA: a.sentences.map((s) => s.index).filter((i) => !pairedA.has(i)),
    onlyB: b.sentences.map((s) => s.index).filter((i) => !pairedB.has(i)),
  };
}

/**
 * Scores sentence pairs the way `alignStory` does, with a given set of sentences standing for the story
 * (they set how common each word is in it). For evaluation and for explaining a decision.
 */
export class SentenceScorer {
  private readonly prepared = new Map<string, PreparedSentence>();
  private readonly context: StoryContext;
  private readonly known: ReadonlySet<string>;

  /**
   * @param story sentences standing for the story (every sentence of its versions)
   * @param versions how many versions they come from
   */
  constructor(
    story: readonly string[],
    versions: number,
    private readonly options: AlignOptions,
  ) {
    this.known = storyNames(story);
    this.context = new StoryContext(
      story.map((s) => sentenceTerms(s, options.rarity, this.known)),
      versions,
    );
  }

  private prepare(text: string): PreparedSentence {
    let p = this.prepared.get(text);
    if (p === undefined) {
      p = this.context.prepare(sentenceTerms(text, this.options.rarity, this.known));
      this.prepared.set(text, p);
    }
    return p;
  }

  /** Similarity with its evidence, and whether it reaches the alignment threshold. */
  score(a: string, b: string): SimilarityDetail & { readonly aligned: boolean } {
    const detail = sentenceSimilarity(this.prepare(a), this.prepare(b));
    return { ...detail, aligned: detail.score >= ALIGN_THRESHOLD };
  }
}
