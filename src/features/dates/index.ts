/** Dates and date ranges in articles, resolved against the publication date. */
export { extractDates, extractDatesFromText } from './extract-dates.js';
export type { DateMention } from '../../model/entity.js';
