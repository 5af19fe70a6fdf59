import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesFromText } from './index.js';
import { sharedTokens } from '../entities/tokenize.js';

/**
 * Triggers are found either in the entity extractor's tokens of the same text or by a pattern scan of the
 * text; both must read the same dates.
 */
const pieces = [
  'on', 'in', 'the', 'of', 'to', 'until', 'since', 'early', ',', '.', '-', '–', '—', '(', ')', '"', '“', '_', '\n',
  'January', 'Jan.', 'JAN', 'Sept.', 'Sept', 'May', 'MAY', 'March', 'Marco', 'Mayor', 'Decided', 'Junior', 'Mayof',
  'Monday', 'MONDAY', 'Thursday,', 'Sunday', 'Today', 'today', 'TODAY', 'Tonight', 'tomorrow', 'yesterday', 'those',
  'years', 'mid-May', 'Mid-December', 'x_May', 'Nov.5', 'Dec4', 'αMay', 'O’Brien', 'U.S.', 'A380', '4', '4th', '12',
  '31', '2024', '2025,', '1996-08-22', '1996-13-40', '12/3/96', '01/02/2024', '4-5', '0000', '2024-02-29',
];

function texts(): string[] {
  let seed = 17;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < 1500; i++) {
    let s = '';
    for (let k = 1 + rand(14); k > 0; k--) s += pieces[rand(pieces.length)] + (rand(4) === 0 ? '' : ' ');
    out.push(s);
  }
  return out;
}

test('property: dates read from shared tokens are the dates read from the text', () => {
  let dates = 0;
  for (const text of texts()) {
    for (const published of [undefined, '2025-11-13']) {
      sharedTokens('-', []); // nothing shared for this text: the pattern scan
      const byPattern = extractDatesFromText(text, published);
      sharedTokens(text, []);
      const byTokens = extractDatesFromText(text, published);
      assert.deepEqual(byTokens, byPattern, JSON.stringify(text));
      dates += byTokens.length;
    }
  }
  assert.ok(dates > 300, `${dates} dates read`);
});

test('words that only begin like a month or weekday are not dates, whichever way they are found', () => {
  const text = 'Marco Rubio, the Mayor of Decatur, met Junior Sundayson and Augusta Wednesdays in Marseille.';
  assert.deepEqual(extractDatesFromText(text, '2025-11-13'), []);
  sharedTokens(text, []);
  assert.deepEqual(extractDatesFromText(text, '2025-11-13'), []);
});
