import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JsonArrayReader, JsonlReader, parseJsonObject, recordToArticle } from './json.js';
import type { IngestItem } from './options.js';
import type { RecordReader } from './reader.js';

const fixture = (name: string): Buffer =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)));
const limits = { maxArticleBytes: 5 << 20, maxRecordBytes: 5 << 20 };

/** Feeds `data` in pieces cut at the given offsets. */
function feed(reader: RecordReader, data: Buffer, cuts: number[] = []): IngestItem[] {
  const items: IngestItem[] = [];
  let start = 0;
  for (const cut of [...cuts, data.length]) {
    items.push(...reader.push(Buffer.from(data.subarray(start, cut))));
    start = cut;
  }
  return [...items, ...reader.end()];
}

const summary = (items: IngestItem[]) =>
  items.map((i) => (i.kind === 'article' ? { record: i.article.origin.record, bytes: i.bytes, article: i.article } : i.error.message));

test('JSONL with bad lines in the middle: each bad line is rejected by number, the rest of the file goes on', () => {
  const data = fixture('wire.jsonl');
  const items = feed(new JsonlReader('in/wire.jsonl', limits, 0), data);
  const rejected = items.flatMap((i) => (i.kind === 'rejected' ? [[i.error.code, i.error.record, i.error.message]] : []));
  assert.deepEqual(rejected, [
    ['input.malformed-record', 4, 'in/wire.jsonl (record 4): not valid JSON: Unterminated string in JSON at position 73'],
    ['input.malformed-record', 5, 'in/wire.jsonl (record 5): no text or html field (also accepted: body, content)'],
    ['input.malformed-record', 7, 'in/wire.jsonl (record 7): expected a JSON object, got an array'],
    ['input.malformed-record', 8, 'in/wire.jsonl (record 8): field "title" must be a string, got a number'],
  ]);
  const articles = items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
  assert.deepEqual(articles[0], {
    kind: 'raw',
    origin: { path: 'in/wire.jsonl', record: 1, format: 'jsonl' },
    externalId: 'nw-1001',
    url: 'https://northwire.example/a/1001',
    source: 'Northwire',
    title: 'Reservoir levels fall to 40 percent',
    published: '2024-07-30T06:00:00Z',
    text:
      'Reservoir levels across the Hallam district have fallen to 40 percent of capacity after the driest July since ' +
      '1995, the water authority said.\n\nA hosepipe ban is expected from next week.',
  });
  // Aliases: numeric id, outlet, date, body.
  assert.deepEqual(articles[1], {
    kind: 'raw',
    origin: { path: 'in/wire.jsonl', record: 2, format: 'jsonl' },
    externalId: '1002',
    source: 'Northwire',
    title: 'Library opening hours cut',
    published: '2024-07-30',
    text: 'Three branch libraries will close on Mondays from September.',
  });
  // An html field goes through the HTML extractor; source as {name}; an RFC 822 publishedAt.
  assert.deepEqual(articles[2], {
    kind: 'raw',
    origin: { path: 'in/wire.jsonl', record: 6, format: 'jsonl' },
    externalId: 'nw-1005',
    source: 'Southwire',
    title: 'Tram depot plans approved',
    published: '2024-07-31T09:15:00Z',
    text: 'Plans for a tram depot at Ketter Lane were approved on Wednesday.\n\nConstruction starts in spring.',
  });
  // An unparseable date is dropped, not kept as a non-ISO string.
  assert.deepEqual(articles[3], {
    kind: 'raw',
    origin: { path: 'in/wire.jsonl', record: 9, format: 'jsonl' },
    externalId: 'nw-1008',
    text: 'The last record of the file, after the bad ones.',
  });
  // Blank and rejected lines count towards the next article: the bytes add up to the file size.
  assert.equal(items.reduce((sum, i) => sum + (i.kind === 'article' ? i.bytes : 0), 0), data.length);
});

