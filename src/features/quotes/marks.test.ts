import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteSpans } from './marks.js';

const contents = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

test('curly and straight, double and single marks pair up', () => {
  assert.deepEqual(contents('He said “yes” and ‘no’ and "maybe" and \'never\'.'), ['yes', 'no', 'maybe', 'never']);
});

test('apostrophes inside words and plural possessives close nothing', () => {
  const text = "‘India’s partners and the nations’ leaders don't agree,’ she said. 'It's the Joneses' call.'";
  assert.deepEqual(contents(text), ["India’s partners and the nations’ leaders don't agree,", "It's the Joneses' call."]);
});

test('a possessive is a closing mark when no later mark can close the quote', () => {
  assert.deepEqual(contents('a ‘privileged strategic partnership’ between the two nations'), ['privileged strategic partnership']);
});

test("elisions are apostrophes: '90s, ’em, rock 'n' roll, 1990’s", () => {
  const text = "'Since the '90s we've played rock 'n' roll to 'em,' he said of the 1990’s.";
  assert.deepEqual(contents(text), ["Since the '90s we've played rock 'n' roll to 'em,"]);
});

test('a quote nested in a quote belongs to it', () => {
  const text = '“We were told, ‘Wait for the budget.’ So we waited,” she said.';
  assert.deepEqual(contents(text), ['We were told, ‘Wait for the budget.’ So we waited,']);
});

test('doubled apostrophes are a double mark', () => {
  assert.deepEqual(contents("''We have the votes,'' she said."), ['We have the votes,']);
});

test('a mark written the wrong way round is read from its neighbours', () => {
  // “ used as a closing mark, ” as an opening one.
  assert.deepEqual(contents('“This is it,“ said Ann. ”Next one.”'), ['This is it,', 'Next one.']);
});

test('a quote left open at a paragraph end runs on when the next paragraph reopens it', () => {
  const text = '“First part of it.\n\n“Second part.” she said.';
  const spans = findQuoteSpans(text);
  assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.runOn]), [['First part of it.', true], ['Second part.', false]]);
});

test('an unmatched opening mark inside a paragraph gives no quote', () => {
  assert.deepEqual(contents('He wrote “this never closes and the paragraph ends.\n\nNext paragraph.'), []);
});

test('a double quote closed with a single mark is still one quote', () => {
  assert.deepEqual(contents('Schumer tweeted: “Let’s go. We can do it.’ Then he left.'), ['Let’s go. We can do it.']);
});

test('offsets are those of the content inside the marks', () => {
  const text = 'x “ padded ” y';
  const [span] = findQuoteSpans(text);
  assert.ok(span !== undefined);
  assert.equal(text.slice(span.start, span.end), 'padded');
  assert.equal(text[span.open], '“');
  assert.equal(text.slice(span.close - 1, span.close), '”');
});

// A quadratic pairing (a forward scan per possessive-looking mark, as an early version had) took minutes
// on this text; linear pairing takes milliseconds. The timeout is a hang guard with 100× slack, not a speed test.
test('a long pathological run of marks is paired, not hung on', { timeout: 60_000 }, () => {
  const unit = '“a ‘b’ "c\' d’s nations’ ';
  const text = `${unit.repeat(20000)}\n`.repeat(4);
  const spans = findQuoteSpans(text);
  assert.ok(spans.length > 0);
  for (const s of spans) assert.ok(s.start <= s.end && s.end <= text.length);
});
