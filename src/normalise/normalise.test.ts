import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, RawArticle } from '../model/article.js';
import { leadSentence, normaliseArticle } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/normalise/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

const rawText = (text: string, path = 'fixture.txt', extra: Partial<RawArticle> = {}): RawArticle => ({
  kind: 'raw',
  origin: { path, format: 'text' },
  text,
  ...extra,
});

function normalise(raw: RawArticle): Article {
  const r = normaliseArticle(raw);
  if (r.kind !== 'article') throw new Error(`rejected: ${r.error.message}`);
  return r.article;
}

const fixture = (name: string): Article => normalise(rawText(readFileSync(FIXTURES + name, 'utf8'), name));

/** Every sentence's offsets point at its text, inside its paragraph. */
function assertConsistent(a: Article): void {
  assert.equal(a.text, a.paragraphs.join('\n\n'));
  let paragraphStart = 0;
  const starts = a.paragraphs.map((p) => {
    const s = paragraphStart;
    paragraphStart += p.length + 2;
    return s;
  });
  a.sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(a.text.slice(s.start, s.end), s.text);
    const ps = starts[s.paragraph] ?? -1;
    assert.ok(s.start >= ps && s.end <= ps + (a.paragraphs[s.paragraph]?.length ?? 0), `sentence ${i} in its paragraph`);
  });
}

test('fixture masthead-headline: masthead, headline, Dr. break, trailing chrome', () => {
  const a = fixture('masthead-headline.txt');
  assertConsistent(a);
  assert.equal(a.title, 'Valmora Council Approves Tidal Barrier After Decade of Delays');
  assert.deepEqual(a.chrome, [
    'Harbourline Herald',
    'Coastal Affairs',
    'Sign up for our newsletter',
    '© 2024 Harbourline Herald. All rights reserved.',
  ]);
  assert.equal(a.paragraphs.length, 3);
  assert.ok(!a.text.includes('Harbourline'), 'no masthead or copyright in the text');
  assert.ok(!a.text.includes('Tidal Barrier After'), 'the headline is not in the text');
  assert.ok(a.text.startsWith('The Valmora city council voted 9–2'));
  const dr = a.sentences.find((s) => s.text.includes('said Dr.'));
  assert.equal(dr?.text, '‘The barrier is not a luxury—it is the only way the lower town stays dry,’ said Dr. Ilse Marchetti, a hydrologist at the Northfjord Institute.');
  assert.deepEqual(
    a.sentences.map((s) => s.text.slice(0, 24)),
    [
      'The Valmora city council',
      'Engineers put the cost a',
      '‘The barrier is not a lu',
      '‘Every winter we lose mo',
      'The mayor’s office said ',
      'Opponents, led by counci',
      "'We are being asked to s",
    ],
  );
  assert.deepEqual(
    a.sentences.map((s) => s.paragraph),
    [0, 1, 1, 1, 1, 2, 2],
  );
});

test('fixture labels-bullets: labels gone, summary kept, bullets and headings apart, broken line joined', () => {
  const a = fixture('labels-bullets.txt');
  assertConsistent(a);
  assert.equal(a.title, undefined, 'the first line is a summary sentence, not a headline');
  assert.deepEqual(a.chrome, ['Summary –', 'Article –', 'Follow us on Twitter for more updates']);
  assert.deepEqual(a.paragraphs, [
    'Talks in Korvask hint at a thaw between Aldenia and the Ostmark republics.',
    'Aldenia’s Trade Minister P Ravel met Ostmark President Lena Dorsch in Korvask on Monday, the first such meeting in six years.',
    'Background',
    'The two governments have cooperated for decades in areas such as:',
    '- Grain shipments',
    '- Rail links',
    '- Border policing',
    'Ravel said the talks covered tariffs, transit fees and a joint customs post near the Vell crossing, which has been closed since 2021.',
    'What Comes Next?',
    'Officials expect a second round in Jan. 2025, according to a ministry note.',
  ]);
  assert.equal(a.sentences.length, a.paragraphs.length);
  assert.equal(a.sentences[4]?.text, 'Grain shipments');
});

test('fixture first-line-sentence: a first line that is a real sentence is kept', () => {
  const a = fixture('first-line-sentence.txt');
  assertConsistent(a);
  assert.equal(a.title, undefined);
  assert.deepEqual(a.chrome, []);
  assert.equal(a.paragraphs.length, 3);
  assert.ok(a.paragraphs[0]?.startsWith('Flooding closed the coastal road'));
  assert.equal(a.sentences.length, 3);
});

test('fixture wrapped-byline: wrapped lines joined, byline and advert out, opening quotation whole', () => {
  const a = fixture('wrapped-byline.txt');
  assertConsistent(a);
  assert.equal(a.title, 'Ferry Strike Ends After Nine Days');
  assert.equal(a.byline, 'Marit Solberg');
  assert.deepEqual(a.chrome, ['By Marit Solberg', 'Advertisement']);
  assert.deepEqual(a.paragraphs, [
    'Ferry crews on the Vessel Sound route returned to work on Thursday after union leaders accepted a 4.5 percent pay rise, ending a nine-day strike that stranded thousands of islanders.',
    '"We got most of what we asked for," said union steward Arne Halvik. "Not everything. But most of it."',
    'The operator, Nordsund Lines, said full timetables would resume on Saturday.',
  ]);
  assert.deepEqual(
    a.sentences.map((s) => s.text),
    [
      a.paragraphs[0],
      '"We got most of what we asked for," said union steward Arne Halvik.',
      '"Not everything. But most of it."',
      a.paragraphs[2],
    ],
  );
});

