import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isDateLine,
  isEdgeBoilerplate,
  isLeadingChrome,
  isMastheadLine,
  parseBylineLine,
  splitLabel,
  stripChrome,
} from './chrome.js';

test('isEdgeBoilerplate: outlet prompts, credits and copyright lines', () => {
  for (const line of [
    'Advertisement',
    'ADVERTISEMENT',
    '- Advertisement -',
    'Story continues below advertisement',
    'Read more: Ferry strike enters second week',
    'READ MORE:',
    'Related',
    'Related articles',
    'Share this article',
    'Share on Facebook',
    'Follow us on Twitter for more updates',
    'Follow Marit Solberg on X',
    'Sign up for our newsletter',
    'Subscribe to the Harbourline Herald morning newsletter',
    '© 2024 Harbourline Herald. All rights reserved.',
    'Copyright 2024 Korvask Daily',
    'All rights reserved.',
    '© Nordsund Lines',
    '© 2024 Korvask Daily Media Group, 12 Harbour Street, Valmora. All rights reserved. Terms of use apply.',
    'Image: Harbourline Herald / Ilse Marchetti',
    'Photo: Nordsund Lines',
    'Photo by Arne Halvik',
    '(Photo by Arne Halvik/Northfjord Pictures)',
    'Tags: ferries, strikes',
    '(Reporting by Marit Solberg; Editing by Li Wei)',
  ]) {
    assert.equal(isEdgeBoilerplate(line), true, line);
  }
});

test('isEdgeBoilerplate: real sentences are never chrome', () => {
  for (const line of [
    'The mayor urged residents to sign up for the city’s flood newsletter.',
    'Follow the money, the auditor said.',
    'Copyright law was at the heart of the case.',
    'Photographs of the quay were released on Monday.',
    'Related talks are planned for March.',
    'Share prices in Korvask fell 3 percent after the vote, the exchange said on Tuesday.',
    'Reporting by the Herald found that the council knew about the leak.',
    'Advertisements for the ferry ran in every paper, the operator said.',
    'Images of the flooded road spread quickly.',
    '© Nordsund LinesThe ferry left at dawn. By noon it had reached Vossel, where crews unloaded the grain.',
  ]) {
    assert.equal(isEdgeBoilerplate(line), false, line);
  }
});

test('splitLabel: "Summary –", "Article –", "Summary:" labels; trailing commas dropped', () => {
  assert.deepEqual(splitLabel('Summary – Talks hint at a thaw.,'), { label: 'Summary –', rest: 'Talks hint at a thaw.' });
  assert.deepEqual(splitLabel('Article –'), { label: 'Article –', rest: '' });
  assert.deepEqual(splitLabel('Summary: Talks resumed'), { label: 'Summary:', rest: 'Talks resumed' });
  assert.equal(splitLabel('Summary-level figures were released.'), undefined);
  assert.equal(splitLabel('Articles of the treaty were signed.'), undefined);
});

test('parseBylineLine and isDateLine', () => {
  assert.equal(parseBylineLine('By Marit Solberg'), 'Marit Solberg');
  assert.equal(parseBylineLine('BY Marit Solberg and Li Wei, Staff Reporters'), 'Marit Solberg and Li Wei');
  assert.equal(parseBylineLine('By Tuesday, the council had voted.'), undefined);
  assert.equal(parseBylineLine('By the time the ferry left'), undefined);
  assert.equal(isDateLine('March 3, 2024'), true);
  assert.equal(isDateLine('Monday, 3 March 2024 10:30 GMT'), true);
  assert.equal(isDateLine('Published: 2024-03-03'), true);
  assert.equal(isDateLine('Updated figures show 40 homes were flooded.'), false);
  assert.equal(isDateLine('March was wet'), false);
  assert.equal(isDateLine('APR 28'), true);
  assert.equal(isDateLine('4:31 pm January 5, 2011'), true);
  assert.equal(isDateLine('11/09/2010'), true);
  assert.equal(isDateLine('Sunday, November 27, 2005 at 16:12'), true);
  assert.equal(isDateLine('Korvask, Nov 11 -'), true);
  assert.equal(isDateLine('Edited on Mon Dec-19-05 03:49 PM'), true);
  assert.equal(isDateLine('May 3, 2013 at 8:20 a.m.'), true);
  assert.equal(isDateLine('on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM'), true);
  // Headlines that mention a date are not date lines.
  assert.equal(isDateLine('January 6 Committee Subpoenas Harbour Officials'), false);
  assert.equal(isDateLine('Saturday Night Ferry Returns in 2024'), false);
  assert.equal(isDateLine('Korvask, Jan 6 and the Truth'), false);
  assert.equal(isDateLine('Council to vote on barrier on March 3, 2024'), false);
});

test('isLeadingChrome: agency credits and an all-capitals dateline, not headlines', () => {
  assert.equal(isLeadingChrome('Staff Reports'), true);
  assert.equal(isLeadingChrome('VALMORA, ALDENIA'), true);
  assert.equal(isLeadingChrome('Valmora, Aldenia'), false);
  assert.equal(isLeadingChrome('FERRY STRIKE ENDS'), false);
  assert.equal(isLeadingChrome('Staff reports of the ferry strike were wrong.'), false);
});

test('isMastheadLine: outlet names and sections, not headlines', () => {
  const open = { beforeBlank: false };
  const closed = { beforeBlank: true };
  assert.equal(isMastheadLine('World News', open), true);
  assert.equal(isMastheadLine('Home › World › Europe', open), true);
  assert.equal(isMastheadLine('KJFQ', open), true);
  assert.equal(isMastheadLine('harbourline.com', open), true);
  assert.equal(isMastheadLine('Harbourline Herald', closed), true);
  // An outlet-like last word only counts when a blank line closes the line off.
  assert.equal(isMastheadLine('Markets Cheer Trade News', open), false);
  assert.equal(isMastheadLine('Markets Rally', closed), false);
  assert.equal(isMastheadLine('Valmora Council Approves Tidal Barrier After Decade of Delays', closed), false);
});

test('stripChrome: labels, byline and date at the start, boilerplate at the end, adverts anywhere', () => {
  const lines = [
    'Summary – Talks hint at a thaw.,',
    'Article –',
    'By Marit Solberg',
    'March 3, 2024',
    'Aldenia and Ostmark met on Monday.',
    'Advertisement',
    'Follow the money, the auditor said.',
    '',
    'Sign up for our newsletter',
    '© 2024 Korvask Daily',
  ];
  const r = stripChrome(lines);
  assert.deepEqual(r.lines, [
    'Talks hint at a thaw.',
    undefined,
    undefined,
    undefined,
    'Aldenia and Ostmark met on Monday.',
    undefined,
    'Follow the money, the auditor said.',
    '',
    undefined,
    undefined,
  ]);
  assert.deepEqual(
    r.removed.map((x) => x.text),
    ['Summary –', 'Article –', 'By Marit Solberg', 'March 3, 2024', 'Advertisement', 'Sign up for our newsletter', '© 2024 Korvask Daily'],
  );
  assert.equal(r.byline, 'Marit Solberg');
});

test('stripChrome: stops at the body; labels further down stay', () => {
  const lines = [
    'Aldenia and Ostmark met on Monday.',
    'The talks lasted six hours.',
    'Summary: both sides called them useful.',
    'Photo: a ferry at the quay, taken in 2019, shows the damage.',
    'The ferry sailed at noon.',
  ];
  const r = stripChrome(lines);
  assert.deepEqual(r.lines, lines);
  assert.deepEqual(r.removed, []);
});
