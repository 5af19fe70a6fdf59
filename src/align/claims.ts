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
import type { GraphEdge, SentenceGraph } from './sentence-graph.js';

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
  const n = graph.sentences.length;
  const version = new Int32Array(n);
  for (let i = 0; i < n; i++) version[i] = graph.sentences[i]!.version;
  const versionOf = (id: number): number => version[id]!;
  const groupIndex = new Map<string, number>();
  const groupOf = groups.map((g) => {
    let i = groupIndex.get(g);
    if (i === undefined) {
      i = groupIndex.size;
      groupIndex.set(g, i);
    }
    return i;
  });
  const groupMark = new Int32Array(groupIndex.size);
  let groupStamp = 0;
  const supportOf = (members: readonly number[]): number => {
    groupStamp++;
    let support = 0;
    for (const id of members) {
      const g = groupOf[versionOf(id)]!;
      if (groupMark[g] !== groupStamp) {
        groupMark[g] = groupStamp;
        support++;
      }
    }
    return support;
  };

  const grown: { members: number[]; scores: Float64Array; cohesion: number; support: number }[] = [];
  // The claims (indices into grown) each sentence belongs to.
  const memberOf: number[][] = [];
  const claimsOf = (id: number): readonly number[] => memberOf[id] ?? NONE;
  const overlap = new Int32Array(graph.edges.length + 1);
  const scratch = new GrowScratch(graph, graph.versions.length);
  const edges = graph.edges;
  const order = strongestFirst(edges);
  for (let k = 0; k < order.length; k++) {
    const seed = edges[order[k]!]!;
    if (shareClaim(claimsOf(seed.a), claimsOf(seed.b))) continue;
    const members = grow(seed, version, scratch);
    const support = supportOf(members);
    if (support < 2) continue;
    // A duplicate shares DUPLICATE_OVERLAP of its members with an earlier claim.
    let duplicate = false;
    for (const id of members) {
      const cs = memberOf[id];
      if (cs !== undefined) for (const c of cs) overlap[c]!++;
    }
    for (const id of members) {
      const cs = memberOf[id];
      if (cs === undefined) continue;
      for (const c of cs) {
        if (overlap[c]! >= DUPLICATE_OVERLAP * members.length) duplicate = true;
        overlap[c] = 0;
      }
    }
    if (duplicate) continue;
    const m = members.length;
    const scores = pairScores(members, scratch);
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        sum += scores[i * m + j]!;
        pairs++;
      }
    }
    const index = grown.length;
    grown.push({ members, scores, cohesion: pairs > 0 ? sum / pairs : 0, support });
    for (const id of members) (memberOf[id] ??= []).push(index);
  }

  // Strongest claims first; each takes as representative its most central member (the one most similar to
  // all the others) not already representing another claim, so two claims that share a merged sentence read
  // differently.
  grown.sort((x, y) => y.support - x.support || y.members.length - x.members.length || y.cohesion - x.cohesion);
  const representatives = new Set<number>();
  return grown.map(({ members, scores, support }) => {
    const m = members.length;
    const central = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let sum = 0;
      for (let j = 0; j < m; j++) if (j !== i) sum += scores[i * m + j]!;
      central[i] = sum;
    }
    const ranked = members.map((_, i) => i).sort((x, y) => central[y]! - central[x]! || versionOf(members[x]!) - versionOf(members[y]!));
    const coreAt = ranked.find((i) => !representatives.has(members[i]!)) ?? ranked[0]!;
    const core = members[coreAt]!;
    representatives.add(core);
    const sentences: ClaimSentence[] = members
      .map((_, i) => i)
      .sort((x, y) => versionOf(members[x]!) - versionOf(members[y]!))
      .map((i) => {
        const s = graph.sentences[members[i]!]!;
        let sum = 0;
        let linked = 0;
        for (let j = 0; j < m; j++) {
          const x = j === i ? 0 : scores[i * m + j]!;
          if (x > 0) {
            sum += x;
            linked++;
          }
        }
        return { article: articles[s.version]!, index: s.index, text: s.terms.text, score: linked > 0 ? round(sum / linked) : 0 };
      });
    const c = graph.sentences[core]!;
    return { claim: c.terms.text, core: { article: articles[c.version]!, index: c.index }, support, sentences };
  });
}

const NONE: readonly number[] = [];

