/**
 * Scores for a grouping of articles against a gold grouping. Both are maps item → label (story id, copy-group
 * id); the labels of the two maps live in separate namespaces, so the same label string in `predicted` and
 * `gold` means nothing.
 *
 * Every score is computed from contingency counts (how many items share a predicted label *and* a gold label),
 * never from pair loops: the cost is O(n) map operations for n items, so scoring 1M articles takes seconds.
 * The number of item pairs in a set of k items is C(k, 2) = k(k − 1)/2, and the pairs two groupings agree on
 * are Σ C(n_ij, 2) over the cells of the contingency table.
 *
 * Conventions, stated once:
 * - Only items of `gold` are scored. A gold item absent from `predicted` is a predicted singleton; a predicted
 *   item absent from `gold` is ignored (it does not enlarge its predicted group).
 * - A ratio with nothing to count (no predicted pairs, no gold items) is 1 for precision and recall: nothing was
 *   claimed, so nothing was wrong; nothing was to be found, so nothing was missed. F1 is the harmonic mean of
 *   precision and recall, 0 when both are 0.
 */

/** Precision, recall and their harmonic mean, each in [0, 1]. */
export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const pairsIn = (k: number): number => (k * (k - 1)) / 2;

const prf = (precision: number, recall: number): PRF => ({
  precision,
  recall,
  f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
});

