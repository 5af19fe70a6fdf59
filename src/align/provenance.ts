/**
 * Provenance within one story: which version is closest to the origin, which versions derive from which, and
 * which sources the versions cite.
 *
 * Direction comes from time when every version has a publication time; otherwise from containment: the origin
 * is the version in which the others' shared content is most contained (a retelling keeps part of its source
 * and adds its own, so the source holds what the retellings share; Jaccard is symmetric and cannot tell).
 * Sharing facts is not derivation: two reporters covering one event state the same facts. A link needs
 * textual evidence too — long word sequences found verbatim in both.
 */
import type { Article } from '../model/article.js';
import type { Citation, DerivationLink, Provenance } from '../model/alignment.js';
import { STOPWORDS, TITLES } from './lexicon.js';
import { otherEnd, type SentenceGraph } from './sentence-graph.js';
import { T_CAP, T_DIGIT, type SentenceFacts } from './sentence-terms.js';
import { W_STOP } from './vocabulary.js';

/** Shortest shared word sequence that counts as a copied phrase (stop words included). */
const PHRASE_TOKENS = 5;
/** Lower-case content words a copied phrase must hold. */
const PHRASE_CONTENT_WORDS = 2;
/** Phrases shown as evidence per link. */
const PHRASES_SHOWN = 3;
/** A link needs this many copied phrases, or one and this share of the later version aligned to the earlier. */
const LINK_PHRASES = 2;
const LINK_SHARE_WITH_ONE_PHRASE = 0.4;
/** Below this aligned share no link, whatever the phrases (a shared stock phrase is not derivation). */
const MIN_LINK_SHARE = 0.15;

interface ProvenanceInput {
  readonly graph: SentenceGraph;
  readonly articles: readonly Article[];
  /** Per version, the id of its copy group. */
  readonly groups: readonly string[];
  /** Per version, the id of the version it copies, when that version is in the story. */
  readonly copyOf: readonly (number | undefined)[];
  readonly supported: readonly boolean[];
}

/** Work out the provenance of a story. */
export function findProvenance(input: ProvenanceInput): Provenance {
  const { graph, articles, groups, copyOf, supported } = input;
  const n = articles.length;
  const ids = articles.map((a) => a.id);

  // aligned[v][w] = number of v's sentences aligned to some sentence of w; alignedTo[id * n + w] = 1 when
  // sentence id is aligned to some sentence of w.
  const aligned: number[][] = [];
  for (let v = 0; v < n; v++) aligned.push(new Array<number>(n).fill(0));
  const alignedTo = new Uint8Array(graph.sentences.length * n);
  for (let v = 0; v < n; v++) {
    for (const id of graph.versions[v]!) {
      for (const e of graph.adjacency[id]!) {
        const w = graph.sentences[otherEnd(e, id)]!.version;
        if (alignedTo[id * n + w] === 0) {
          alignedTo[id * n + w] = 1;
          aligned[v]![w]!++;
        }
      }
    }
  }

  // Containment score: share of the other groups' supported sentences that align to v.
  const containment = articles.map((_, v) => {
    let inV = 0;
    let total = 0;
    for (let w = 0; w < n; w++) {
      if (groups[w] === groups[v]) continue;
      for (const id of graph.versions[w]!) {
        if (!supported[id]) continue;
        total++;
        if (alignedTo[id * n + v] === 1) inV++;
      }
    }
    return total === 0 ? 0 : inV / total;
  });

  const times = articles.map((a) => (a.published === undefined ? Number.NaN : Date.parse(a.published)));
  const dated = times.every((t) => !Number.isNaN(t));
  const rank = articles
    .map((_, v) => v)
    .sort((x, y) => (dated ? times[x]! - times[y]! : 0) || containment[y]! - containment[x]! || x - y);
  const origin = rank[0] ?? 0;
  const position = new Array<number>(n);
  rank.forEach((v, i) => (position[v] = i));

  const links: DerivationLink[] = [];
  const scratch = new RunScratch();
  for (const to of rank) {
    const source = copyOf[to];
    if (source !== undefined && source !== to) {
      links.push({ from: ids[source]!, to: ids[to]!, score: 1, evidence: [`copy of ${ids[source]!}`] });
      continue;
    }
    const total = graph.versions[to]!.length;
    if (total === 0) continue;
    // Candidates by aligned share; phrases (the costly part) only until one qualifies.
    const candidates = rank
      .filter((from) => position[from]! < position[to]! && groups[from] !== groups[to] && aligned[to]![from]! / total >= MIN_LINK_SHARE)
      .sort((x, y) => aligned[to]![y]! - aligned[to]![x]! || position[x]! - position[y]!);
    let best: DerivationLink | undefined;
    for (const from of candidates) {
      const share = aligned[to]![from]! / total;
      const phrases = sharedPhrases(graph, from, to, scratch);
      if (phrases.length < LINK_PHRASES && !(phrases.length >= 1 && share >= LINK_SHARE_WITH_ONE_PHRASE)) continue;
      best = {
        from: ids[from]!,
        to: ids[to]!,
        score: Math.round(share * 1000) / 1000,
        evidence: [
          `${aligned[to]![from]!} of ${total} sentences aligned to ${ids[from]!}`,
          `${phrases.length} shared phrase${phrases.length === 1 ? '' : 's'} of ${PHRASE_TOKENS}+ words`,
          ...phrases.slice(0, PHRASES_SHOWN).map((p) => `“${p}”`),
        ],
      };
      break;
    }
    if (best !== undefined) links.push(best);
  }

  const derivedGroups = new Set<string>();
  const groupOf = new Map(ids.map((id, v) => [id as string, groups[v]!]));
  for (const l of links) if (groupOf.get(l.from) !== groupOf.get(l.to)) derivedGroups.add(groupOf.get(l.to)!);
  const independentSources = new Set(groups).size - derivedGroups.size;

  return {
    origin: ids[origin]!,
    reason: dated && n > 0 ? 'earliest-published' : 'containment',
    links,
    citations: citationsOf(articles, graph),
    independentSources,
    articles: n,
  };
}