function shareClaim(x: readonly number[], y: readonly number[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  for (const c of x) if (y.includes(c)) return true;
  return false;
}

/**
 * Edge indices by score, highest first, then by their ends (a merge sort on typed arrays: the seeds of a
 * large story number in the thousands, and a comparator call per comparison dominated the claim builder).
 */
function strongestFirst(edges: readonly GraphEdge[]): Int32Array {
  const n = edges.length;
  const score = new Float64Array(n);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = edges[i]!;
    score[i] = e.score;
    a[i] = e.a;
    b[i] = e.b;
  }
  // Whether edge i goes before edge j: y.score - x.score || x.a - y.a || x.b - y.b, as a sort comparator.
  const before = (i: number, j: number): boolean => {
    const d = score[j]! - score[i]!;
    if (d !== 0) return d < 0;
    if (a[i] !== a[j]) return a[i]! < a[j]!;
    return b[i]! < b[j]!;
  };
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  // Runs of 16 by insertion sort, then bottom-up merges (stable; the order is total anyway).
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const x = from[i]!;
      let j = i - 1;
      while (j >= lo && before(x, from[j]!)) {
        from[j + 1] = from[j]!;
        j--;
      }
      from[j + 1] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = before(from[j]!, from[i]!) ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Scores between the members of a claim, as an m × m matrix (0 where two members are not aligned): each
 * member's edges are read once (a later edge between the same two sentences overrides an earlier one).
 */
function pairScores(members: readonly number[], scratch: GrowScratch): Float64Array {
  const m = members.length;
  const scores = new Float64Array(m * m);
  const { position, edgeStart, edgeOther, edgeScore } = scratch;
  for (let i = 0; i < m; i++) position[members[i]!] = i + 1;
  for (let i = 0; i < m; i++) {
    const id = members[i]!;
    for (let k = edgeStart[id]!; k < edgeStart[id + 1]!; k++) {
      const j = position[edgeOther[k]!]! - 1;
      if (j >= 0 && j !== i) scores[i * m + j] = edgeScore[k]!;
    }
  }
  for (let i = 0; i < m; i++) position[members[i]!] = 0;
  return scores;
}

/** The graph's edges per sentence as arrays (same order), and per-sentence scratch for `grow`, for one story. */
class GrowScratch {
  /** Sentence id's edges are [edgeStart[id], edgeStart[id + 1]): the other end and the score of each. */
  readonly edgeStart: Int32Array;
  readonly edgeOther: Int32Array;
  readonly edgeScore: Float64Array;
  readonly count: Int32Array;
  readonly sum: Float64Array;
  readonly touched: Int32Array;
  /** Whether a candidate is aligned to one of the seed's two sentences. */
  readonly seedLinked: Uint8Array;
  readonly inClaim: Uint8Array;
  /** 1 + a sentence's position among a claim's members, else 0. */
  readonly position: Int32Array;

  constructor(graph: SentenceGraph, versions: number) {
    const n = graph.sentences.length;
    this.edgeStart = new Int32Array(n + 1);
    let total = 0;
    for (let id = 0; id < n; id++) total += graph.adjacency[id]!.length;
    this.edgeOther = new Int32Array(total);
    this.edgeScore = new Float64Array(total);
    let k = 0;
    for (let id = 0; id < n; id++) {
      this.edgeStart[id] = k;
      for (const e of graph.adjacency[id]!) {
        this.edgeOther[k] = e.a === id ? e.b : e.a;
        this.edgeScore[k++] = e.score;
      }
    }
    this.edgeStart[n] = k;
    this.count = new Int32Array(n);
    this.sum = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.seedLinked = new Uint8Array(n);
    this.inClaim = new Uint8Array(versions);
    this.position = new Int32Array(n);
  }
}

/**
 * Grow a claim from a seed pair: add the best-linked sentence of a new version until none qualifies.
 * Links are counted incrementally — each member's edges once, in the order members joined — which sums them
 * in the same order as counting afresh at every step.
 */
function grow(seed: GraphEdge, version: Int32Array, scratch: GrowScratch): number[] {
  const members = [seed.a, seed.b];
  const { count, sum, touched, seedLinked, inClaim, edgeStart, edgeOther, edgeScore } = scratch;
  inClaim.fill(0);
  inClaim[version[seed.a]!] = 1;
  inClaim[version[seed.b]!] = 1;
  // Candidates in order of first link (the order ties are met in); pruned of claimed versions as they go.
  let links = 0;
  let added = 0;
  for (;;) {
    for (; added < members.length; added++) {
      const m = members[added]!;
      for (let k = edgeStart[m]!; k < edgeStart[m + 1]!; k++) {
        const o = edgeOther[k]!;
        if (inClaim[version[o]!] === 1) continue;
        const score = edgeScore[k]!;
        if (count[o] === 0) touched[links++] = o;
        count[o]!++;
        sum[o]! += score;
        if (added < 2 && score !== 0) seedLinked[o] = 1;
      }
    }
    let pick = -1;
    let pickCount = 0;
    let pickMean = 0;
    const needed = Math.max(1, Math.ceil(MIN_LINKED * members.length - 1e-9));
    for (let k = 0; k < links; k++) {
      const o = touched[k]!;
      const c = count[o]!;
      if (c < needed) continue;
      if (seedLinked[o] === 0) continue;
      const mean = sum[o]! / c;
      if (c > pickCount || (c === pickCount && (mean > pickMean + 1e-12 || (Math.abs(mean - pickMean) <= 1e-12 && o < pick)))) {
        pick = o;
        pickCount = c;
        pickMean = mean;
      }
    }
    if (pick < 0) break;
    members.push(pick);
    const v = version[pick]!;
    inClaim[v] = 1;
    // The picked version's candidates leave (their counts are reset for the next seed).
    let kept = 0;
    for (let k = 0; k < links; k++) {
      const o = touched[k]!;
      if (version[o] === v) {
        count[o] = 0;
        sum[o] = 0;
        seedLinked[o] = 0;
      } else touched[kept++] = o;
    }
    links = kept;
  }
  for (let k = 0; k < links; k++) {
    const o = touched[k]!;
    count[o] = 0;
    sum[o] = 0;
    seedLinked[o] = 0;
  }
  return members;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
