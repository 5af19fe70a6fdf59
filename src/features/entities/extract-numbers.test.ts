import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbersFromText } from './index.js';

const pick = (text: string): [string, number | undefined, string | undefined, boolean, string][] =>
  extractNumbersFromText(text).map((n) => [n.text, n.value, n.unit, n.ordinal, n.context]);

test('money with scale words and currency symbols or codes', () => {
  assert.deepEqual(pick('a $1.2 billion deal, US$ 3.5 million loan, €40m grant, Rs 500 crore plan, £2bn bill'), [
    ['$1.2 billion', 1.2e9, 'USD', false, 'deal'],
    ['US$ 3.5 million', 3.5e6, 'USD', false, 'loan'],
    ['€40m', 40e6, 'EUR', false, 'grant'],
    ['Rs 500 crore', 5e9, 'INR', false, 'plan'],
    ['£2bn', 2e9, 'GBP', false, 'bill'],
  ]);
});

test('counts with the noun they count; percentages; ordinals', () => {
  assert.deepEqual(pick('3,400 people fled; sales rose 12 per cent, or 9.5%; the 22nd session; 2,000 more troops'), [
    ['3,400', 3400, undefined, false, 'people'],
    ['12 per cent', 12, 'percent', false, ''],
    ['9.5%', 9.5, 'percent', false, ''],
    ['22nd', 22, undefined, true, 'session'],
    ['2,000', 2000, undefined, false, 'troops'],
  ]);
});

test('units of measure and currency words after the number', () => {
  assert.deepEqual(pick('a 10km road, 1.5 million barrels per day, 300 euros each'), [
    ['10km', 10, 'km', false, 'road'],
    ['1.5 million barrels', 1.5e6, 'barrel', false, ''],
    ['300 euros', 300, 'EUR', false, ''],
  ]);
});

test('years, dates, times, phone numbers and codes are not numbers', () => {
  const text = 'In 2025, on 1996-08-22 at 10:30, call 212-859-1650 about the G7, MiG-29 and 08/27/96 in the 1990s. Since 2019 it grew.';
  assert.deepEqual(pick(text), []);
});

test('the days of written dates belong to dates', () => {
  assert.deepEqual(pick('Scheduled for December 4-5 and 14 February, 20 soldiers'), [['20', 20, undefined, false, 'soldiers']]);
});

test('a four-digit count is a number, a four-digit year is not', () => {
  assert.deepEqual(pick('He sent 2000 troops in 2000.'), [['2000', 2000, undefined, false, 'troops']]);
});

test('offsets index the text', () => {
  const text = 'Costs hit $4.5 billion and 7,000 jobs.';
  for (const n of extractNumbersFromText(text)) assert.equal(text.slice(n.start, n.end), n.text);
});
