import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbersFromText } from './index.js';
import { sharedTokens } from './tokenize.js';

/**
 * Numbers are found either from the entity extractor's tokens of the same text (only tokens with digits are
 * read) or by a scan of the text for digits; both must read the same numbers.
 */
const pieces = [
  '1', '12', '123', '1234', '1,234', '1,2345', '12,345,678', '1.5', '1.2.3', '007', '2025', '1996-08-22', '4-5',
  '1996-97', '10:30', '1/2', '$', 'US$', 'Rs', 'Rs.', '€', '£', 'EUR', 'km', 'm', 'bn', '%', 'st', 'th', 'of', 'Jan',
  'December', 'per', 'cent', 'million', 'people', 'more', 'the', 'in', 'since', ' ', '  ', '\n', '-', ',', '.', 'G7',
  'MiG-29', 'A380', 'é5', 'α5', 'x1/2', 'Covid-19', '1990s-era', '5-6-7', '_', '(', 'troops', 'dollars',
];

test('property: numbers read from shared tokens are the numbers read from the text', () => {
  let seed = 23;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let numbers = 0;
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let k = 1 + rand(12); k > 0; k--) text += pieces[rand(pieces.length)] + (rand(3) === 0 ? '' : ' ');
    sharedTokens('-', []); // nothing shared for this text: the digit scan
    const byScan = extractNumbersFromText(text);
    sharedTokens(text, []);
    const byTokens = extractNumbersFromText(text);
    assert.deepEqual(byTokens, byScan, JSON.stringify(text));
    numbers += byTokens.length;
  }
  assert.ok(numbers > 1000, `${numbers} numbers read`);
});
