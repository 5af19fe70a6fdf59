import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, copyPairScores, pairwise, siblingMergeRate, splitRate, type PRF } from './metrics.js';
import { uniform } from '../../bench/prng.js';

// ---- slow references: explicit loops over items and pairs, as the definitions read ----

function slowBcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PRF {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const together = (a: string, b: string): boolean =>
    a === b || (predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b));
  let p = 0;
  let r = 0;
  for (const a of items) {
    const sameP = items.filter((b) => together(a, b));
    const sameG = items.filter((b) => gold.get(a) === gold.get(b));
    const both = sameP.filter((b) => gold.get(a) === gold.get(b));
    p += both.length / sameP.length;
    r += both.length / sameG.length;
  }
  p /= items.length;
  r /= items.length;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function slowPairs(
  items: readonly string[],
  samePredicted: (a: string, b: string) => boolean,
  sameGold: (a: string, b: string) => boolean,
): PRF {
  let tp = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as string;
      const b = items[j] as string;
      const sp = samePredicted(a, b);
      const sg = sameGold(a, b);
      if (sp) predictedPairs++;
      if (sg) goldPairs++;
      if (sp && sg) tp++;
    }
  }
  const p = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const r = goldPairs === 0 ? 1 : tp / goldPairs;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function slowPairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PRF {
  return slowPairs(
    [...gold.keys()],
    (a, b) => predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b),
    (a, b) => gold.get(a) === gold.get(b),
  );
}

function slowSplitRate(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): number {
  const members = new Map<string, string[]>();
  for (const [item, g] of gold) members.set(g, [...(members.get(g) ?? []), item]);
  let eligible = 0;
  let split = 0;
  for (const items of members.values()) {
    if (items.length < 2) continue;
    eligible++;
    // Split when some item is not predicted together with the first.
    const first = items[0] as string;
    const p = predicted.get(first);
    if (items.some((i) => p === undefined || predicted.get(i) !== p)) split++;
  }
  return eligible === 0 ? 0 : split / eligible;
}

function slowSiblingMergeRate(
  predicted: ReadonlyMap<string, string>,
  story: ReadonlyMap<string, string>,
  topic: ReadonlyMap<string, string>,
): number {
  const items = [...story.keys()].filter((i) => topic.has(i));
  let siblings = 0;
  let merged = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as string;
      const b = items[j] as string;
      if (topic.get(a) !== topic.get(b) || story.get(a) === story.get(b)) continue;
      siblings++;
      if (predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b)) merged++;
    }
  }
  return siblings === 0 ? 0 : merged / siblings;
}

function slowCopyPairs(predicted: readonly (readonly string[])[], gold: readonly (readonly string[])[]): PRF {
  // Transitive closure by repeated joining, then explicit pairs.
  const closure = (groups: readonly (readonly string[])[]): Map<string, Set<string>> => {
    const setOf = new Map<string, Set<string>>();
    for (const group of groups) {
      let merged = new Set<string>(group);
      for (const item of group) {
        const existing = setOf.get(item);
        if (existing) merged = new Set([...merged, ...existing]);
      }
      for (const item of merged) setOf.set(item, merged);
    }
    return setOf;
  };
  const p = closure(predicted);
  const g = closure(gold);
  const items = [...new Set([...p.keys(), ...g.keys()])];
  return slowPairs(
    items,
    (a, b) => p.get(a)?.has(b) === true,
    (a, b) => g.get(a)?.has(b) === true,
  );
}

// ---- seeded random labelings ----

interface Labeling {
  readonly predicted: Map<string, string>;
  readonly story: Map<string, string>;
  readonly topic: Map<string, string>;
}

function randomLabeling(seed: number): Labeling {
  const rnd = uniform(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const n = 1 + int(60);
  const stories = 1 + int(n);
  const groups = 1 + int(n);
  const topics = 1 + int(6);
  const story = new Map<string, string>();
  const topic = new Map<string, string>();
  const predicted = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const s = int(stories);
    story.set(`i${i}`, `s${s}`);
    // Topic depends on the story, except now and then, and some items have none.
    if (rnd() < 0.9) topic.set(`i${i}`, rnd() < 0.9 ? `t${s % topics}` : `t${int(topics)}`);
    // Predicted: missing sometimes; a label string that also appears in gold must not matter.
    if (rnd() < 0.85) predicted.set(`i${i}`, rnd() < 0.5 ? `s${s}` : `s${int(groups)}`);
  }
  // Predicted items outside gold must be ignored.
  for (let i = 0; i < int(4); i++) predicted.set(`x${i}`, `s${int(groups)}`);
  return { predicted, story, topic };
}