test('metadata: trimmed, empty strings dropped, absent fields omitted, raw title wins', () => {
  const a = normalise(
    rawText('Ferry strike ends after nine days\n\nCrews returned to work on Thursday.', 'f.json', {
      title: '  Ferry Strike Ends After Nine Days ',
      byline: ' ',
      source: ' Korvask Daily ',
      url: ' https://korvask.example/ferry ',
      published: '2024-03-03',
      externalId: '',
    }),
  );
  assert.equal(a.title, 'Ferry Strike Ends After Nine Days');
  assert.equal(a.text, 'Crews returned to work on Thursday.', 'the repeated title is dropped from the body');
  assert.equal(a.source, 'Korvask Daily');
  assert.equal(a.url, 'https://korvask.example/ferry');
  assert.equal(a.published, '2024-03-03');
  assert.ok(!('byline' in a), 'an empty byline is omitted, not undefined');
  assert.ok(!('externalId' in a));
  assert.deepEqual(a.chrome, []);
});

test('rejections: empty text and text with nothing but chrome', () => {
  const empty = normaliseArticle({ kind: 'raw', origin: { path: 'feed.jsonl', record: 3, format: 'jsonl' }, text: ' \n\u00a0\u200b ' });
  assert.equal(empty.kind, 'rejected');
  if (empty.kind === 'rejected') {
    assert.equal(empty.error.code, 'input.empty');
    assert.equal(empty.error.record, 3);
    assert.match(empty.error.message, /^feed\.jsonl \(record 3\): /);
  }
  const chromeOnly = normaliseArticle(rawText('Advertisement\n\nSign up for our newsletter\n© 2024 Korvask Daily'));
  assert.equal(chromeOnly.kind, 'rejected');
  if (chromeOnly.kind === 'rejected') assert.equal(chromeOnly.error.code, 'input.no-article');
  const titleOnly = normaliseArticle(rawText('Ferry Strike Ends', 'f.txt', { title: 'Ferry strike ends' }));
  assert.equal(titleOnly.kind === 'rejected' ? titleOnly.error.code : 'article', 'input.no-article');
  // A lone short line with no title is kept as the body rather than rejected.
  assert.equal(normaliseArticle(rawText('Ferry Strike Ends')).kind, 'article');
});

test('ids: same input same id; same bytes under another file name, another id', () => {
  const text = readFileSync(`${FIXTURES}first-line-sentence.txt`, 'utf8');
  const a = normalise(rawText(text, 'in/a.txt'));
  assert.equal(normalise(rawText(text, 'in/a.txt')).id, a.id);
  assert.notEqual(normalise(rawText(text, 'in/b.txt')).id, a.id);
});

const seedSkip = existsSync(SEEDS) ? false : `no seed articles at ${SEEDS}`;
const seed = (prefix: string): Article => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix} in ${SEEDS}`);
  return normalise(rawText(readFileSync(SEEDS + name, 'utf8'), name));
};

test('seeds: 003 masthead, headline and the Dr. break', { skip: seedSkip }, () => {
  const a = seed('003');
  assertConsistent(a);
  assert.match(a.title ?? '', /^Russian-Indian Military Cooperation/);
  assert.deepEqual(a.chrome, ['KJFK News', 'World News']);
  assert.ok(!a.text.includes('KJFK'));
  const s = a.sentences.find((x) => x.text.includes('Dr.'));
  assert.ok(s?.text.includes('Dr. Anand Sharma'), 'Dr. and Anand Sharma in one sentence');
});

test('seeds: 004 labels gone', { skip: seedSkip }, () => {
  const a = seed('004');
  assertConsistent(a);
  assert.deepEqual(a.chrome, ['Summary –', 'Article –']);
  assert.ok(!/^(Summary|Article) –/m.test(a.text));
  assert.ok(!a.text.includes('.,'), 'the trailing comma of the summary line is gone');
});

test('seeds: 000 has 21 sentences; 001–002 have no headline; all consistent', { skip: seedSkip }, () => {
  assert.equal(seed('000').sentences.length, 21);
  for (const p of ['000', '001', '002']) {
    const a = seed(p);
    assertConsistent(a);
    assert.equal(a.title, undefined, p);
    assert.deepEqual(a.chrome, [], p);
  }
});

test('lazy sentences: the same article, its sentences split on first use; JSON carries them', () => {
  const text = 'A headline of the day\n\nFirst sentence here. Second one, said Dr. Ames.\n\n“Third,” he said. Fourth.';
  const eager = normalise(rawText(text));
  const r = normaliseArticle(rawText(text), { lazySentences: true });
  assert.equal(r.kind, 'article');
  const lazy = (r as { article: Article }).article;
  assert.equal(lazy.id, eager.id);
  assert.equal(lazy.text, eager.text);
  assert.deepEqual(lazy.sentences, eager.sentences);
  assert.equal(lazy.sentences, lazy.sentences, 'split once, then kept');
  assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(eager)));
  assertConsistent(lazy);
});

test('leadSentence is the first sentence, found without splitting the rest', () => {
  const a = normalise(rawText('Title line here\n\nThe lead sentence, with Mr. Smith in it. Another.\n\nMore text.'));
  assert.equal(leadSentence(a), 'The lead sentence, with Mr. Smith in it.');
  assert.equal(leadSentence(a), a.sentences[0]!.text);
  assert.equal(leadSentence({ text: '', paragraphs: [] }), '');
  const long = 'Word '.repeat(80).trim() + '.';
  assert.equal(leadSentence({ text: long, paragraphs: [long] }).length, 240);
});
