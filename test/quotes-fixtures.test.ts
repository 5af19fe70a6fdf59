// End-to-end: invented articles under test/fixtures/quotes/ (RawArticle → normaliseArticle → extractQuotes),
// each listing the direct quotes that must come out (in order, with speaker, status, cue, continuation),
// the scare quotes that must come out, and quoted text that must not come out as a direct quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseArticle } from '../src/normalise/index.js';
import { extractQuotes } from '../src/features/quotes/index.js';
import type { Quote, SourceStatus } from '../src/model/quote.js';

interface ExpectedQuote {
  readonly text: string;
  readonly speaker?: string;
  readonly speakerDescription?: string;
  readonly status: SourceStatus;
  readonly cue?: string;
  readonly continued: boolean;
}

interface Fixture {
  readonly about: string;
  readonly text: string;
  readonly quotes: readonly ExpectedQuote[];
  readonly scare: readonly string[];
  readonly notQuotes: readonly string[];
}

const dir = join(import.meta.dirname, 'fixtures', 'quotes');
const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

test('there are quote fixtures', () => {
  assert.ok(names.length >= 5);
});

for (const name of names) {
  const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Fixture;
  test(`quotes fixture ${name}`, () => {
    const normalised = normaliseArticle({ kind: 'raw', origin: { path: name, format: 'text' }, text: fixture.text });
    assert.equal(normalised.kind, 'article');
    if (normalised.kind !== 'article') return;
    const article = normalised.article;
    const { quotes, scare } = extractQuotes(article);

    // Exactly the expected quotes, in order.
    assert.deepEqual(quotes.map((q) => q.text), fixture.quotes.map((q) => q.text));
    fixture.quotes.forEach((want, i) => {
      const got = quotes[i] as Quote;
      const where = `${name} quote ${i + 1} (${want.text.slice(0, 30)}…)`;
      assert.equal(got.speaker, want.speaker, `${where}: speaker`);
      assert.equal(got.status, want.status, `${where}: status`);
      assert.equal(got.continued, want.continued, `${where}: continued`);
      if (want.cue !== undefined) assert.equal(got.cue, want.cue, `${where}: cue`);
      if (want.speakerDescription !== undefined) {
        assert.equal(got.speakerDescription, want.speakerDescription, `${where}: description`);
      }
      // Offsets point at the content in the article text.
      assert.equal(article.text.slice(got.start, got.end), got.text, `${where}: offsets`);
      if (got.speakerSpan !== undefined) {
        assert.equal(article.text.slice(got.speakerSpan.start, got.speakerSpan.end), got.speakerSpan.text, `${where}: speaker span`);
      }
    });

    const scareTexts = scare.map((s) => s.text);
    for (const s of fixture.scare) assert.ok(scareTexts.includes(s), `${name}: scare quote '${s}' missing from ${JSON.stringify(scareTexts)}`);
    for (const s of scare) assert.equal(article.text.slice(s.start, s.end), s.text);
    const quoteTexts = quotes.map((q) => q.text);
    for (const s of fixture.notQuotes) assert.ok(!quoteTexts.includes(s), `${name}: '${s}' must not be a direct quote`);
  });
}
