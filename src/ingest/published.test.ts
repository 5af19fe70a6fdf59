import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePublished } from './published.js';

test('normalisePublished: ISO, RFC 822 and written dates become UTC ISO 8601; a bare day stays a day', () => {
  const cases: [unknown, string | undefined][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00.250Z', '2024-03-05T10:00:00.250Z'],
    ['2024-03-05T10:00:00+01:00', '2024-03-05T09:00:00Z'],
    ['2024-03-05T23:30-0500', '2024-03-06T04:30:00Z'],
    ['2024-03-05 10:00', '2024-03-05T10:00:00Z'],
    ['2024/03/05', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00Z'],
    ['Tue, 5 Mar 2024 10:00:00 EST', '2024-03-05T15:00:00Z'],
    ['05 Mar 24 10:00 +0100', '2024-03-05T09:00:00Z'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tuesday, March 5th, 2024 at 9:15 UTC', '2024-03-05T09:15:00Z'],
    [1709632800, '2024-03-05T10:00:00Z'],
    [1709632800000, '2024-03-05T10:00:00Z'],
    ['1709632800', '2024-03-05T10:00:00Z'],
  ];
  for (const [input, expected] of cases) assert.equal(normalisePublished(input), expected, String(input));
});

test('normalisePublished: impossible or unparseable values give undefined', () => {
  for (const input of ['2024-02-30', '2023-02-29T10:00:00Z', '2024-13-01', '2024-03-05T25:00:00Z', 'yesterday', '',
    'Tue, 05 Mar 2024 10:00:00 XYZ', null, {}, -5, 'March 2024']) {
    assert.equal(normalisePublished(input), undefined, JSON.stringify(input));
  }
  assert.equal(normalisePublished('2024-02-29T10:00:00Z'), '2024-02-29T10:00:00Z', 'leap day');
});
