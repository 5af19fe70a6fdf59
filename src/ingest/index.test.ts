import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBuffer, ingestPaths, planInputs, type IngestItem } from './index.js';
import { unreadable } from './rejections.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
let root = '';
let corpus = '';

before(() => {
  root = mkdtempSync(join(tmpdir(), 'retold-ingest-'));
  corpus = join(root, 'corpus');
  mkdirSync(join(corpus, 'b'), { recursive: true });
  mkdirSync(join(corpus, '.git'));
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(corpus, 'a-note.txt'), 'HARBOUR NEWS\r\nThe pier reopened.\r\n\r\nBoats returned.\rEnd.\r\n');
  writeFileSync(join(corpus, '.hidden.txt'), 'never read');
  writeFileSync(join(corpus, '.git', 'config'), 'never read');
  copyFileSync(join(FIXTURES, 'wire.jsonl'), join(corpus, 'b', 'wire.jsonl'));
  symlinkSync('..', join(corpus, 'b', 'z-loop'));
  writeFileSync(join(root, 'elsewhere', 'linked.md'), '# Linked\n\nReached through a symlinked directory.\n');
  symlinkSync(join(root, 'elsewhere'), join(corpus, 'c-link'));
  symlinkSync(join(root, 'nowhere.txt'), join(corpus, 'dangling.txt'));
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'blank.md'), ' \n\t\n');
  // 50 MB without writing 50 MB: a sparse file. Were it read, its NUL bytes would make it input.binary.
  writeFileSync(join(corpus, 'huge.txt'), '');
  truncateSync(join(corpus, 'huge.txt'), 50 * 1024 * 1024);
  writeFileSync(join(corpus, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(corpus, 'latin1.txt'), Buffer.concat([Buffer.from('Le caf'), Buffer.from([0xe9]), Buffer.from(' est ouvert.')]));
  copyFileSync(join(FIXTURES, 'ferry-page.html'), join(corpus, 'notes'));
  copyFileSync(join(FIXTURES, 'section-index.html'), join(corpus, 'page.html'));
  writeFileSync(join(corpus, 'report.pdf'), '%PDF-1.7');
});