test('JSONL gives the same items however the input is cut into chunks (multi-byte characters, CRLF, long lines)', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Zoë said “déjà vu” 😀 in Kraków.' }),
    '',
    JSON.stringify({ id: 'b', text: 'x'.repeat(300) }),
    JSON.stringify({ id: 'c', text: 'second to last' }) + '\r',
    '{"id": "d", "text": "no newline at the end"}',
  ];
  const data = Buffer.from(lines.join('\n'));
  const small = { maxArticleBytes: 200, maxRecordBytes: 200 };
  const whole = summary(feed(new JsonlReader('s.jsonl', small, 0), data));
  assert.deepEqual(
    whole.map((x) => (typeof x === 'string' ? x : `${x.record}:${x.article.externalId}:${x.bytes}`)),
    [
      `1:a:${Buffer.byteLength(lines[0] ?? '') + 1}`,
      `s.jsonl (record 3): record is ${Buffer.byteLength(lines[2] ?? '')} bytes, over the limit of 200 bytes for one record; ` +
        'raise the maxRecordBytes option if it really is one record',
      `4:c:${1 + Buffer.byteLength(lines[2] ?? '') + 1 + Buffer.byteLength(lines[3] ?? '') + 1}`,
      `5:d:${Buffer.byteLength(lines[4] ?? '')}`,
    ],
  );
  let seed = 7;
  for (let round = 0; round < 300; round++) {
    const cuts: number[] = [];
    for (let at = 0; ; ) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      at += 1 + (seed % 90);
      if (at >= data.length) break;
      cuts.push(at);
    }
    assert.deepEqual(summary(feed(new JsonlReader('s.jsonl', small, 0), data, cuts)), whole, `cuts ${cuts.join(',')}`);
  }
});

test('JSONL: invalid UTF-8 in one line is rejected with its byte offset in the file', () => {
  const data = Buffer.concat([
    Buffer.from('{"text":"fine"}\n{"text":"caf'),
    Uint8Array.of(0xe9),
    Buffer.from('"}\n{"text":"also fine"}\n'),
  ]);
  const items = feed(new JsonlReader('latin1.jsonl', limits, 0), data, [20]);
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? i.article.text : `${i.error.code} ${i.error.message}`)),
    [
      'fine',
      'input.encoding latin1.jsonl (record 2): not valid UTF-8: byte 0xE9 at byte offset 28; convert the file to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
      'also fine',
    ],
  );
});

test('JSON array: elements are records; a non-object element is rejected; the scanner survives tricky strings', () => {
  const data = fixture('records.json');
  const items = feed(new JsonArrayReader('in/records.json', limits, 0), data);
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? [i.article.origin, i.article.title, i.article.published, i.article.text] : i.error.message)),
    [
      [{ path: 'in/records.json', record: 1, format: 'json' }, 'Orchard festival returns', '2024-09-14T09:00:00Z',
        'The orchard festival at Pell Farm returns next weekend with cider pressing and a rare-apple tasting.'],
      [{ path: 'in/records.json', record: 2, format: 'json' }, 'Cycle path extended', undefined,
        'The riverside cycle path now reaches Ashby Cross, adding four kilometres of traffic-free route.\n\nIt opened on Friday.'],
      'in/records.json (record 3): expected a JSON object, got a string',
    ],
  );

  const tricky = Buffer.from(
    JSON.stringify([
      { text: 'quote \\" inside, a ] and } and , and \\\\ end\\\\', nested: [{ a: [1, 2] }, '[', '{'] },
      { text: 'ends with a backslash \\' },
      { text: 'ünïcödé ✓' },
    ], null, 1),
  );
  const whole = summary(feed(new JsonArrayReader('t.json', limits, 0), tricky));
  assert.deepEqual(whole.map((x) => (typeof x === 'string' ? x : x.article.text)), [
    'quote \\" inside, a ] and } and , and \\\\ end\\\\',
    'ends with a backslash \\',
    'ünïcödé ✓',
  ]);
  assert.equal(whole.reduce((sum, x) => sum + (typeof x === 'string' ? 0 : x.bytes), 0), tricky.length, 'the bytes add up');
  for (let cut = 1; cut < tricky.length; cut++) {
    assert.deepEqual(summary(feed(new JsonArrayReader('t.json', limits, 0), tricky, [cut])), whole, `cut at ${cut}`);
  }
});

