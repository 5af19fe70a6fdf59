import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { extractDates, extractDatesFromText } from './index.js';
import { articleFromText } from '../entities/testing.js';

const one = (text: string, published?: string) => {
  const ds = extractDatesFromText(text, published);
  assert.equal(ds.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(ds)}`);
  return ds[0] as (typeof ds)[number];
};

test('"December 4-5" is one range, placed in the year closest to publication', () => {
  const d = one('Scheduled for December 4-5, Putin’s trip will see him in New Delhi.', '2025-11-13');
  assert.deepEqual(d, {
    text: 'December 4-5',
    start: 14,
    end: 26,
    certain: false,
    resolved: { start: '2025-12-04', end: '2025-12-05' },
  });
  // Published in January, last December is closer than next December.
  assert.deepEqual(one('talks on December 4-5', '2026-01-10').resolved, { start: '2025-12-04', end: '2025-12-05' });
});

test('without a publication date only full dates are placed', () => {
  assert.equal(one('on December 4-5').resolved, undefined);
  assert.equal(one('on Thursday').resolved, undefined);
  assert.equal(one('in May last year').resolved, undefined);
  const full = one('signed on 4 December 2025 in Delhi');
  assert.deepEqual([full.text, full.certain, full.resolved], ['4 December 2025', true, { start: '2025-12-04' }]);
});

test('forms read directly: weekday + date, ranges across months, ordinals, ISO, abbreviations', () => {
  const cases: [string, string, string | undefined, boolean][] = [
    ['Thursday, December 4, 2025', '2025-12-04', undefined, true],
    ['Nov. 3 to Nov. 5, 2024', '2024-11-03', '2024-11-05', true],
    ['November 30-December 2', '2025-11-30', '2025-12-02', false],
    ['4-5 December', '2025-12-04', '2025-12-05', false],
    ['the 4th of July 1996', '1996-07-04', undefined, true],
    ['1996-08-22', '1996-08-22', undefined, true],
    ['Sept. 9', '2025-09-09', undefined, false],
    ['AUGUST 26TH', '2025-08-26', undefined, false],
  ];
  for (const [text, start, end, certain] of cases) {
    const d = one(text, '2025-11-13');
    assert.equal(d.resolved?.start, start, text);
    assert.equal(d.resolved?.end, end, text);
    assert.equal(d.certain, certain, text);
    assert.equal(text.slice(d.start, d.end), d.text);
  }
});

test('months alone need a preposition; modal "may" and the verb "march" are not dates', () => {
  assert.deepEqual(one('He left in May, when pain forced him home.', '2025-11-13').resolved, { start: '2025-05-01', end: '2025-05-31' });
  assert.deepEqual(extractDatesFromText('May I ask? They will March on. You may go.', '2025-11-13'), []);
});

test('relative days resolve against the publication date', () => {
  assert.deepEqual(one('yesterday', '2025-11-13').resolved, { start: '2025-11-12' });
  assert.deepEqual(one('The vote is tomorrow.', '2025-11-13').resolved, { start: '2025-11-14' });
});

test('slashed dates go to chrono', () => {
  const d = one('Expected Sale Date : 08/27/96', '1996-08-22');
  assert.deepEqual([d.text, d.resolved, d.certain], ['08/27/96', { start: '1996-08-27' }, true]);
});

test('extractDates uses the article publication date', () => {
  const a = articleFromText('The summit on March 3-4 follows talks on Sunday.', { published: '2031-03-02T09:30:00Z' });
  const ds = extractDates(a);
  assert.deepEqual(ds.map((d) => [d.text, d.resolved]), [
    ['March 3-4', { start: '2031-03-03', end: '2031-03-04' }],
    ['Sunday', { start: '2031-03-02' }],
  ]);
});

test('property: the direct reader agrees with chrono on the forms it reads', () => {
  const months = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const refs = ['2025-11-13', '2026-01-10', '2024-02-29', '2030-07-01', '1996-08-22'];
  let seed = 11;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let compared = 0;
  for (let i = 0; i < 300; i++) {
    const ref = refs[rand(refs.length)] as string;
    const month = months[rand(months.length)] as string;
    const day = 1 + rand(28);
    const year = 1990 + rand(40);
    const forms = [
      `${month} ${day}`,
      `${month} ${day}, ${year}`,
      `${day} ${month} ${year}`,
      `${day} ${month}`,
      `${month} ${day}-${day + 1}`,
    ];
    const phrase = forms[rand(forms.length)] as string;
    const text = `Officials said the meeting is on ${phrase} in the capital.`;
    const mine = extractDatesFromText(text, ref);
    const [y, mo, d] = ref.split('-').map(Number) as [number, number, number];
    const theirs = chrono.parse(text, { instant: new Date(y, mo - 1, d, 12) }, { forwardDate: false });
    assert.equal(mine.length, 1, text);
    assert.equal(theirs.length, 1, text);
    const c = theirs[0] as chrono.ParsedResult;
    const iso = (comp: chrono.ParsedComponents): string =>
      `${String(comp.get('year')).padStart(4, '0')}-${String(comp.get('month')).padStart(2, '0')}-${String(comp.get('day')).padStart(2, '0')}`;
    assert.equal(mine[0]?.resolved?.start, iso(c.start), `${text} @ ${ref}`);
    if (c.end !== null && c.end !== undefined) assert.equal(mine[0]?.resolved?.end, iso(c.end), `${text} @ ${ref}`);
    assert.equal(mine[0]?.text, c.text.trim().replace(/^on /, ''), text); // chrono keeps a leading "on"
    compared++;
  }
  assert.equal(compared, 300);
});