/**
 * Word sequences of at least PHRASE_TOKENS tokens found in an aligned pair of the two versions and holding a
 * content word, longest first, each once.
 */
function sharedPhrases(graph: SentenceGraph, from: number, to: number, scratch: RunScratch): string[] {
  const found = new Map<string, number>();
  for (const id of graph.versions[to]!) {
    for (const e of graph.adjacency[id]!) {
      const o = otherEnd(e, id);
      if (graph.sentences[o]!.version !== from) continue;
      const phrase = longestRun(graph.sentences[id]!.terms, graph.sentences[o]!.terms, scratch);
      if (phrase !== undefined) found.set(phrase.text, phrase.length);
    }
  }
  return [...found.entries()].sort((x, y) => y[1] - x[1]).map(([t]) => t);
}

/** Longest run of equal lower-cased tokens in two sentences (dynamic programming; sentences are short). */
export function longestCommonRun(a: SentenceFacts, b: SentenceFacts): { text: string; length: number } | undefined {
  return longestRun(a, b, new RunScratch());
}

/** Scratch space for `longestRun`, reused across the pairs of a story. */
class RunScratch {
  /** Per token of b, the next token of b with the same word, or -1. */
  next = new Int32Array(64);
  /** Run lengths ending at (i, j), for even and odd rows i; valid where the stamp is the row's. */
  stamp0 = new Int32Array(64);
  stamp1 = new Int32Array(64);
  run0 = new Int32Array(64);
  run1 = new Int32Array(64);
  private counter = 0;

  /** Room for a sentence of `n` tokens; a stamp base with `rows` + 1 fresh stamps after it. */
  fit(n: number, rows: number): number {
    if (n > this.next.length) {
      const size = Math.max(n, this.next.length * 2);
      this.next = new Int32Array(size);
      this.stamp0 = new Int32Array(size);
      this.stamp1 = new Int32Array(size);
      this.run0 = new Int32Array(size);
      this.run1 = new Int32Array(size);
      this.counter = 0;
    }
    if (this.counter > 0x3fffffff - rows) {
      this.stamp0.fill(0);
      this.stamp1.fill(0);
      this.counter = 0;
    }
    const base = this.counter + 1;
    this.counter += rows + 2;
    return base;
  }
}

/**
 * The longest common run, by dynamic programming over matching tokens only: run(i, j) = run(i-1, j-1) + 1
 * where the i-th token of a and the j-th of b are the same word. Matches are visited in the order of the
 * full table (rows, then columns), so ties go the same way.
 */