after(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

const collect = async (paths: string[], options?: Parameters<typeof ingestPaths>[1]): Promise<IngestItem[]> => {
  const items: IngestItem[] = [];
  for await (const item of ingestPaths(paths, options)) items.push(item);
  return items;
};

const describeItem = (item: IngestItem): string =>
  item.kind === 'article'
    ? `article ${item.article.origin.path}${item.article.origin.record === undefined ? '' : `#${item.article.origin.record}`} ${item.article.origin.format}`
    : `${item.error.code} ${item.error.message}`;

test('planInputs lists files recursively in sorted order, skips hidden ones, follows a symlinked dir once', async () => {
  const missing = join(root, 'missing.jsonl');
  const plan = await planInputs([corpus, missing, '-']);
  const rel = (p: string): string => (p.startsWith(root) ? p.slice(root.length + 1) : p);
  assert.deepEqual(
    plan.files.map((f) => [rel(f.path), f.size]),
    [
      ['corpus/a-note.txt', 58],
      ['corpus/b/wire.jsonl', 1157],
      ['corpus/blank.md', 4],
      ['corpus/c-link/linked.md', 49],
      ['corpus/empty.txt', 0],
      ['corpus/huge.txt', 50 * 1024 * 1024],
      ['corpus/image.bin', 12],
      ['corpus/latin1.txt', 19],
      ['corpus/notes', 1264],
      ['corpus/page.html', 490],
      ['corpus/report.pdf', 8],
      ['-', 0],
    ],
  );
  assert.deepEqual(
    plan.rejected.map((e) => [e.code, e.input, e.message]),
    [
      ['input.not-found', join(corpus, 'dangling.txt'), `${join(corpus, 'dangling.txt')}: symbolic link to a file that does not exist`],
      ['input.not-found', missing, `${missing}: no such file or directory`],
    ],
  );
});

test('ingestPaths: every input in order, bad ones rejected with a message naming them, the run goes on', async () => {
  const items = await collect([corpus, join(root, 'missing.jsonl')]);
  const c = (name: string): string => join(corpus, name);
  assert.deepEqual(items.map(describeItem), [
    `article ${c('a-note.txt')} text`,
    `article ${c('b/wire.jsonl')}#1 jsonl`,
    `article ${c('b/wire.jsonl')}#2 jsonl`,
    `input.malformed-record ${c('b/wire.jsonl')} (record 4): not valid JSON: Unterminated string in JSON at position 73`,
    `input.malformed-record ${c('b/wire.jsonl')} (record 5): no text or html field (also accepted: body, content)`,
    `article ${c('b/wire.jsonl')}#6 jsonl`,
    `input.malformed-record ${c('b/wire.jsonl')} (record 7): expected a JSON object, got an array`,
    `input.malformed-record ${c('b/wire.jsonl')} (record 8): field "title" must be a string, got a number`,
    `article ${c('b/wire.jsonl')}#9 jsonl`,
    `input.empty ${c('blank.md')}: contains only whitespace`,
    `article ${c('c-link/linked.md')} markdown`,
    `input.not-found ${c('dangling.txt')}: symbolic link to a file that does not exist`,
    `input.empty ${c('empty.txt')}: is empty`,
    `input.too-large ${c('huge.txt')}: input is 50 MB (52428800 bytes), over the limit of 5 MB for one article; ` +
      'raise the maxArticleBytes option if it really is one article',
    `input.binary ${c('image.bin')}: looks like a binary file (NUL byte at offset 8); Retold reads UTF-8 plain text (.txt), ` +
      'Markdown (.md), HTML (.html), JSON (.json), JSONL (.jsonl), RSS or Atom (.xml)',
    `input.encoding ${c('latin1.txt')}: not valid UTF-8: byte 0xE9 at byte offset 6; convert the file to UTF-8 ` +
      '(e.g. iconv -f windows-1252 -t utf-8)',
    `article ${c('notes')} html`,
    `input.no-article ${c('page.html')}: no article found: the extracted text has 0 words, fewer than 25`,
    `input.unsupported ${c('report.pdf')}: a .pdf file is not text; Retold reads plain text (.txt), Markdown (.md), ` +
      'HTML (.html), JSON (.json), JSONL (.jsonl), RSS or Atom (.xml)',
    `input.not-found ${join(root, 'missing.jsonl')}: no such file or directory`,
  ]);
  const note = items[0];
  assert.ok(note?.kind === 'article');
  // Plain text: line endings normalised, nothing stripped, no title.
  assert.deepEqual(note.article, {
    kind: 'raw',
    origin: { path: c('a-note.txt'), format: 'text' },
    text: 'HARBOUR NEWS\nThe pier reopened.\n\nBoats returned.\nEnd.\n',
  });
  assert.equal(note.bytes, 58);
  const ferry = items.find((i) => i.kind === 'article' && i.article.origin.path === c('notes'));
  assert.equal(ferry?.kind === 'article' && ferry.article.published, '2024-03-02', 'HTML sniffed from content');
});

test('ingestPaths: a file given by path keeps the path as given; limits come from the options', async () => {
  const wire = join(corpus, 'b', 'wire.jsonl');
  const items = await collect([wire], { maxRecordBytes: 200 });
  assert.deepEqual(
    items.filter((i) => i.kind === 'rejected' && i.error.code === 'input.too-large').map(describeItem),
    [
      `input.too-large ${wire} (record 1): record is 367 bytes, over the limit of 200 bytes for one record; ` +
        'raise the maxRecordBytes option if it really is one record',
      `input.too-large ${wire} (record 6): record is 271 bytes, over the limit of 200 bytes for one record; ` +
        'raise the maxRecordBytes option if it really is one record',
    ],
  );
  await assert.rejects(collect([wire], { maxArticleBytes: 0 }), {
    name: 'ConfigError',
    message: 'maxArticleBytes must be a positive whole number of bytes (e.g. 5242880 for 5 MB), got 0',
  });
});

test('ingestPaths: a JSON object over maxArticleBytes is rejected after reading only its start', async () => {
  const big = join(root, 'big.json');
  writeFileSync(big, `{"title": "Big", "text": "${'a'.repeat(6 * 1024 * 1024)}"}`);
  const items = await collect([big]);
  assert.deepEqual(items.map(describeItem), [
    `input.too-large ${big}: input is 6 MB (6291484 bytes), over the limit of 5 MB for one article; ` +
      'raise the maxArticleBytes option if it really is one article',
  ]);
  // The same file as a one-line JSONL record is a record: its limit is maxRecordBytes.
  const items2 = await collect([big], { maxArticleBytes: 7 * 1024 * 1024 });
  assert.deepEqual(items2.map(describeItem), [`article ${big} json`]);
});

test('ingestPaths: an unreadable file is rejected as input.unreadable', { skip: process.getuid?.() === 0 ? 'running as root: permissions are not enforced' : false }, async () => {
  const locked = join(root, 'locked.txt');
  writeFileSync(locked, 'secret');
  chmodSync(locked, 0o000);
  const items = await collect([locked]);
  assert.deepEqual(items.map(describeItem), [`input.unreadable ${locked}: cannot be read: permission denied; check the file permissions`]);
});

test('ingestPaths reads stdin as "-", sniffing JSONL', () => {
  const script = `import { ingestPaths } from ${JSON.stringify(new URL('./index.ts', import.meta.url).href)};
    for await (const item of ingestPaths(['-'])) console.log(item.kind === 'article' ? JSON.stringify(item.article.origin) + ' ' + item.article.text + ' ' + item.bytes : item.error.message);`;
  const input = '{"text": "first"}\n\n{"text": "second"}\n{broken\n';
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { input, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n'), [
    '{"path":"-","record":1,"format":"jsonl"} first 18',
    '{"path":"-","record":3,"format":"jsonl"} second 20',
    "- (record 4): not valid JSON: Expected property name or '}' in JSON at position 1",
  ]);
});

