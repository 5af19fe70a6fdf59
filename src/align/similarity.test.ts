import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../features/rarity.js';
import { sentenceTerms, storyNames } from './sentence-terms.js';
import { ALIGN_THRESHOLD, StoryContext, sentenceSimilarity, type SimilarityDetail } from './similarity.js';

const rarity = new Rarity();

/** Score two sentences with the other sentences of an invented story as context. */
function scorer(story: readonly string[], versions: number): (a: string, b: string) => SimilarityDetail {
  const known = storyNames(story);
  const ctx = new StoryContext(
    story.map((s) => sentenceTerms(s, rarity, known)),
    versions,
  );
  return (a, b) => sentenceSimilarity(ctx.prepare(sentenceTerms(a, rarity, known)), ctx.prepare(sentenceTerms(b, rarity, known)));
}

const STORY = [
  'Dockworkers at the Port of Valmora walked off the job on Tuesday.',
  'About 3,400 workers joined the strike called by the Harbour Workers Union.',
  'The union is demanding a 12% wage increase over two years.',
  'Talks are scheduled for March 14 with mediator Ines Carvalho.',
  'The strike halted cargo traffic at the port.',
  'The port handles most imported food.',
];
const score = scorer(STORY, 2);

test('a reworded sentence aligns; the same words about another fact do not', () => {
  const same = score('Some 3,400 workers joined the strike called by the Harbour Workers Union.', 'The Harbour Workers Union’s strike was joined by about 3,400 port employees.');
  assert.ok(same.score >= ALIGN_THRESHOLD, `reworded: ${same.score}`);
  const other = score('Dockworkers at the Port of Valmora walked off the job on Tuesday.', 'Dockworkers at the Port of Valmora voted on Friday to accept the new contract.');
  assert.ok(other.score < ALIGN_THRESHOLD, `other event: ${other.score}`);
  assert.deepEqual(
    other.clashes.map((c) => c.kind),
    ['date'],
  );
});

test('a number clash: the same sentence with another count does not align', () => {
  const a = 'About 3,400 workers joined the strike called by the Harbour Workers Union.';
  const same = score(a, a);
  const clash = score(a, 'About 340 workers joined the strike called by the Harbour Workers Union.');
  assert.ok(same.score > 0.95);
  assert.ok(clash.score < ALIGN_THRESHOLD, `clash: ${clash.score}`);
  assert.equal(clash.clashes[0]?.kind, 'number');
  assert.ok(score(a, 'More than 3,000 workers joined the strike called by the Harbour Workers Union.').score >= ALIGN_THRESHOLD, 'a rounded count is the same fact');
});

test('shared specific numbers and days count as evidence for rewordings with few shared words', () => {
  const s = score('About 300 residents were ordered to leave their homes.', 'Authorities evacuated roughly 300 people.');
  assert.deepEqual(s.specificFacts, ['300']);
  assert.ok(s.score > score('About residents were ordered to leave their homes.', 'Authorities evacuated roughly people.').score + 0.2);
  const d = score('Talks are scheduled for March 14 with mediator Ines Carvalho.', 'Mediator Ines Carvalho will bring both sides together on March 14.');
  assert.ok(d.specificFacts.includes('March 14'));
  assert.ok(d.score >= ALIGN_THRESHOLD);
});

test('people holding the same title, different quotes, opposite verbs and a past year are clashes', () => {
  const role = score('Varga will meet President Daniel Okoro.', 'Varga will meet President Ilona Mares.');
  assert.ok(role.clashes.some((c) => c.kind === 'role'));
  assert.ok(role.score < ALIGN_THRESHOLD);
  const quote = score('‘We will not go back until the offer is fair,’ Klint told reporters.', '‘We have made our final proposal and the door remains open,’ Pohl told reporters.');
  assert.ok(quote.clashes.some((c) => c.kind === 'quote'));
  assert.ok(quote.score < ALIGN_THRESHOLD);
  const sameQuote = score('‘We will not go back until the offer is fair,’ Klint told reporters.', 'Klint said the union would ‘not go back until the offer is fair’.');
  assert.ok(!sameQuote.clashes.some((c) => c.kind === 'quote'));
  const opposite = score('The company will close its office in Halden.', 'The company will open an office in Halden.');
  assert.ok(opposite.clashes.some((c) => c.kind === 'opposite'));
  const past = score('The company will close its office in Halden on Monday.', 'The company closed an office in Halden in 2019.');
  assert.ok(past.clashes.some((c) => c.kind === 'date'), 'a year against a weekday');
});

test('one-to-many: a short sentence contained in a merged one aligns', () => {
  const s = score(
    'Dockworkers walked off the job on Tuesday after the Port Authority offered 5%, far below the union’s demand of 12% over two years.',
    'The union is demanding a 12% wage increase over two years.',
  );
  assert.ok(s.score >= ALIGN_THRESHOLD, `merged: ${s.score}`);
  assert.ok(s.containment > s.cosine);
});

test('story factor: words in every sentence of the story weigh little', () => {
  const ctx = new StoryContext(
    STORY.map((s) => sentenceTerms(s, rarity)),
    2,
  );
  assert.equal(ctx.factor('carvalho'), 1, 'in one sentence');
  assert.ok(ctx.factor('port') < 0.7, `port is everywhere: ${ctx.factor('port')}`);
  assert.equal(ctx.factor('unseen'), 1);
  assert.ok(ctx.rareFact('#n:3400'));
});

test('names only add: a sentence naming other people around the shared fact still aligns', () => {
  const story = [
    'Scheduled for December 4-5, Putin’s trip will see him meet President Murmu, with the signing of intergovernmental and commercial agreements.',
    'The Indian Foreign Ministry has hinted at the signing of a range of intergovernmental and commercial documents.',
    'Belousov arrived in India.',
    'The visit includes the intergovernmental commission.',
  ];
  const s = scorer(story, 2)(story[0]!, story[1]!);
  assert.ok(s.score >= ALIGN_THRESHOLD, `partial overlap: ${s.score}`);
  assert.ok(!s.clashes.some((c) => c.kind === 'actor'));
});