test('JSON array: a broken element, an unclosed array and text after it are reported', () => {
  const items = feed(new JsonArrayReader('b.json', limits, 0), Buffer.from('[{"text": "ok"}, {"text": oops}, {"text": "last"}'));
  assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.article.text : i.error.message)), [
    'ok',
    'b.json (record 2): not valid JSON: Unexpected token \'o\', "{"text": oops}" is not valid JSON',
    'last',
    'b.json: not valid JSON: the array is not closed (unexpected end of input)',
  ]);
  const truncated = feed(new JsonArrayReader('t.json', limits, 0), Buffer.from('[{"text": "ok"}, {"text": "cut o'));
  assert.deepEqual(truncated.map((i) => (i.kind === 'article' ? i.article.text : i.error.message)), [
    'ok',
    't.json (record 2): not valid JSON: the input ends inside this record (a truncated file?)',
    't.json: not valid JSON: the array is not closed (unexpected end of input)',
  ]);
  const trailing = feed(new JsonArrayReader('c.json', limits, 0), Buffer.from('[{"text": "ok"}] extra'));
  assert.equal(trailing[1]?.kind === 'rejected' && trailing[1].error.message, 'c.json: not valid JSON: unexpected text after the closing ]');
});

test('a JSON file holding one object is one article without a record number', () => {
  const [item] = parseJsonObject('{"title": "Pier reopens", "content": "The pier reopened."}', 'one.json', 60);
  assert.deepEqual(item, {
    kind: 'article',
    bytes: 60,
    article: { kind: 'raw', origin: { path: 'one.json', format: 'json' }, title: 'Pier reopens', text: 'The pier reopened.' },
  });
  const [bad] = parseJsonObject('{"title": ', 'bad.json', 10);
  assert.equal(bad?.kind === 'rejected' && bad.error.message, 'bad.json: not valid JSON: Unexpected end of JSON input');
});

test('recordToArticle: blank text, wrong types and a full HTML page in the html field', () => {
  const origin = { path: 'r.jsonl', record: 3, format: 'jsonl' } as const;
  const message = (v: unknown): string => {
    const r = recordToArticle(v, origin);
    return r.kind === 'rejected' ? r.error.message : 'article';
  };
  assert.equal(message({ text: '   ' }), 'r.jsonl (record 3): field "text" is empty and there is no title');
  assert.equal(message({ body: '' }), 'r.jsonl (record 3): field "body" is empty and there is no title');
  assert.equal(message({ text: 5, url: [] }), 'r.jsonl (record 3): field "url" must be a string, got an array; field "text" must be a string, got a number');
  assert.equal(message(null), 'r.jsonl (record 3): expected a JSON object, got null');
  const page = `<!DOCTYPE html><html><head><title>Page title</title><link rel="canonical" href="https://p.example/x"></head>
    <body><article><p>${'The quarry will reopen in spring to supply stone for the harbour. '.repeat(3)}</p></article></body></html>`;
  const r = recordToArticle({ html: page, title: 'Record title' }, origin);
  assert.equal(r.kind, 'article');
  if (r.kind !== 'article') return;
  assert.equal(r.article.title, 'Record title', 'the record wins over the page');
  assert.equal(r.article.url, 'https://p.example/x', 'the page fills what the record lacks');
  assert.match(r.article.text, /^The quarry will reopen in spring/);
});

test('empty JSONL and an empty JSON array are input.empty', () => {
  const [blank] = feed(new JsonlReader('blank.jsonl', limits, 0), Buffer.from('\n  \n\r\n'));
  assert.equal(blank?.kind === 'rejected' && `${blank.error.code} ${blank.error.message}`, 'input.empty blank.jsonl: holds only blank lines');
  const [array] = feed(new JsonArrayReader('none.json', limits, 0), Buffer.from('[ ]\n'));
  assert.equal(array?.kind === 'rejected' && `${array.error.code} ${array.error.message}`, 'input.empty none.json: holds only an empty array');
});
