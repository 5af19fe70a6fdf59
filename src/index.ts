/**
 * Retold's library API: a deliberate export list. Everything else under src/ is internal and may change.
 */
export { analyze, Analysis, summarise, type AnalyzeOptions, type AnalyzeResult, type AnalyzeProgress, type AnalyzeStats } from './pipeline/analyze.js';
export { buildReport, REPORT_SCHEMA, type Report, type ReportStory, type ReportArticle, type ReportPlacement, type ReportRejection } from './present/report.js';
export { renderTerminal, type TerminalOptions } from './present/terminal.js';
export { renderHtmlReport } from './present/html-report.js';
export { ingestPaths, ingestBuffer, planInputs, type IngestItem, type IngestOptions } from './ingest/index.js';
export { normaliseArticle, splitSentences, type NormaliseResult } from './normalise/index.js';
export { FeatureExtractor, Rarity, BackgroundRarity } from './features/index.js';
export { extractQuotes, sourceStatus } from './features/quotes/index.js';
export { Grouper, groupOptions, DEFAULT_GROUP_OPTIONS, type GroupOptions } from './group/index.js';
export { evaluateStories, labelsFromGold, labelsFromJsonl, type StoryScores, type StoryEvaluation } from './eval/stories.js';
export { bcubed, pairwise, splitRate, siblingMergeRate, copyPairScores, parseGold, readGoldFile, type Gold, type PRF } from './eval/index.js';
export * from './model/index.js';
