/** Evaluation against gold: the gold file format and grouping metrics. */
export { bcubed, copyPairScores, pairwise, siblingMergeRate, splitRate, type PRF } from './metrics.js';
export { GOLD_VERSION, mergeGold, parseGold, readGoldFile, type Gold, type GoldStory } from './gold.js';
