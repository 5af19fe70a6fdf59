/**
 * What each version adds: its sentences that no other independent version supports, with the quotes, numbers
 * and dates in them that no other independent version has (the things a reader would want to check).
 */
import type { ArticleId } from '../model/ids.js';
import type { Addition, AdditionHold, VersionShare } from '../model/alignment.js';
import { otherEnd, type SentenceGraph } from './sentence-graph.js';
import type { NumberFact, QuoteBag, SentenceFacts } from './sentence-terms.js';
import type { Vocabulary } from './vocabulary.js';

/** Whether each sentence is supported by a version of another copy group. */
export function supportedSentences(graph: SentenceGraph, groups: readonly string[]): boolean[] {
  return graph.sentences.map((s) =>
    graph.adjacency[s.id]!.some((e) => groups[graph.sentences[otherEnd(e, s.id)]!.version] !== groups[s.version]),
  );
}

/** Per version: shared and added sentence counts (added = its additions). */
export function versionShares(graph: SentenceGraph, additions: readonly Addition[], articles: readonly ArticleId[]): VersionShare[] {
  return graph.versions.map((ids, v) => {
    const added = additions.filter((a) => a.article === articles[v]).length;
    return { article: articles[v]!, shared: ids.length - added, added, total: ids.length };
  });
}

/** What the other independent versions of a version hold, for "found in no other version". */
interface Elsewhere {
  readonly numbers: NumberFact[];
  readonly dates: Set<string>;
  readonly quoteBags: { readonly bag: QuoteBag; readonly mass: number }[];
}

/** The additions of every version, in version then sentence order. */
export function findAdditions(
  graph: SentenceGraph,
  supported: readonly boolean[],
  groups: readonly string[],
  articles: readonly ArticleId[],
): Addition[] {
  // Facts of each copy group, so "elsewhere" for a version = every other group's facts.
  const groupIds = [...new Set(groups)];
  const facts = new Map<string, Elsewhere>(groupIds.map((g) => [g, { numbers: [], dates: new Set(), quoteBags: [] }]));
  for (const s of graph.sentences) {
    const f = facts.get(groups[s.version]!)!;
    f.numbers.push(...s.terms.numbers);
    for (const d of s.terms.dates) f.dates.add(dateKey(d.kind, d.value));
    for (const n of s.terms.numbers) if (n.kind === 'year') f.dates.add(`year:${n.value}`);
    for (const bag of s.terms.quoteKeyBags) f.quoteBags.push({ bag, mass: massOf(bag) });
  }
  const othersOf = new Map(groupIds.map((g) => [g, groupIds.filter((h) => h !== g).map((h) => facts.get(h)!)]));

  const additions: Addition[] = [];
  for (const s of graph.sentences) {
    const isSupported = supported[s.id] === true;
    if (isSupported && s.terms.quotes.length === 0) continue;
    const items = uniqueItems(s.terms, othersOf.get(groups[s.version]!)!);
    // A supported sentence is an addition only for a quote nobody else has ("…," said X, emphasising the
    // shared vision — the paraphrase is shared, the quote is new).
    if (isSupported && !items.some((i) => i.kind === 'quote')) continue;
    const holds = (['quote', 'number', 'date'] as const).filter((k) => items.some((i) => i.kind === k));
    additions.push({ article: articles[s.version]!, index: s.index, text: s.terms.text, supported: isSupported, holds, items });
  }
  return additions;
}

function dateKey(kind: string, value: string): string {
  return `${kind}:${value}`;
}

function uniqueItems(t: SentenceFacts, others: readonly Elsewhere[]): { kind: AdditionHold; text: string }[] {
  const items: { kind: AdditionHold; text: string }[] = [];
  t.quotes.forEach((q, i) => {
    const bag = t.quoteKeyBags[i]!;
    const found = others.some((o) => o.quoteBags.some((b) => quoteFoundIn(bag, b.bag, b.mass, t.vocab)));
    if (!found) items.push({ kind: 'quote', text: q });
  });
  for (const n of t.numbers) {
    if (n.kind === 'year') {
      if (!others.some((o) => o.dates.has(`year:${n.value}`))) items.push({ kind: 'date', text: n.text });
      continue;
    }
    // Small spelled-out counts ("the two nations") are not facts worth flagging.
    if (!n.specific && !/\d/.test(n.text)) continue;
    if (!others.some((o) => o.numbers.some((m) => m.kind !== 'year' && m.value === n.value))) items.push({ kind: 'number', text: n.text });
  }
  for (const d of t.dates) {
    if (!others.some((o) => o.dates.has(dateKey(d.kind, d.value)))) items.push({ kind: 'date', text: d.text });
  }
  return items;
}

/** Total weight of a quote bag, summed in its order. */
function massOf(bag: QuoteBag): number {
  let mass = 0;
  for (const w of bag.weights) mass += w;
  return mass;
}

/**
 * Whether a quote appears in another: most of its word weight is there, or the other is a substantial
 * excerpt of it (a version quoting part of the same statement). Shorter scare quotes ("privileged
 * strategic partnership") only match themselves.
 */
function quoteFoundIn(q: QuoteBag, other: QuoteBag, otherMass: number, vocab: Vocabulary): boolean {
  const stamp = vocab.nextStamp();
  const mark = vocab.keyMarks;
  for (const k of other.keys) mark[2 * k] = stamp;
  let shared = 0;
  let mass = 0;
  for (let i = 0; i < q.keys.length; i++) {
    const w = q.weights[i]!;
    mass += w;
    if (mark[2 * q.keys[i]!] === stamp) shared += w;
  }
  if (mass === 0) return false;
  return shared / mass >= 0.5 || (otherMass >= QUOTE_EXCERPT_MASS && shared / otherMass >= 0.8);
}

/** Word weight of a quoted excerpt long enough to identify the statement it comes from (≈ 3 rare-ish words). */
const QUOTE_EXCERPT_MASS = 15;
