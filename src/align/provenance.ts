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
import type { SentenceTerms } from './sentence-terms.js';

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

  // aligned[v][w] = number of v's sentences aligned to some sentence of w.
  const aligned: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let v = 0; v < n; v++) {
    for (const id of graph.versions[v]!) {
      const to = new Set<number>();
      for (const e of graph.adjacency[id]!) to.add(graph.sentences[otherEnd(e, id)]!.version);
      for (const w of to) aligned[v]![w]!++;
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
        if (graph.adjacency[id]!.some((e) => graph.sentences[otherEnd(e, id)]!.version === v)) inV++;
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
      const phrases = sharedPhrases(graph, from, to);
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
    citations: findCitations(articles),
    independentSources,
    articles: n,
  };
}

/**
 * Word sequences of at least PHRASE_TOKENS tokens found in an aligned pair of the two versions and holding a
 * content word, longest first, each once.
 */
function sharedPhrases(graph: SentenceGraph, from: number, to: number): string[] {
  const found = new Map<string, number>();
  for (const id of graph.versions[to]!) {
    for (const e of graph.adjacency[id]!) {
      const o = otherEnd(e, id);
      if (graph.sentences[o]!.version !== from) continue;
      const phrase = longestCommonRun(graph.sentences[id]!.terms, graph.sentences[o]!.terms);
      if (phrase !== undefined) found.set(phrase.text, phrase.length);
    }
  }
  return [...found.entries()].sort((x, y) => y[1] - x[1]).map(([t]) => t);
}

/** Longest run of equal lower-cased tokens in two sentences (dynamic programming; sentences are short). */
export function longestCommonRun(a: SentenceTerms, b: SentenceTerms): { text: string; length: number } | undefined {
  const ta = a.tokens;
  const tb = b.tokens;
  if (ta.length * tb.length > 1_000_000) return undefined;
  let bestLen = 0;
  let bestEnd = 0;
  let prev = new Uint16Array(tb.length + 1);
  let cur = new Uint16Array(tb.length + 1);
  for (let i = 1; i <= ta.length; i++) {
    for (let j = 1; j <= tb.length; j++) {
      cur[j] = ta[i - 1]!.lower === tb[j - 1]!.lower ? prev[j - 1]! + 1 : 0;
      if (cur[j]! > bestLen) {
        bestLen = cur[j]!;
        bestEnd = i;
      }
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  if (bestLen < PHRASE_TOKENS) return undefined;
  const run = ta.slice(bestEnd - bestLen, bestEnd);
  // Names are shared verbatim by independent reports too ("of the Harbour Workers Union"): a copied phrase
  // needs two ordinary words of its own.
  if (run.filter((t) => !t.cap && !t.digit && !STOPWORDS.has(t.lower)).length < PHRASE_CONTENT_WORDS) return undefined;
  return { text: a.text.slice(run[0]!.start, run[run.length - 1]!.end), length: bestLen };
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
  const citations: Citation[] = [];
  for (const article of articles) {
    for (const s of article.sentences) {
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
