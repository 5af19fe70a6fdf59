import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineTime, findDateline } from './dateline.js';

test('reads wire datelines, top date lines and posted lines', () => {
  assert.deepEqual(findDateline('OSTRAVEN, April 2 (Tidewater Wire) - About 300 people…'), { month: 4, day: 2 });
  assert.deepEqual(findDateline('PORT ELLERY, 14 June (Coast Press) – The museum…'), { month: 6, day: 14 });
  assert.deepEqual(findDateline('July 13, 2009\nThe president held…'), { year: 2009, month: 7, day: 13 });
  assert.deepEqual(findDateline('Posted 11 / 27 / 2005 7: 21 AM\nA quake…'), { year: 2005, month: 11, day: 27 });
  assert.deepEqual(findDateline('Headline here\nLONDON, Wednesday, 3 March 2021 - text'), { year: 2021, month: 3, day: 3 });
});

test('ignores dates that are not at the head of a line', () => {
  assert.equal(findDateline('The council met on April 2 to discuss the budget.'), undefined);
  assert.equal(findDateline('May the best team win, said the coach.'), undefined);
  assert.equal(findDateline('13 ways to cook rice'), undefined);
});

test('a yearless dateline takes the year nearest the reference', () => {
  const ref = Date.UTC(2025, 0, 3); // 3 January 2025
  assert.equal(datelineTime({ month: 12, day: 30 }, ref), Date.UTC(2024, 11, 30));
  assert.equal(datelineTime({ month: 1, day: 5 }, ref), Date.UTC(2025, 0, 5));
  assert.equal(datelineTime({ month: 1, day: 5 }), undefined);
});
