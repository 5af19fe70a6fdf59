/**
 * Claims: what the versions of a story agree on.
 *
 * A claim grows from its strongest pair of aligned sentences (its core) by adding, one version at a time, the
 * sentence aligned to the most members. A newcomer must be aligned to at least one core sentence and to most
 * members (MIN_LINKED), so a claim cannot drift along a chain A ~ B ~ C where A and C say different things.
 * Each version gives a claim at most one sentence. A sentence that merges two facts ("Putin will meet Modi,
 * with agreements expected") is aligned to the sentences of both facts and so may belong to two claims,
 * while the two facts stay two claims because their own sentences are not aligned to each other.
 */
import type { ArticleId } from '../model/ids.js';
import type { Claim, ClaimSentence } from '../model/alignment.js';
import { otherEnd, type GraphEdge, type SentenceGraph } from './sentence-graph.js';

/** Share of a claim's members a newcomer must be aligned to. */
const MIN_LINKED = 0.6;
/** A grown claim sharing at least this share of its members with an earlier claim repeats it and is dropped. */
const DUPLICATE_OVERLAP = 0.75;

/**
 * Build the claims of a story (support ≥ 2), strongest support first.
 * @param groups per version, the id of its copy group (copies share one)
 * @param articles per version, its article id
 */
export function buildClaims(graph: SentenceGraph, groups: readonly string[], articles: readonly ArticleId[]): Claim[] {
  const scoreOf = new Map<number, number>();
  const pairKey = (x: number, y: number): number => (x < y ? x * graph.sentences.length + y : y * graph.sentences.length + x);
  for (const e of graph.edges) scoreOf.set(pairKey(e.a, e.b), e.score);
  const score = (x: number, y: number): number => scoreOf.get(pairKey(x, y)) ?? 0;
  const versionOf = (id: number): number => graph.sentences[id]!.version;

  const grown: { members: number[]; cohesion: number }[] = [];
  const memberOf: Set<number>[] = graph.sentences.map(() => new Set<number>());
  const seeds = [...graph.edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const seed of seeds) {
    if ([...memberOf[seed.a]!].some((c) => memberOf[seed.b]!.has(c))) continue;
    const members = grow(seed, graph, score, versionOf);
    if (supportOf(members) < 2) continue;
    const set = new Set(members);
    const duplicate = grown.some((c) => c.members.filter((id) => set.has(id)).length >= DUPLICATE_OVERLAP * members.length);
    if (duplicate) continue;
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        sum += score(members[i]!, members[j]!);
        pairs++;
      }
    }
    const index = grown.length;
    grown.push({ members, cohesion: pairs > 0 ? sum / pairs : 0 });
    for (const id of members) memberOf[id]!.add(index);
  }

  // Strongest claims first; each takes as representative its most central member (the one most similar to
  // all the others) not already representing another claim, so two claims that share a merged sentence read
  // differently.
  grown.sort((x, y) => supportOf(y.members) - supportOf(x.members) || y.members.length - x.members.length || y.cohesion - x.cohesion);
  const representatives = new Set<number>();
  return grown.map(({ members }) => {
    const centrality = (m: number): number => members.reduce((sum, o) => (o === m ? sum : sum + score(m, o)), 0);
    const ranked = [...members].sort((x, y) => centrality(y) - centrality(x) || versionOf(x) - versionOf(y));
    const core = ranked.find((m) => !representatives.has(m)) ?? ranked[0]!;
    representatives.add(core);
    const sentences: ClaimSentence[] = [...members]
      .sort((x, y) => versionOf(x) - versionOf(y))
      .map((id) => {
        const s = graph.sentences[id]!;
        let sum = 0;
        let linked = 0;
        for (const o of members) {
          const x = o === id ? 0 : score(id, o);
          if (x > 0) {
            sum += x;
            linked++;
          }
        }
        return { article: articles[s.version]!, index: s.index, text: s.terms.text, score: linked > 0 ? round(sum / linked) : 0 };
      });
    const c = graph.sentences[core]!;
    return { claim: c.terms.text, core: { article: articles[c.version]!, index: c.index }, support: supportOf(members), sentences };
  });

  function supportOf(members: readonly number[]): number {
    return new Set(members.map((id) => groups[versionOf(id)]!)).size;
  }
}

/** Grow a claim from a seed pair: add the best-linked sentence of a new version until none qualifies. */
function grow(
  seed: GraphEdge,
  graph: SentenceGraph,
  score: (x: number, y: number) => number,
  versionOf: (id: number) => number,
): number[] {
  const members = [seed.a, seed.b];
  const versions = new Set([versionOf(seed.a), versionOf(seed.b)]);
  for (;;) {
    const links = new Map<number, { count: number; sum: number }>();
    for (const m of members) {
      for (const e of graph.adjacency[m]!) {
        const o = otherEnd(e, m);
        if (versions.has(versionOf(o))) continue;
        const l = links.get(o) ?? { count: 0, sum: 0 };
        l.count++;
        l.sum += e.score;
        links.set(o, l);
      }
    }
    let pick = -1;
    let pickCount = 0;
    let pickMean = 0;
    const needed = Math.max(1, Math.ceil(MIN_LINKED * members.length - 1e-9));
    for (const [o, l] of links) {
      if (l.count < needed) continue;
      if (score(o, seed.a) === 0 && score(o, seed.b) === 0) continue;
      const mean = l.sum / l.count;
      if (l.count > pickCount || (l.count === pickCount && (mean > pickMean + 1e-12 || (Math.abs(mean - pickMean) <= 1e-12 && o < pick)))) {
        pick = o;
        pickCount = l.count;
        pickMean = mean;
      }
    }
    if (pick < 0) return members;
    members.push(pick);
    versions.add(versionOf(pick));
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