test('ingestBuffer: format from the name, from the content, or given; BOM stripped; limits apply', () => {
  const one = (items: IngestItem[]): string => items.map(describeItem).join(' | ');
  assert.equal(one(ingestBuffer(Buffer.from('\uFEFF# Title\n\nBody.'), 'upload.md')), 'article upload.md markdown');
  const [md] = ingestBuffer(Buffer.from('\uFEFF# Title\n\nBody.'), 'upload.md');
  assert.deepEqual(md?.kind === 'article' && [md.article.title, md.article.text, md.bytes], ['Title', 'Body.', 17]);
  assert.equal(one(ingestBuffer(Buffer.from('{"text":"a"}\n{"text":"b"}\n'), 'upload')), 'article upload#1 jsonl | article upload#2 jsonl');
  assert.equal(one(ingestBuffer(Buffer.from('{"text":"a"}\n{"text":"b"}\n'), 'upload', { format: 'text' })), 'article upload text');
  const rss = '<rss><channel><title>S</title><item><title>T</title><description>Body text.</description></item></channel></rss>';
  assert.equal(one(ingestBuffer(Buffer.from(rss), 'feed')), 'article feed#1 rss');
  assert.equal(one(ingestBuffer(Buffer.from(rss), 'feed', { format: 'atom' })), 'article feed#1 rss', 'the root element decides');
  assert.equal(one(ingestBuffer(Buffer.from('x'.repeat(300)), 'big.txt', { maxArticleBytes: 100 })),
    'input.too-large big.txt: input is 300 bytes, over the limit of 100 bytes for one article; raise the maxArticleBytes option if it really is one article');
  assert.equal(one(ingestBuffer(new Uint8Array(0), 'nothing.txt')), 'input.empty nothing.txt: is empty');
  // JSONL saved as .json is read as JSONL.
  assert.equal(one(ingestBuffer(Buffer.from('{"text":"a"}\n{"text":"b"}\n'), 'export.json')), 'article export.json#1 jsonl | article export.json#2 jsonl');
  assert.equal(one(ingestBuffer(Buffer.from('{\n "text": "pretty"\n}\n'), 'one.json')), 'article one.json json');
  // A view into a larger buffer: only the view is read.
  const backing = Buffer.from('XXXX plain text YYYY');
  const [view] = ingestBuffer(backing.subarray(5, 15), 'view.txt');
  assert.equal(view?.kind === 'article' && view.article.text, 'plain text');
});

test('rejection wording for unreadable inputs names the cause and the fix', () => {
  const denied = Object.assign(new Error("EACCES: permission denied, open 'x.txt'"), { code: 'EACCES' });
  assert.equal(unreadable('x.txt', denied).error.message, 'x.txt: cannot be read: permission denied; check the file permissions');
  assert.equal(unreadable('x.txt', denied).error.cause, denied);
  const io = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
  assert.equal(unreadable('x.txt', io).error.message, 'x.txt: cannot be read: EIO: i/o error, read');
});
