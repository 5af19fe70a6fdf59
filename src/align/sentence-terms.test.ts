import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { stem, termKey } from './lexicon.js';
import { findQuotes, sentenceTerms, storyNames, tokenizeSentence } from './sentence-terms.js';

const rarity = new Rarity();

test('light stemming equates inflections and the paraphrase groups map to one key', () => {
  assert.equal(stem('visits'), stem('visited'));
  assert.equal(stem('visiting'), stem('visit'));
  assert.equal(stem('anticipated'), stem('anticipates'));
  assert.equal(stem('agreements'), 'agreement');
  assert.equal(stem('planned'), stem('planning'));
  assert.equal(stem('news'), 'news');
  assert.equal(termKey('trip'), termKey('visit'));
  assert.equal(termKey('pivotal'), termKey('significant'));
  assert.equal(termKey('walkout'), termKey('strike'));
  assert.notEqual(termKey('meeting'), termKey('visit'));
});

test('tokens: possessives dropped, numbers kept whole, hyphens join', () => {
  const t = tokenizeSentence('Valmora’s 3,400 workers want 4.5% in Russian-Indian talks on December 4-5.');
  assert.deepEqual(
    t.map((x) => x.lower),
    ['valmora', '3,400', 'workers', 'want', '4.5', 'in', 'russian', 'indian', 'talks', 'on', 'december', '4', '5'],
  );
  assert.equal(t[0]!.cap, true);
  assert.equal(t[0]!.initial, true);
  assert.equal(t[7]!.joined, true);
  assert.equal(t[12]!.joined, true);
});

test('numbers get a kind, a value and what they count', () => {
  const t = sentenceTerms('About 3,400 workers joined the 22nd session, which costs $120m, 2 million euros and 12% more since 2019.', rarity);
  const byText = new Map(t.numbers.map((n) => [n.text, n]));
  assert.deepEqual({ ...byText.get('3,400') }, { kind: 'count', value: 3400, unit: termKey('workers'), text: '3,400', specific: true });
  assert.equal(byText.get('22nd')?.kind, 'ordinal');
  assert.equal(byText.get('22nd')?.unit, 'session');
  assert.equal(byText.get('$120m')?.kind, 'money');
  assert.equal(byText.get('$120m')?.value, 120e6);
  assert.equal(byText.get('2 million euros')?.value, 2e6);
  assert.equal(byText.get('12%')?.kind, 'percent');
  assert.equal(byText.get('2019')?.kind, 'year');
  assert.equal(byText.get('2019')?.specific, false);
});

test('spelled-out counts and durations: "three years" and "five-year" count the same unit', () => {
  const a = sentenceTerms('She was sentenced to three years in prison.', rarity).numbers;
  const b = sentenceTerms('She was handed a five-year term.', rarity).numbers;
  assert.equal(a[0]?.value, 3);
  assert.equal(a[0]?.unit, 'duration');
  assert.equal(b[0]?.value, 5);
  assert.equal(b[0]?.unit, 'duration');
  assert.equal(a[0]?.specific, false);
});

test('dates: day ranges, day-month order, bare months and weekdays; lower-case "may" is not May', () => {
  const t = sentenceTerms('Scheduled for December 4-5, the trip follows talks on 14 March and a vote in April on Tuesday.', rarity);
  assert.deepEqual(
    t.dates.map((d) => `${d.kind}:${d.value}`),
    ['day:12-4', 'day:12-5', 'day:3-14', 'month:4', 'weekday:tuesday'],
  );
  assert.deepEqual(sentenceTerms('Officials may march on.', rarity).dates, []);
});

test('names: titles give roles, a comma ends a name, a number after a name is part of it', () => {
  const t = sentenceTerms('The meetings between Putin, President Droupadi Murmu, and Prime Minister Narendra Modi went on.', rarity);
  assert.deepEqual(
    t.names.map((n) => `${n.role}:${n.tokens.join(' ')}`),
    [':putin', 'president:droupadi murmu', 'minister:narendra modi'],
  );
  const coach = sentenceTerms('‘We need him,’ said coach Bruno Sanz after Hafen 04 lost.', rarity);
  assert.deepEqual(
    coach.names.map((n) => `${n.role}:${n.tokens.join(' ')}`),
    ['coach:bruno sanz', ':hafen 04'],
  );
  assert.deepEqual(coach.numbers, [], 'the 04 of Hafen 04 is not a count');
  assert.equal(sentenceTerms('Russian troops moved.', rarity).names.length, 0, 'a known word opening a sentence is no name');
});

test('a capitalised first word is a name when the story capitalises it elsewhere', () => {
  const known = storyNames(['Talks with Varga went on.']);
  assert.deepEqual(sentenceTerms('Varga will meet the president.', rarity, known).names.map((n) => n.tokens), [['varga']]);
  assert.deepEqual(sentenceTerms('Economists expected it.', rarity, known).names, []);
});

test('adjectives of origin are flagged: they say where, not who', () => {
  const t = sentenceTerms('He met Indian officials and Western envoys in Delhi.', rarity);
  assert.deepEqual(
    t.names.map((n) => [n.tokens.join(' '), n.adjective]),
    [
      ['indian', true],
      ['western', true],
      ['delhi', false],
    ],
  );
});

test('quotes of three words or more, curly or straight, apostrophes inside words are not closers', () => {
  assert.deepEqual(findQuotes('‘India’s foreign policy is clear,’ he said.'), ['India’s foreign policy is clear']);
  assert.deepEqual(findQuotes("'We will not go back,' Klint said."), ['We will not go back']);
  assert.deepEqual(findQuotes('He called it “a bridge to the future” twice.'), ['a bridge to the future']);
  assert.deepEqual(findQuotes('described as ‘privileged,’ by the Kremlin'), [], 'one quoted word is not a quote');
  assert.deepEqual(findQuotes('the nations’ ties and the workers’ pay'), []);
});

test('the bag holds content words with rarity weights, names marked', () => {
  const t = sentenceTerms('Defense Minister Andrei Belousov arrived in India for the intergovernmental commission.', rarity);
  assert.ok(!t.bag.has('the') && !t.bag.has('for'));
  assert.ok(t.bag.has('intergovernmental') && t.bag.has('arrival'));
  assert.ok((t.bag.get('intergovernmental') ?? 0) > (t.bag.get('arrival') ?? 0));
  assert.ok(t.nameKeys.has('belousov') && t.nameKeys.has('minister'));
  assert.ok(!t.nameKeys.has('commission'));
});
