// The seed articles (/work/shared/seeds, read-only, never copied here): seeds 001 and 003 hold 14 direct quotes
// between them, each with a known speaker and source status; their quoted 'privileged strategic partnership',
// 'privileged,' and 'aggression' are scare quotes. Run on the normalised article and on the raw text split
// only at line breaks (in the raw 003 the paragraph breaks after "said Dr." and must still give the name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseArticle } from '../src/normalise/index.js';
import { extractQuotes } from '../src/features/quotes/index.js';
import type { Article } from '../src/model/article.js';
import { asArticleId } from '../src/model/ids.js';
import type { SourceStatus } from '../src/model/quote.js';

const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const files = {
  '000': '000_250bc8c03fcfddc8.txt',
  '001': '001_1fd3dc944a29abde.txt',
  '002': '002_e7b3138c5cba47f1.txt',
  '003': '003_b034df5225466c5d.txt',
} as const;
const missing = Object.values(files).filter((f) => !existsSync(join(seeds, f)));
const skip = missing.length > 0 ? `seed articles not found in ${seeds} (${missing.join(', ')})` : false;

type Expected = readonly [speaker: string | RegExp, status: SourceStatus, continued: boolean];

const expected: Record<'001' | '003', readonly Expected[]> = {
  '001': [
    ['a senior Russian defense official', 'anonymous', false],
    [/^an Indian analyst( specializing in Sino-Indian relations)?$/, 'anonymous', false],
    [/^an Indian analyst( specializing in Sino-Indian relations)?$/, 'anonymous', true],
    ['a Russian diplomat', 'unnamed', false],
    ['a Russian think tank analyst', 'unnamed', false],
    ['a Russian think tank analyst', 'unnamed', true],
  ],
  '003': [
    ['a senior Russian defense official', 'anonymous', false],
    ['an Indian diplomat', 'unnamed', false],
    [/^(Dr\. )?Anand Sharma$/, 'named', false],
    [/^(Dr\. )?Anand Sharma$/, 'named', true],
    ['a senior Indian foreign ministry official', 'unnamed', false],
    ['a senior Indian foreign ministry official', 'unnamed', true],
    ['a Russian analyst', 'unnamed', false],
    ['a Russian analyst', 'unnamed', true],
  ],
};

const SCARE = ['privileged strategic partnership', 'privileged,', 'privileged', 'aggression'];

function normalised(file: string): Article {
  const r = normaliseArticle({ kind: 'raw', origin: { path: file, format: 'text' }, text: readFileSync(join(seeds, file), 'utf8') });
  if (r.kind !== 'article') throw new Error(`${file}: rejected by the normaliser: ${r.error.message}`);
  return r.article;
}

/** The raw file as an article: text untouched, a paragraph per line, no sentence split. */
function raw(file: string): Article {
  const text = readFileSync(join(seeds, file), 'utf8');
  return {
    kind: 'article', id: asArticleId('0000000000000000'), origin: { path: file, format: 'text' }, text,
    paragraphs: text.split(/\n+/), sentences: [], chrome: [],
  };
}

for (const [how, build] of [['normalised', normalised], ['raw', raw]] as const) {
  test(`seeds 001 and 003 (${how}): 14 direct quotes with the right speakers and statuses`, { skip }, () => {
    let total = 0;
    for (const key of ['001', '003'] as const) {
      const article = build(files[key]);
      const { quotes } = extractQuotes(article);
      const want = expected[key];
      assert.equal(quotes.length, want.length, `${key}: ${quotes.map((q) => q.text.slice(0, 40)).join(' | ')}`);
      total += quotes.length;
      want.forEach(([speaker, status, continued], i) => {
        const q = quotes[i];
        assert.ok(q !== undefined);
        const where = `${key} quote ${i + 1} '${q.text.slice(0, 40)}…'`;
        if (typeof speaker === 'string') assert.equal(q.speaker, speaker, where);
        else assert.match(q.speaker ?? '', speaker, where);
        assert.equal(q.status, status, where);
        assert.equal(q.continued, continued, where);
        assert.equal(article.text.slice(q.start, q.end), q.text, `${where}: offsets`);
      });
    }
    assert.equal(total, 14);
  });

  test(`seeds (${how}): the quoted phrases without a speaker are scare quotes, never direct quotes`, { skip }, () => {
    const scareSeen = new Set<string>();
    for (const file of Object.values(files)) {
      const { quotes, scare } = extractQuotes(build(file));
      for (const q of quotes) assert.ok(!SCARE.includes(q.text), `${file}: '${q.text}' taken for a direct quote`);
      for (const s of scare) scareSeen.add(s.text);
    }
    for (const s of ['privileged strategic partnership', 'privileged,', 'aggression']) {
      assert.ok(scareSeen.has(s), `'${s}' missing from the scare quotes: ${[...scareSeen].join(' | ')}`);
    }
  });
}

test('seed 003 (normalised): Dr. Anand Sharma keeps his description', { skip }, () => {
  const { quotes } = extractQuotes(normalised(files['003']));
  const sharma = quotes.find((q) => /Anand Sharma/.test(q.speaker ?? ''));
  assert.equal(sharma?.speakerDescription, 'a senior fellow at the Observer Research Foundation');
  assert.equal(sharma?.cue, 'said');
});
