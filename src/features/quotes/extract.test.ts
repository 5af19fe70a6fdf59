import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import { asArticleId } from '../../model/ids.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './index.js';

/** An article whose text is exactly `text` (the extractor reads only the text; paragraphs are lines). */
function articleOf(text: string): Article {
  const paragraphs = text.split(/\n\n/);
  let offset = 0;
  const sentences = paragraphs.map((p, index) => {
    const s = { index, paragraph: index, text: p, start: offset, end: offset + p.length };
    offset += p.length + 2;
    return s;
  });
  return {
    kind: 'article', id: asArticleId('0000000000000000'), origin: { path: 'test', format: 'text' }, text, paragraphs,
    sentences, chrome: [],
  };
}

const quotesOf = (text: string): readonly Quote[] => extractQuotes(articleOf(text)).quotes;
const scareOf = (text: string): string[] => extractQuotes(articleOf(text)).scare.map((s) => s.text);
const only = (text: string): Quote => {
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, `expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0] as Quote;
};

test('cue after the quote, verb first: said X', () => {
  const q = only('‘We are ready,’ said Ilse Dorn.');
  assert.equal(q.text, 'We are ready,');
  assert.equal(q.speaker, 'Ilse Dorn');
  assert.equal(q.cue, 'said');
  assert.equal(q.status, 'named');
  assert.equal(q.continued, false);
  assert.deepEqual(q.speakerSpan, { text: 'Ilse Dorn', start: 21, end: 30 });
});

test('cue after the quote, speaker first: X said', () => {
  const q = only('“We are ready,” the ministry’s spokesman said on Monday.');
  assert.equal(q.speaker, 'the ministry’s spokesman');
  assert.equal(q.status, 'unnamed');
});

test('cue before the quote: X said: “…” and X told reporters, “…”', () => {
  assert.equal(only('Ilse Dorn said: “We are ready.”').speaker, 'Ilse Dorn');
  const q = only('The Halvard mayor told reporters, “We are ready for the storm.”');
  assert.equal(q.speaker, 'The Halvard mayor');
  assert.equal(q.cue, 'told');
});

test('according to X, before and after the quote', () => {
  assert.equal(only('“The dam will hold,” according to the Veltmark Water Authority.').speaker, 'the Veltmark Water Authority');
  const q = only('According to a senior engineer, “the dam will hold through the winter.”');
  assert.equal(q.speaker, 'a senior engineer');
  assert.equal(q.cue, 'according to');
  assert.equal(q.cueSpan?.text, 'According to');
});

test('X said that “…” is indirect speech: no direct quote and no scare quote', () => {
  const text = 'Dorn said that the plan was “a total disaster for the harbour and its workers.”';
  assert.deepEqual(quotesOf(text), []);
  assert.deepEqual(scareOf(text), []);
});

test('every verb of the cue lexicon attributes a quote', () => {
  const verbs = [
    'said', 'added', 'noted', 'warned', 'explained', 'insisted', 'claimed', 'stated', 'argued', 'wrote', 'stressed',
    'emphasised', 'emphasized', 'acknowledged', 'admitted', 'observed', 'remarked', 'continued', 'announced',
    'tweeted', 'posted', 'says', 'told reporters',
  ];
  for (const verb of verbs) {
    const q = only(`“The harbour will reopen next week,” Ilse Dorn ${verb}.`);
    assert.equal(q.speaker, 'Ilse Dorn', verb);
    assert.equal(q.cue, verb.split(' ')[0], verb);
  }
});

test('a verb outside the lexicon attributes nothing: the quote is not given a speaker', () => {
  const qs = quotesOf('“The harbour will reopen next week,” Ilse Dorn painted.');
  assert.ok(qs.every((q) => q.speaker !== 'Ilse Dorn'));
});

test('the speaker phrase extends over its description', () => {
  const q = only('“The talks will go on,” said Dr. Pavel Orsk, a senior fellow at the Lindqvist Institute.');
  assert.equal(q.speaker, 'Dr. Pavel Orsk');
  assert.equal(q.speakerDescription, 'a senior fellow at the Lindqvist Institute');
  const r = only('“The talks will go on,” Pavel Orsk, a senior fellow at the Lindqvist Institute, said.');
  assert.equal(r.speaker, 'Pavel Orsk');
  assert.equal(r.speakerDescription, 'a senior fellow at the Lindqvist Institute');
});

test('a paragraph broken after a title does not cut the name', () => {
  const q = only('“The talks will go on,” said Dr.\n\nPavel Orsk, a senior fellow at the Lindqvist Institute.');
  assert.equal(q.speaker, 'Dr. Pavel Orsk');
  assert.equal(q.status, 'named');
});

test('anonymity declared after the speaker makes the source anonymous', () => {
  const q = only('“The order came late,” said a senior Ostran defence official, speaking on condition of anonymity.');
  assert.equal(q.speaker, 'a senior Ostran defence official');
  assert.equal(q.status, 'anonymous');
  assert.equal(only('“The order came late,” an aide, who requested anonymity, said.').status, 'anonymous');
});

test('a pronoun speaker is the nearest preceding named person, with the pronoun as the span', () => {
  const qs = quotesOf('Ilse Dorn met Pavel Orsk in Ostrava. Later, Marta Quill arrived. “We have a deal,” she said.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]?.speaker, 'Marta Quill');
  assert.equal(qs[0]?.status, 'named');
  assert.equal(qs[0]?.speakerSpan?.text, 'she');
});

test('a name inside a quote is not a pronoun’s antecedent', () => {
  const qs = quotesOf('“We cannot wait,” said Ilse Dorn. “Pavel Orsk agrees with us.”\n\n“We will sign,” she added.');
  assert.equal(qs[2]?.speaker, 'Ilse Dorn');
});

test('a second quote with no cue continues the speaker, in the sentence or a paragraph of its own', () => {
  const qs = quotesOf('“We are ready,” said Ilse Dorn. “The ships are loaded.”\n\n“The crews are rested.”');
  assert.deepEqual(qs.map((q) => [q.speaker, q.continued]), [['Ilse Dorn', false], ['Ilse Dorn', true], ['Ilse Dorn', true]]);
  assert.equal(qs[1]?.status, 'named');
});

test('a quote on both sides of its cue: “A,” said X, “B.”', () => {
  const qs = quotesOf('“We are ready,” said Ilse Dorn, “and the ships are loaded.”');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker, q.continued]), [
    ['We are ready,', 'Ilse Dorn', false],
    ['and the ships are loaded.', 'Ilse Dorn', true],
  ]);
});

test('a quote spans sentences', () => {
  const q = only('‘This is not just about trade — it’s about trust. We will see.’ said Pavel Orsk.');
  assert.equal(q.text, 'This is not just about trade — it’s about trust. We will see.');
  assert.equal(q.speaker, 'Pavel Orsk');
});

test('short quoted phrases inside a sentence are scare quotes', () => {
  const text = 'The pact, described by the council as ‘historic,’ cements a ‘privileged strategic partnership’ and ends what it calls \'aggression\' at sea.';
  assert.deepEqual(quotesOf(text), []);
  assert.deepEqual(scareOf(text), ['historic,', 'privileged strategic partnership', 'aggression']);
});

test('titles of works are scare quotes, even followed by a comma', () => {
  const text = 'Her memoir, “The Long Road Home,” sold well. The “Morning Report” host said little.';
  assert.deepEqual(quotesOf(text), []);
  assert.deepEqual(scareOf(text), ['The Long Road Home,', 'Morning Report']);
});

test('a partial quote with a cue is neither direct nor scare, but its speaker goes on', () => {
  const text = 'The plan is “a disaster,” Ilse Dorn said. “Nobody asked the crews what they think of it.”';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.text, q.speaker, q.continued]), [['Nobody asked the crews what they think of it.', 'Ilse Dorn', true]]);
  assert.deepEqual(scareOf(text), []);
});

test('a participle continues the sentence’s speaker: X said …, adding, “…”', () => {
  const q = only('Ilse Dorn said the port would reopen, adding, “The crews are ready.”');
  assert.equal(q.speaker, 'Ilse Dorn');
});

test('a colon after a named subject introduces a direct quote', () => {
  const q = only('Pavel Orsk put the case bluntly: “Without pumps, the valley floods every spring.”');
  assert.equal(q.speaker, 'Pavel Orsk');
  assert.equal(q.cue, ':');
});

test('offsets of quotes and scare quotes index the article text', () => {
  const text = 'x\n\n“One two three,” said Ilse Dorn, calling it ‘odd’. “Four.”';
  const { quotes, scare } = extractQuotes(articleOf(text));
  for (const q of [...quotes, ...scare]) assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(quotes.length, 2);
  assert.equal(scare.length, 1);
});

test('an article without quotation marks gives nothing', () => {
  assert.deepEqual(extractQuotes(articleOf('Nothing is quoted here. The port’s owners declined to comment.')), { quotes: [], scare: [] });
});