/** Assigns dense integers to strings, so that composite keys of several labels are cheap numbers. */
class Interner {
  private readonly ids = new Map<string, number>();
  id(label: string): number {
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(label, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Increments a count in a map. */
const bump = <K>(counts: Map<K, number>, key: K): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

/** Contingency table of a predicted grouping against the gold one, restricted to gold items. */
interface Contingency {
  /** Number of gold items. */
  readonly n: number;
  /** Cell (predicted id, gold id) → items in both; the key is `p * goldCount + g`. */
  readonly cells: ReadonlyMap<number, number>;
  readonly goldCount: number;
  /** Predicted id → gold items carrying it. */
  readonly predictedSizes: ReadonlyMap<number, number>;
  /** Gold id → items carrying it. */
  readonly goldSizes: ReadonlyMap<number, number>;
}

function contingency(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Contingency {
  const goldIds = new Interner();
  const goldOf: number[] = [];
  for (const label of gold.values()) goldOf.push(goldIds.id(label));
  const goldCount = goldIds.size;
  const predictedIds = new Interner();
  const predictedOf: number[] = [];
  for (const item of gold.keys()) {
    const label = predicted.get(item);
    predictedOf.push(label === undefined ? -1 : predictedIds.id(label));
  }
  // Items missing from `predicted` become singletons, numbered after the real labels.
  let nextSingleton = predictedIds.size;
  const cells = new Map<number, number>();
  const predictedSizes = new Map<number, number>();
  const goldSizes = new Map<number, number>();
  for (let i = 0; i < goldOf.length; i++) {
    const g = goldOf[i] as number;
    let p = predictedOf[i] as number;
    if (p < 0) p = nextSingleton++;
    bump(cells, p * goldCount + g);
    bump(predictedSizes, p);
    bump(goldSizes, g);
  }
  return { n: goldOf.length, cells, goldCount, predictedSizes, goldSizes };
}

/**
 * BCubed precision and recall (Bagga & Baldwin 1998; Amigó, Gonzalo, Artiles & Verdejo 2009): for each gold
 * item, precision is the share of its predicted group that shares its gold label, recall the share of its gold
 * group that shares its predicted label; both are averaged over gold items. Amigó et al. show BCubed is the only
 * common measure meeting all four of their constraints (homogeneity, completeness, rag bag, size vs quantity).
 * From contingency counts: P = (1/n) Σ n_ij² / |p_i|, R = (1/n) Σ n_ij² / |g_j|.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PRF {
  const t = contingency(predicted, gold);
  if (t.n === 0) return prf(1, 1);
  let precision = 0;
  let recall = 0;
  for (const [key, count] of t.cells) {
    const p = Math.floor(key / t.goldCount);
    const g = key - p * t.goldCount;
    precision += (count * count) / (t.predictedSizes.get(p) as number);
    recall += (count * count) / (t.goldSizes.get(g) as number);
  }
  return prf(precision / t.n, recall / t.n);
}

function pairScores(t: Contingency): PRF {
  let agreed = 0;
  for (const count of t.cells.values()) agreed += pairsIn(count);
  let predictedPairs = 0;
  for (const size of t.predictedSizes.values()) predictedPairs += pairsIn(size);
  let goldPairs = 0;
  for (const size of t.goldSizes.values()) goldPairs += pairsIn(size);
  return prf(predictedPairs === 0 ? 1 : agreed / predictedPairs, goldPairs === 0 ? 1 : agreed / goldPairs);
}

/**
 * Pair-counting precision and recall: over unordered pairs of gold items, precision is the share of pairs
 * predicted together that are together in gold, recall the share of gold pairs predicted together.
 * Large groups dominate (a group of k items holds C(k, 2) pairs); read it beside {@link bcubed}.
 */
export function pairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PRF {
  return pairScores(contingency(predicted, gold));
}

/**
 * Share of gold groups of two or more items whose items land in more than one predicted group (0 when gold has
 * no such group). A story told by five outlets and found as two stories counts as one split.
 */
export function splitRate(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): number {
  const t = contingency(predicted, gold);
  const partsOfGold = new Map<number, number>();
  for (const key of t.cells.keys()) bump(partsOfGold, key % t.goldCount);
  let eligible = 0;
  let split = 0;
  for (const [g, size] of t.goldSizes) {
    if (size < 2) continue;
    eligible++;
    if ((partsOfGold.get(g) as number) > 1) split++;
  }
  return eligible === 0 ? 0 : split / eligible;
}

/**
 * Among pairs of items on the same topic but in different gold stories (sibling stories: same kind of event,
 * other people and places), the share predicted in one group (0 when there is no such pair). This is the error
 * a grouping makes when it joins stories by shared topic vocabulary instead of shared facts.
 *
 * Items are those in `goldStory` that also have a topic; a missing predicted label is a singleton.
 * Counts: sibling pairs = Σ_t C(n_t, 2) − Σ_(t,s) C(n_ts, 2); merged siblings = Σ_(t,p) C(n_tp, 2) −
 * Σ_(t,p,s) C(n_tps, 2), with t topic, s gold story, p predicted group.
 */
export function siblingMergeRate(
  predicted: ReadonlyMap<string, string>,
  goldStory: ReadonlyMap<string, string>,
  goldTopic: ReadonlyMap<string, string>,
): number {
  const topics = new Interner();
  const stories = new Interner();
  const groups = new Interner();
  const topicOf: number[] = [];
  const storyOf: number[] = [];
  const groupOf: number[] = [];
  for (const [item, story] of goldStory) {
    const topic = goldTopic.get(item);
    if (topic === undefined) continue;
    topicOf.push(topics.id(topic));
    storyOf.push(stories.id(story));
    const label = predicted.get(item);
    groupOf.push(label === undefined ? -1 : groups.id(label));
  }
  // Dense numeric ids make every composite key an exact integer below n², far under 2^53.
  let nextGroup = groups.size;
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i] === -1) groupOf[i] = nextGroup++;
  const storyCount = stories.size;
  const groupCount = nextGroup;
  const byTopic = new Map<number, number>();
  const byTopicStory = new Map<number, number>();
  const topicGroupIds = new Map<number, number>();
  const byTopicGroup = new Map<number, number>();
  const byTopicGroupStory = new Map<number, number>();
  for (let i = 0; i < topicOf.length; i++) {
    const t = topicOf[i] as number;
    const s = storyOf[i] as number;
    const tpKey = t * groupCount + (groupOf[i] as number);
    let tp = topicGroupIds.get(tpKey);
    if (tp === undefined) {
      tp = topicGroupIds.size;
      topicGroupIds.set(tpKey, tp);
    }
    bump(byTopic, t);
    bump(byTopicStory, t * storyCount + s);
    bump(byTopicGroup, tp);
    bump(byTopicGroupStory, tp * storyCount + s);
  }
  const sumPairs = (counts: ReadonlyMap<unknown, number>): number => {
    let total = 0;
    for (const count of counts.values()) total += pairsIn(count);
    return total;
  };
  const siblings = sumPairs(byTopic) - sumPairs(byTopicStory);
  const merged = sumPairs(byTopicGroup) - sumPairs(byTopicGroupStory);
  return siblings === 0 ? 0 : merged / siblings;
}

/**
 * Labels items by group. Overlapping groups are joined (union-find), since "is a copy of" is an equivalence:
 * [a, b] and [b, c] put a, b and c in one group.
 */
function labelGroups(groups: readonly (readonly string[])[], prefix: string): Map<string, string> {
  const parent: number[] = [];
  const index = new Map<string, number>();
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const group of groups) {
    let first = -1;
    for (const item of group) {
      let i = index.get(item);
      if (i === undefined) {
        i = parent.length;
        parent.push(i);
        index.set(item, i);
      }
      if (first < 0) first = i;
      else {
        const a = find(first);
        const b = find(i);
        if (a !== b) parent[b] = a;
      }
    }
  }
  const labels = new Map<string, string>();
  for (const [item, i] of index) labels.set(item, `${prefix}${find(i)}`);
  return labels;
}

/**
 * Pair precision and recall of copy detection: each list of groups implies the pairs of items inside a group
 * (overlapping groups are joined first). Items in no group are singletons on that side, so a predicted copy
 * pair of two articles that gold does not group is a false positive.
 */
export function copyPairScores(
  predictedGroups: readonly (readonly string[])[],
  goldGroups: readonly (readonly string[])[],
): PRF {
  const predicted = labelGroups(predictedGroups, 'g');
  const gold = labelGroups(goldGroups, 'g');
  // Gold must hold every item of either side, so predicted pairs outside gold groups count against precision.
  let singleton = 0;
  for (const item of predicted.keys()) if (!gold.has(item)) gold.set(item, `s${singleton++}`);
  return pairScores(contingency(predicted, gold));
}