const close = (actual: number, expected: number, what: string): void => {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
};
const closePRF = (actual: PRF, expected: PRF, what: string): void => {
  close(actual.precision, expected.precision, `${what} precision`);
  close(actual.recall, expected.recall, `${what} recall`);
  close(actual.f1, expected.f1, `${what} f1`);
};

test('property: contingency-count metrics equal explicit pair loops on 500 random labelings', () => {
  for (let seed = 1; seed <= 500; seed++) {
    const { predicted, story, topic } = randomLabeling(seed);
    closePRF(bcubed(predicted, story), slowBcubed(predicted, story), `bcubed seed ${seed}`);
    closePRF(pairwise(predicted, story), slowPairwise(predicted, story), `pairwise seed ${seed}`);
    close(splitRate(predicted, story), slowSplitRate(predicted, story), `splitRate seed ${seed}`);
    close(
      siblingMergeRate(predicted, story, topic),
      slowSiblingMergeRate(predicted, story, topic),
      `siblingMergeRate seed ${seed}`,
    );
  }
});

test('property: copyPairScores equals pairs of the transitive closure on random groups', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const rnd = uniform(seed * 7919);
    const int = (n: number): number => Math.floor(rnd() * n);
    const randomGroups = (): string[][] =>
      Array.from({ length: int(8) }, () => Array.from({ length: 1 + int(4) }, () => `a${int(25)}`));
    const predicted = randomGroups();
    const gold = randomGroups();
    closePRF(copyPairScores(predicted, gold), slowCopyPairs(predicted, gold), `copy pairs seed ${seed}`);
  }
});

// ---- hand-computed cases ----

const labels = (groups: readonly string[]): Map<string, string> => {
  const m = new Map<string, string>();
  groups.forEach((group, i) => {
    for (const item of group) m.set(item, `c${i}`);
  });
  return m;
};

test('hand-computed: gold {abc}{de}, predicted {ab}{cde}', () => {
  const gold = labels(['abc', 'de']);
  const predicted = labels(['ab', 'cde']);
  // BCubed precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
  closePRF(bcubed(predicted, gold), { precision: 11 / 15, recall: 11 / 15, f1: 11 / 15 }, 'bcubed');
  // Pairs: gold ab ac bc de; predicted ab cd ce de; both ab de.
  closePRF(pairwise(predicted, gold), { precision: 0.5, recall: 0.5, f1: 0.5 }, 'pairwise');
  // abc is split, de is not.
  assert.equal(splitRate(predicted, gold), 0.5);
});

test('hand-computed: perfect, all-in-one and all-singletons groupings of gold {abcd}{e}{fg}', () => {
  const gold = labels(['abcd', 'e', 'fg']);
  closePRF(bcubed(gold, gold), { precision: 1, recall: 1, f1: 1 }, 'perfect');
  // All in one group: each item's precision is |its gold group| / 7, so P = (16 + 1 + 4) / 49 = 3/7.
  const one = new Map([...gold.keys()].map((k) => [k, 'x']));
  closePRF(bcubed(one, gold), { precision: 3 / 7, recall: 1, f1: 0.6 }, 'all in one');
  closePRF(pairwise(one, gold), { precision: 7 / 21, recall: 1, f1: 0.5 }, 'pairwise all in one');
  // Nothing predicted: every item a singleton, R = (4·1/4 + 1 + 2·1/2) / 7 = 3/7.
  const none = new Map<string, string>();
  closePRF(bcubed(none, gold), { precision: 1, recall: 3 / 7, f1: 0.6 }, 'none');
  closePRF(pairwise(none, gold), { precision: 1, recall: 0, f1: 0 }, 'pairwise none');
  assert.equal(splitRate(none, gold), 1);
  assert.equal(splitRate(one, gold), 0);
  assert.equal(splitRate(gold, gold), 0);
});

test('labels are namespaces: equal strings in predicted and gold mean nothing', () => {
  const gold = new Map([
    ['a', 'x'],
    ['b', 'y'],
  ]);
  const predicted = new Map([
    ['a', 'y'],
    ['b', 'x'],
  ]);
  closePRF(bcubed(predicted, gold), { precision: 1, recall: 1, f1: 1 }, 'renamed labels');
});

