import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from './paragraphs.js';

test('splitParagraphs: blank lines separate paragraphs; wrapped lines join', () => {
  const lines = [
    'Ferry crews returned to work on',
    'Thursday after a nine-day strike.',
    '',
    'The operator said timetables would',
    'resume on Saturday.',
  ];
  assert.deepEqual(splitParagraphs(lines), [
    'Ferry crews returned to work on Thursday after a nine-day strike.',
    'The operator said timetables would resume on Saturday.',
  ]);
});

test('splitParagraphs: one paragraph per line when there are no blank lines', () => {
  const lines = ['Flooding closed the road.', 'Crews cleared two bridges.', 'It reopens on Monday.'];
  assert.deepEqual(splitParagraphs(lines), lines);
});

test('splitParagraphs: a paragraph broken after "said Dr." is joined across the blank line', () => {
  const lines = [
    '‘The barrier is the only way,’ said Dr.',
    '',
    'Ilse Marchetti, a hydrologist at the Northfjord Institute.',
    '',
    'The mayor agreed.',
  ];
  assert.deepEqual(splitParagraphs(lines), [
    '‘The barrier is the only way,’ said Dr. Ilse Marchetti, a hydrologist at the Northfjord Institute.',
    'The mayor agreed.',
  ]);
});

test('splitParagraphs: a line without end punctuation followed by a lower-case start is joined', () => {
  const lines = ['Ravel said the talks covered a joint customs post', 'near the Vell crossing.', 'Officials agreed.'];
  assert.deepEqual(splitParagraphs(lines), [
    'Ravel said the talks covered a joint customs post near the Vell crossing.',
    'Officials agreed.',
  ]);
  // A word hyphenated across the break is mended.
  assert.deepEqual(splitParagraphs(['The long-', 'term plan was approved.', '', 'Next.']), [
    'The long-term plan was approved.',
    'Next.',
  ]);
});

test('splitParagraphs: one per line: a deck without a period stays apart, a line cut after "with" joins', () => {
  const lines = [
    'Warehouse was one of the last buildings left from the first Valmora harbour colony',
    'The Brenn Dairy building burned to the ground on Tuesday.',
    'Firefighters from Vossel met with',
    'Harbour Chief Ilse Aas at dawn.',
  ];
  assert.deepEqual(splitParagraphs(lines), [
    lines[0],
    lines[1],
    'Firefighters from Vossel met with Harbour Chief Ilse Aas at dawn.',
  ]);
});

test('splitParagraphs: bullet lines and headings stay paragraphs of their own', () => {
  const lines = [
    'Background',
    'The governments cooperate in areas such as:',
    '- Grain shipments',
    '- Rail links near the Vell crossing and the Brenn estuary ports of the north',
    'What Comes Next?',
    'A second round is expected.',
  ];
  assert.deepEqual(splitParagraphs(lines), lines);
});

test('splitParagraphs: in a wrapped block a heading line is split off', () => {
  const lines = ['Background', 'The governments cooperate in', 'many areas.', '', 'The end.'];
  assert.deepEqual(splitParagraphs(lines), ['Background', 'The governments cooperate in many areas.', 'The end.']);
});

test('splitParagraphs: removed lines are skipped, not treated as blank', () => {
  assert.deepEqual(splitParagraphs([undefined, 'One.', undefined, 'Two.', '', undefined]), ['One.', 'Two.']);
  assert.deepEqual(splitParagraphs([undefined, '', undefined]), []);
});
