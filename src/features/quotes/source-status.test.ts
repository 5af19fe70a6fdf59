import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceStatus } from './source-status.js';
import type { SourceStatus } from '../../model/quote.js';

const cases: readonly [phrase: string, context: string, status: SourceStatus][] = [
  // Named: a person or an organisation by name.
  ['Anand Sharma', '', 'named'],
  ['Dr. Anand Sharma', 'a senior fellow at the Observer Research Foundation', 'named'],
  ['the Indian Foreign Ministry', '', 'named'],
  ['President Vladimir Putin', '', 'named'],
  ['Trump campaign spokeswoman Hope Hicks', '', 'named'],
  ['CNN', '', 'named'],
  ['John Smith of the Heritage Foundation', '', 'named'],
  // Unnamed: described only, capitalised nationalities and titles notwithstanding.
  ['a Russian diplomat', '', 'unnamed'],
  ['officials', '', 'unnamed'],
  ['Officials', '', 'unnamed'],
  ['an analyst', '', 'unnamed'],
  ['a senior Indian foreign ministry official', '', 'unnamed'],
  ['a Russian think tank analyst', 'who has studied India-Russia relations for over a decade', 'unnamed'],
  ['the President', '', 'unnamed'],
  ['Republicans', '', 'unnamed'],
  ['a White House official', '', 'unnamed'],
  ['a spokesman for the State Department', '', 'unnamed'],
  // Anonymous: said so explicitly.
  ['a senior Russian defense official', 'speaking on condition of anonymity', 'anonymous'],
  ['an Indian analyst specializing in Sino-Indian relations', 'who requested anonymity', 'anonymous'],
  ['a city engineer', 'who declined to be named', 'anonymous'],
  ['an aide', 'who asked not to be identified', 'anonymous'],
  ['Kremlin sources', '', 'anonymous'],
  ['sources', '', 'anonymous'],
  ['a source close to the ministry', '', 'anonymous'],
  ['people familiar with the matter', '', 'anonymous'],
  ['two officials', 'who were not authorized to speak publicly', 'anonymous'],
];

for (const [phrase, context, status] of cases) {
  test(`sourceStatus('${phrase}'${context === '' ? '' : `, '${context}'`}) is ${status}`, () => {
    assert.equal(sourceStatus(phrase, context), status);
  });
}

test('a named speaker stays named whatever the context says about others', () => {
  assert.equal(sourceStatus('Marit Ellesmere', 'who spoke after officials declined to be named'), 'named');
});
