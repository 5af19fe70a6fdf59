import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../model/entity.js';
import { extractEntities } from './index.js';
import { articleFromText } from './testing.js';

/** Mentions as "type:text" (with " [title]" when present). */
const run = (text: string, title?: string): string[] =>
  extractEntities(articleFromText(text, title === undefined ? {} : { title })).map(
    (m: EntityMention) => `${m.type}:${m.text}${m.title === undefined ? '' : ` [${m.title}]`}`,
  );

test('titles are split off names and kept; demonyms are not entities', () => {
  const got = run('Norwegian Defence Minister Ingrid Halvorsen met Prime Minister Tomas Brekke in Oslo.');
  assert.deepEqual(got, [
    'person:Ingrid Halvorsen [Defence Minister]',
    'person:Tomas Brekke [Prime Minister]',
    'place:Oslo',
  ]);
});

test('a known place or organisation before a title is its own entity', () => {
  const got = run('The talks were led by EU Farm Commissioner Piet Vandaele and U.S. President Carla Mendes.');
  assert.ok(got.includes('organisation:EU'), got.join(', '));
  assert.ok(got.includes('person:Piet Vandaele [Farm Commissioner]'), got.join(', '));
  assert.ok(got.includes('place:U.S.'), got.join(', '));
  assert.ok(got.includes('person:Carla Mendes [President]'), got.join(', '));
});

test('a capitalised word at a sentence start is a name only with evidence', () => {
  const got = run('Despite the rain, officials met. Meanwhile the vote went ahead. Background checks continue.');
  assert.deepEqual(got, []);
  // Evidence from the rest of the document brings a sentence-initial surname back.
  const got2 = run('Coach Arvo Kallas praised the team. Kallas said the result was fair.');
  assert.deepEqual(got2.filter((m) => m.includes('Kallas')), ['person:Arvo Kallas [Coach]', 'person:Kallas']);
});

test('document consistency: a surname alone takes the type of the full name', () => {
  const got = run('Striker Marek Dolny joined in June. In Warsaw, Dolny trained alone.');
  assert.ok(got.includes('person:Marek Dolny'), got.join(', '));
  assert.ok(got.includes('person:Dolny'), got.join(', '));
  assert.ok(got.includes('place:Warsaw'));
});

test('organisations by suffix, by head with "of", and their acronyms in brackets', () => {
  const got = run(
    'Analysts at the Halvard Institute of Maritime Studies (HIMS) and Brightwater Holdings said the Ministry of Fisheries would act.',
  );
  assert.ok(got.includes('organisation:Halvard Institute of Maritime Studies'), got.join(', '));
  assert.ok(got.includes('organisation:HIMS'), got.join(', '));
  assert.ok(got.includes('organisation:Brightwater Holdings'), got.join(', '));
  assert.ok(got.includes('organisation:Ministry of Fisheries'), got.join(', '));
});

test('context cues: "X said", "in X", "the city of X", "X-based", role nouns', () => {
  const got = run(
    'Okonkwo said the plant in Kettering would close. The city of Varnholm voted. ' +
      'Lagos-based lender Zedu Bank hired economist Ada Nwosu.',
  );
  assert.ok(got.includes('person:Okonkwo'), got.join(', '));
  assert.ok(got.includes('place:Kettering'), got.join(', '));
  assert.ok(got.includes('place:Varnholm'), got.join(', '));
  assert.ok(got.includes('place:Lagos'), got.join(', '));
  assert.ok(got.includes('organisation:Zedu Bank'), got.join(', '));
  assert.ok(got.includes('person:Ada Nwosu'), got.join(', '));
});

test('all-caps headlines: only names the document or gazetteer knows, or rare words', () => {
  const text =
    'TENNIS - KORHONEN BEATS ALVES IN MADRID FINAL .\n\nMADRID 2031-05-04\n\n' +
    'Finland \'s Aino Korhonen beat Beatriz Alves of Portugal 6-3 6-4 in the final on Sunday .';
  const got = run(text);
  assert.ok(got.includes('person:KORHONEN'), got.join(', '));
  assert.ok(got.includes('person:ALVES'), got.join(', '));
  assert.ok(got.filter((g) => g === 'place:MADRID').length === 2, 'headline place and dateline');
  for (const word of ['TENNIS', 'BEATS', 'FINAL', 'IN']) assert.ok(!got.some((g) => g.endsWith(`:${word}`)), word);
  assert.ok(got.includes('person:Aino Korhonen') && got.includes('place:Finland') && got.includes('place:Portugal'));
});

test('events, months and weekdays are not entities', () => {
  const got = run('She won the Rotterdam Open in March and will play the Davis Cup on Friday.');
  assert.deepEqual(got, []);
});

test('hyphenated relations of two places are not entities; hyphenated names are', () => {
  const got = run('The India-Russia partnership and the Sino-Indian border worry Jean-Pierre Moreau.');
  assert.deepEqual(got, ['person:Jean-Pierre Moreau']);
});

test('team sports: towns that play are organisations, countries stay places, scorers are people', () => {
  const text =
    'SOCCER - RESULTS .\n\nLONDON 2031-08-16\n\nWexham 2 ( Dorrell 34th , 80th ) Calder United 1 ( Pike 12th )\n\n' +
    'Wexham beat Calder United as England watched .';
  const got = run(text);
  assert.ok(got.includes('organisation:Wexham'), got.join(', '));
  assert.ok(got.includes('organisation:Calder United'), got.join(', '));
  assert.ok(got.includes('person:Dorrell') && got.includes('person:Pike'), got.join(', '));
  assert.ok(got.includes('place:England'), got.join(', '));
  assert.ok(got.includes('place:LONDON'), got.join(', '));
});

test('abbreviations of common words in brackets are not organisations', () => {
  const got = run('The collateral protection insurance (CPI) programme and the Joint Staff (JS) plan.');
  assert.ok(!got.some((g) => g.endsWith(':CPI')), got.join(', '));
});

test('mention offsets index the article text; output is in text order without overlaps', () => {
  const text = 'In Harare, Zanu officials met Tendai Moyo.\n\nMoyo later flew to Lusaka and Nairobi.';
  const a = articleFromText(text);
  const ms = extractEntities(a);
  let last = -1;
  for (const m of ms) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= last, 'ordered and disjoint');
    last = m.end;
  }
  assert.ok(ms.length >= 4);
});

test('empty and punctuation-only text', () => {
  assert.deepEqual(run(''), []);
  assert.deepEqual(run(' \n\n — … '), []);
});