function longestRun(a: SentenceFacts, b: SentenceFacts, scratch: RunScratch): { text: string; length: number } | undefined {
  // Equal lower-cased forms are equal word ids of the story's word table.
  const wa = a.tokenBuffer.words;
  const wb = b.tokenBuffer.words;
  const fromA = a.tokenFrom;
  const fromB = b.tokenFrom;
  const na = a.tokenTo - fromA;
  const nb = b.tokenTo - fromB;
  if (na * nb > 1_000_000) return undefined;
  const vocab = a.vocab;
  const base = scratch.fit(nb, na);
  const { next } = scratch;
  // Chains of b's positions per word, ascending: the word table's marks hold each word's first position.
  const chain = vocab.nextStamp();
  const mark = vocab.wordMark;
  const head = vocab.wordSlot;
  for (let j = nb - 1; j >= 0; j--) {
    const w = wb[fromB + j]!;
    next[j] = mark[w] === chain ? head[w]! : -1;
    mark[w] = chain;
    head[w] = j;
  }
  let bestLen = 0;
  let bestEnd = 0;
  for (let i = 1; i <= na; i++) {
    const x = wa[fromA + i - 1]!;
    if (mark[x] !== chain) continue;
    const odd = (i & 1) === 1;
    const curStamp = odd ? scratch.stamp1 : scratch.stamp0;
    const curRun = odd ? scratch.run1 : scratch.run0;
    const prevStamp = odd ? scratch.stamp0 : scratch.stamp1;
    const prevRun = odd ? scratch.run0 : scratch.run1;
    const row = base + i;
    for (let j = head[x]!; j >= 0; j = next[j]!) {
      // Column j + 1 of the table; its diagonal predecessor is column j of the previous row.
      const v = j > 0 && prevStamp[j - 1] === row - 1 ? prevRun[j - 1]! + 1 : 1;
      curStamp[j] = row;
      curRun[j] = v;
      if (v > bestLen) {
        bestLen = v;
        bestEnd = i;
      }
    }
  }
  if (bestLen < PHRASE_TOKENS) return undefined;
  // Names are shared verbatim by independent reports too ("of the Harbour Workers Union"): a copied phrase
  // needs two ordinary words of its own.
  const first = fromA + bestEnd - bestLen;
  const last = fromA + bestEnd - 1;
  let content = 0;
  for (let t = first; t <= last; t++) {
    if ((a.tokenBuffer.flags[t]! & (T_CAP | T_DIGIT)) === 0 && (a.vocab.flags[wa[t]!]! & W_STOP) === 0) content++;
  }
  if (content < PHRASE_CONTENT_WORDS) return undefined;
  return { text: a.text.slice(a.tokenBuffer.starts[first], a.tokenBuffer.ends[last]), length: bestLen };
}

// --- citations --------------------------------------------------------------------------------------------

/** A capitalised source name: up to seven words, with "of", "for", "and", "the" allowed inside. */
const SOURCE = String.raw`((?:\p{Lu}[\p{L}\p{N}&.’'-]*)(?:\s+(?:(?:of|for|and|the|de|on)\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*){0,6})`;
const CITATION_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b[Aa]ccording to (?:the |a |an )?${SOURCE}`, 'gu'),
  new RegExp(String.raw`\b[Tt]old (?:the )?${SOURCE}`, 'gu'),
  new RegExp(String.raw`\b(?:[Rr]eported|[Cc]ited|[Qq]uoted) by (?:the )?${SOURCE}`, 'gu'),
  new RegExp(String.raw`\b[Ii]n an interview with (?:the )?${SOURCE}`, 'gu'),
  new RegExp(String.raw`${SOURCE} (?:reported|reports|has reported|had reported|cited|quoted)\b`, 'gu'),
];

const CUE = /ccording to|[Tt]old |eported|[Cc]ited|[Qq]uoted|nterview with/;

/** "according to X", "told X", "X reported", "reported by X", "in an interview with X" with X capitalised. */
export function findCitations(articles: readonly Article[]): Citation[] {
  return citationsOf(articles, undefined);
}

/** `findCitations`, skipping the sentences of the graph whose words hold no cue (see SentenceFacts.cue). */
function citationsOf(articles: readonly Article[], graph: SentenceGraph | undefined): Citation[] {
  const citations: Citation[] = [];
  for (let v = 0; v < articles.length; v++) {
    const article = articles[v]!;
    const ids = graph?.versions[v];
    for (let k = 0; k < article.sentences.length; k++) {
      const s = article.sentences[k]!;
      if (ids !== undefined && graph!.sentences[ids[k]!]?.terms.cue === false) continue;
      // The patterns are costly on long text; most sentences have none of their cue words.
      if (!CUE.test(s.text)) continue;
      const sources = new Set<string>();
      for (const re of CITATION_PATTERNS) {
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re)) {
          const source = cleanSource(m[1] ?? '');
          if (source !== undefined) sources.add(source);
        }
      }
      for (const source of sources) citations.push({ article: article.id, index: s.index, source, text: s.text });
    }
  }
  return citations;
}

function cleanSource(raw: string): string | undefined {
  let s = raw.replace(/[’']s$/u, '').replace(/[.,;:]+$/u, '').trim();
  if (s.startsWith('The ')) s = s.slice(4);
  const first = s.split(/\s+/u)[0]?.toLowerCase() ?? '';
  // A title names a person ("told President Okoro"), a pronoun or function word no source at all.
  if (s === '' || TITLES.has(first) || STOPWORDS.has(first)) return undefined;
  return s;
}
