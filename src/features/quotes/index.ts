/**
 * Direct quotes with speaker and source status, and scare quotes, from a normalised article.
 *
 * Goals: quotes in “…” ‘…’ "…" '…' (and the '' of some wire copy), attributed through a lexicon of cue
 * verbs on either side of the quote, with the speaker's description and whether the source is named,
 * unnamed or anonymous; fast enough to run on every article (one scan for quotation marks, patterns only
 * near them). Non-goals: indirect speech ('X said that …'), quotes without quotation marks, coreference
 * beyond 'he/she said' → the nearest preceding named person.
 */
export { extractQuotes } from './extract.js';
export { sourceStatus } from './source-status.js';
export type { Quote, QuotesResult, ScareQuote, SourceStatus, TextSpan } from '../../model/quote.js';
