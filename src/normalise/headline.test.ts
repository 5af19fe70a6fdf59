import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHeadline } from './headline.js';

const BODY = 'The Valmora city council voted on Tuesday to fund a tidal barrier across the Brenn estuary.';

test('extractHeadline: masthead and section lines above a headline become chrome', () => {
  const lines = ['Harbourline Herald', 'Coastal Affairs', '', 'Valmora Council Approves Tidal Barrier', '', BODY];
  const r = extractHeadline(lines, undefined);
  assert.equal(r.title, 'Valmora Council Approves Tidal Barrier');
  assert.deepEqual(r.removed, [
    { line: 0, text: 'Harbourline Herald' },
    { line: 1, text: 'Coastal Affairs' },
  ]);
  assert.deepEqual(r.lines, [undefined, undefined, '', undefined, '', BODY]);
});

test('extractHeadline: a plain headline line, no masthead', () => {
  const r = extractHeadline(['Council approves tidal barrier after decade of delays', BODY], undefined);
  assert.equal(r.title, 'Council approves tidal barrier after decade of delays');
  assert.deepEqual(r.removed, []);
  assert.deepEqual(r.lines, [undefined, BODY]);
});

test('extractHeadline: a markdown heading mark is not part of the title', () => {
  assert.equal(extractHeadline(['# Ferry Strike Ends', '', BODY], undefined).title, 'Ferry Strike Ends');
});

test('extractHeadline: a first line that is a sentence means no headline', () => {
  const lines = [BODY, 'Crews cleared debris from two bridges by early evening.'];
  const r = extractHeadline(lines, undefined);
  assert.equal(r.title, undefined);
  assert.deepEqual(r.lines, lines);
  const short = ['Brenn is under water.', BODY];
  assert.equal(extractHeadline(short, undefined).title, undefined);
});

test('extractHeadline: the first line of a hard-wrapped paragraph is not a headline', () => {
  const wrapped = ['Ferry crews on the Vessel Sound route returned to work on', 'Thursday after union leaders accepted a pay rise.'];
  assert.equal(extractHeadline(wrapped, undefined).title, undefined);
  const lower = ['Ferry crews on the Vessel Sound route returned', 'to work after union leaders accepted a pay rise.'];
  assert.equal(extractHeadline(lower, undefined).title, undefined);
});

test('extractHeadline: a lone line is kept as the body, not taken as a headline', () => {
  assert.equal(extractHeadline(['Ferry Strike Ends'], undefined).title, undefined);
});

test('extractHeadline: a known title repeated at the top is dropped, with the masthead above it', () => {
  const lines = ['Korvask Daily', '', 'Ferry strike ends after nine days', '', BODY];
  const r = extractHeadline(lines, 'Ferry Strike Ends After Nine Days');
  assert.equal(r.title, undefined);
  assert.deepEqual(r.removed, [{ line: 0, text: 'Korvask Daily' }]);
  assert.deepEqual(r.lines, [undefined, '', undefined, '', BODY]);
});

test('extractHeadline: a known title that the body does not repeat removes nothing', () => {
  const lines = ['Crews Return', BODY];
  const r = extractHeadline(lines, 'Ferry strike ends');
  assert.deepEqual(r.lines, lines);
  assert.deepEqual(r.removed, []);
});