test('empty gold scores 1 (nothing to get wrong)', () => {
  closePRF(bcubed(new Map(), new Map()), { precision: 1, recall: 1, f1: 1 }, 'bcubed');
  closePRF(pairwise(new Map(), new Map()), { precision: 1, recall: 1, f1: 1 }, 'pairwise');
  assert.equal(splitRate(new Map(), new Map()), 0);
  assert.equal(siblingMergeRate(new Map(), new Map(), new Map()), 0);
});

// Amigó, Gonzalo, Artiles & Verdejo (2009), "A comparison of extrinsic clustering evaluation metrics based on
// formal constraints": BCubed satisfies all four; pair counting fails rag bag. Each case below compares a worse
// grouping with a better one of the same gold, in the spirit of the paper's figures.
const quality = (predicted: Map<string, string>, gold: Map<string, string>): PRF => bcubed(predicted, gold);

test('Amigó constraint 1, homogeneity: splitting a mixed group into pure parts raises precision', () => {
  const gold = labels(['abcd', 'efgh']);
  const worse = labels(['abcdef', 'gh']);
  const better = labels(['abcd', 'ef', 'gh']);
  assert.ok(quality(better, gold).precision > quality(worse, gold).precision);
  assert.ok(quality(better, gold).f1 > quality(worse, gold).f1);
});

test('Amigó constraint 2, completeness: joining two parts of one gold group raises recall', () => {
  const gold = labels(['abcdef', 'gh']);
  const worse = labels(['abc', 'def', 'gh']);
  const better = labels(['abcdef', 'gh']);
  assert.ok(quality(better, gold).recall > quality(worse, gold).recall);
  assert.ok(quality(better, gold).f1 > quality(worse, gold).f1);
});

test('Amigó constraint 3, rag bag: noise in a clean group hurts more than noise in a rag bag', () => {
  // Gold: one group abcd and miscellaneous singletons e f g h i.
  const gold = labels(['abcd', 'e', 'f', 'g', 'h', 'i']);
  // The noise item i joins the clean group (worse) or the rag bag efgh (better).
  const worse = labels(['abcdi', 'efgh']);
  const better = labels(['abcd', 'efghi']);
  assert.ok(quality(better, gold).precision > quality(worse, gold).precision);
  // Pair counting cannot tell these apart on precision loss per added wrong pair; BCubed can.
  const pw = pairwise(worse, gold).precision;
  const pb = pairwise(better, gold).precision;
  assert.ok(pb <= pw, 'pair counting does not prefer the rag bag');
});

test('Amigó constraint 4, size vs quantity: one error in a big group beats many errors in small groups', () => {
  // Gold: a big group of 10 and four groups of two.
  const gold = labels(['abcdefghij', 'kl', 'mn', 'op', 'qr']);
  // Worse: the four pairs all split into singletons. Better: one item split off the big group.
  const worse = labels(['abcdefghij', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r']);
  const better = labels(['abcdefghi', 'j', 'kl', 'mn', 'op', 'qr']);
  assert.ok(quality(better, gold).recall > quality(worse, gold).recall);
  assert.ok(quality(better, gold).f1 > quality(worse, gold).f1);
});

test('siblingMergeRate: merging two stories of one topic counts all their cross pairs', () => {
  // Topic T: stories s1 {a,b}, s2 {c}; topic U: story s3 {d}.
  const story = new Map([
    ['a', 's1'],
    ['b', 's1'],
    ['c', 's2'],
    ['d', 's3'],
  ]);
  const topic = new Map([
    ['a', 'T'],
    ['b', 'T'],
    ['c', 'T'],
    ['d', 'U'],
  ]);
  // Sibling pairs: ac, bc. Predicted {a,c,d}{b}: ac merged (ad is across topics, not counted).
  const predicted = new Map([
    ['a', 'p'],
    ['c', 'p'],
    ['d', 'p'],
    ['b', 'q'],
  ]);
  assert.equal(siblingMergeRate(predicted, story, topic), 0.5);
  assert.equal(siblingMergeRate(story, story, topic), 0);
});

test('copyPairScores: a predicted pair outside every gold group is a false positive', () => {
  const gold = [['a', 'b', 'c']];
  const predicted = [
    ['a', 'b'],
    ['x', 'y'],
  ];
  // Predicted pairs ab, xy; gold pairs ab ac bc; agreed ab.
  closePRF(copyPairScores(predicted, gold), { precision: 0.5, recall: 1 / 3, f1: 0.4 }, 'copy pairs');
  // Overlapping groups are joined: [a,b] + [b,c] implies ac too.
  closePRF(copyPairScores([['a', 'b'], ['b', 'c']], gold), { precision: 1, recall: 1, f1: 1 }, 'joined');
});

