import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { asArticleId } from '../model/ids.js';
import { buildClaims } from './claims.js';
import type { GraphEdge, SentenceGraph } from './sentence-graph.js';
import { sentenceTerms } from './sentence-terms.js';
import { StoryContext } from './similarity.js';

const rarity = new Rarity();

/**
 * A sentence graph with chosen edges: `versions[v]` lists sentence labels; `edges` joins labels with scores.
 * Lets the claim builder be tested apart from similarity.
 */
function graph(versions: readonly (readonly string[])[], edges: readonly (readonly [string, string, number])[]): SentenceGraph {
  const terms = versions.flat().map((label) => sentenceTerms(label, rarity));
  const context = new StoryContext(terms, versions.length);
  const sentences = versions.flatMap((labels, v) =>
    labels.map((label, index) => ({ version: v, index, label })),
  ).map((s, id) => ({ id, version: s.version, index: s.index, terms: terms[id]!, prepared: context.prepare(terms[id]!) }));
  const idOf = (label: string): number => versions.flat().indexOf(label);
  const detail = { cosine: 0, containment: 0, smallerMass: 0, smallerWords: 0, sharedWords: 0, sharedMass: 0, names: Number.NaN, sharedNames: 0, sharedActors: 0, specificFacts: [], weakFacts: [], clashes: [] };
  const list: GraphEdge[] = edges.map(([x, y, score]) => {
    const [a, b] = [idOf(x), idOf(y)].sort((p, q) => p - q) as [number, number];
    return { a, b, score, detail: { ...detail, score } };
  });
  const adjacency: GraphEdge[][] = sentences.map(() => []);
  for (const e of list) {
    adjacency[e.a]!.push(e);
    adjacency[e.b]!.push(e);
  }
  let next = 0;
  const byVersion = versions.map((labels) => labels.map(() => next++));
  return { sentences, versions: byVersion, edges: list, adjacency, context, scored: list.length };
}

const ids = ['v0', 'v1', 'v2', 'v3'].map(asArticleId);
const labelsOf = (c: { sentences: readonly { text: string }[] }): string[] => c.sentences.map((s) => s.text).sort();

test('no chaining drift: A ~ B and B ~ C without A ~ C give two claims, never A, B, C together', () => {
  const g = graph([['A'], ['B'], ['C']], [
    ['A', 'B', 0.9],
    ['B', 'C', 0.8],
  ]);
  const claims = buildClaims(g, ['v0', 'v1', 'v2'], ids);
  assert.deepEqual(claims.map(labelsOf), [
    ['A', 'B'],
    ['B', 'C'],
  ]);
});

test('a merged sentence supports two claims that stay apart', () => {
  // v0 merges facts x and y in one sentence M; v1 and v2 state them separately.
  const g = graph([['M'], ['X1', 'Y1'], ['X2', 'Y2']], [
    ['M', 'X1', 0.6],
    ['M', 'Y1', 0.55],
    ['M', 'X2', 0.58],
    ['M', 'Y2', 0.5],
    ['X1', 'X2', 0.9],
    ['Y1', 'Y2', 0.85],
  ]);
  const claims = buildClaims(g, ['v0', 'v1', 'v2'], ids);
  assert.deepEqual(claims.map(labelsOf), [
    ['M', 'X1', 'X2'],
    ['M', 'Y1', 'Y2'],
  ]);
  assert.deepEqual(
    claims.map((c) => c.support),
    [3, 3],
  );
  assert.notEqual(claims[0]!.claim, claims[1]!.claim, 'two claims do not share a representative');
});

test('copies count once as support, and a claim made only of copies is none', () => {
  const g = graph([['A'], ['A2'], ['B'], ['S'], ['S2']], []);
  const withEdges = graph(
    [['A'], ['A2'], ['B'], ['S']],
    [
      ['A', 'A2', 1],
      ['A', 'B', 0.7],
      ['A2', 'B', 0.7],
    ],
  );
  const groups = ['v0', 'v0', 'v2', 'v3'];
  const claims = buildClaims(withEdges, groups, ids);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.support, 2);
  assert.equal(claims[0]!.sentences.length, 3);
  assert.equal(buildClaims(graph([['S'], ['S2']], [['S', 'S2', 1]]), ['v0', 'v0'], ids).length, 0);
  assert.equal(buildClaims(g, ['v0', 'v1', 'v2', 'v3', 'v4'], ids).length, 0);
});

test('a newcomer must be aligned to most members: 2 of 3 joins, 1 of 3 does not', () => {
  const g = graph([['A'], ['B'], ['C'], ['D'], ['E']], [
    ['A', 'B', 0.9],
    ['A', 'C', 0.85],
    ['B', 'C', 0.8],
    ['D', 'A', 0.7],
    ['D', 'B', 0.7],
    ['E', 'C', 0.95],
  ]);
  const claims = buildClaims(g, ['a', 'b', 'c', 'd', 'e'], [...ids, asArticleId('v4')]);
  assert.deepEqual(labelsOf(claims[0]!), ['A', 'B', 'C', 'D']);
  assert.equal(claims[0]!.support, 4);
  assert.ok(claims.every((c) => !(labelsOf(c).includes('E') && labelsOf(c).includes('A'))));
});
