// End-to-end: the analyze pipeline on the seeds, the bundled example corpus and bad inputs, through the
// library and through the CLI (exit codes, JSON and HTML reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, mkdir, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { analyze } from '../src/pipeline/analyze.js';
import { buildReport } from '../src/present/report.js';
import { readGoldFile } from '../src/eval/gold.js';
import { evaluateStories, labelsFromGold } from '../src/eval/stories.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const EXAMPLES = join(ROOT, 'examples', 'corpus');
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
const seedSkip = existsSync(SEEDS) ? false : `no seeds at ${SEEDS}`;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd: ROOT, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('seeds: 000–003 are one story, 004 a separate story linked as related, no copies', { skip: seedSkip }, async () => {
  const result = await analyze([SEEDS]);
  const report = buildReport(result);
  const byFile = new Map(report.stories.flatMap((s) => s.articles.map((a) => [a.path.slice(-24, -21), s] as const)));
  const story = byFile.get('000')!;
  for (const n of ['001', '002', '003']) assert.equal(byFile.get(n)!.id, story.id, `${n} joins 000's story`);
  const other = byFile.get('004')!;
  assert.notEqual(other.id, story.id);
  assert.equal(other.articles.length, 1);
  assert.deepEqual(story.related.map((r) => r.story), [other.id]);
  assert.deepEqual(other.related.map((r) => r.story), [story.id]);
  assert.ok(story.related[0]!.evidence.names.includes('putin'), 'the related link shows the shared actor');
  assert.equal(report.summary.copies, 0);
  assert.deepEqual(story.copies, []);
});

test('example corpus: story BCubed F1 ≥ 0.95 and copy-pair F1 ≥ 0.98 against its gold', async () => {
  const gold = await readGoldFile(join(ROOT, 'examples', 'gold.json'));
  const ev = await evaluateStories([EXAMPLES], labelsFromGold(gold));
  assert.equal(ev.scores.unlabelled, 0, 'every article of the corpus is in the gold');
  assert.equal(ev.result.rejected.length, 0, ev.result.rejected.map((r) => r.message).join('\n'));
  assert.ok(ev.scores.articles >= 40);
  assert.ok(ev.scores.bcubed.f1 >= 0.95, `BCubed F1 ${ev.scores.bcubed.f1}`);
  assert.ok(ev.scores.copies !== undefined && ev.scores.copies.f1 >= 0.98, `copy-pair F1 ${ev.scores.copies?.f1}`);
});

test('the result depends little on arrival order: reversed input gives the same stories on the example corpus', async () => {
  const gold = await readGoldFile(join(ROOT, 'examples', 'gold.json'));
  const forward = await evaluateStories([EXAMPLES], labelsFromGold(gold));
  const files = [...forward.assignments.keys()].map((k) => k.split('#')[0]!).filter((k, i, xs) => xs.indexOf(k) === i);
  const backward = await evaluateStories(files.reverse().map((f) => join(EXAMPLES, f)), labelsFromGold(gold));
  assert.ok(backward.scores.bcubed.f1 >= 0.93, `reversed order BCubed F1 ${backward.scores.bcubed.f1}`);
});

test('bad inputs are each reported with the input named, and the run completes for the rest', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'retold-bad-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0, 1, 2, 3, 0, 0, 9]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners said prices rose.')]));
  await writeFile(join(dir, 'nav.html'), '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  await writeFile(
    join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'ok-1', title: 'Harbour ferry strike ends', text: 'Ferry crews in Port Aldous returned to work on Monday after a four-day strike over rosters ended with a new agreement.' }),
      '{"id": "broken", "text": "unterminated',
      JSON.stringify({ id: 'ok-2', title: 'Tram line reopens', text: 'The Kessel tram line reopened on Tuesday after three weeks of track repairs, the city transport board said.' }),
    ].join('\n'),
  );
  await writeFile(join(dir, 'big.txt'), '');
  await truncate(join(dir, 'big.txt'), 50 * 1024 * 1024);
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'good.txt'), 'Council approves harbour plan\n\nThe Port Aldous council on Wednesday approved a plan to dredge the inner harbour, its chair, Mira Olsen, said.');
  const missing = join(dir, 'does-not-exist');
  const result = await analyze([dir, missing]);
  const byCode = new Map(result.rejected.map((e) => [e.code, e]));
  const expect = (code: string, input: string, record?: number): void => {
    const e = byCode.get(code as never);
    assert.ok(e !== undefined, `a rejection with code ${code}; got ${[...byCode.keys()].join(', ')}`);
    assert.ok(e.message.includes(input), `${code} names ${input}: ${e.message}`);
    if (record !== undefined) assert.equal(e.record, record);
  };
  expect('input.empty', 'empty.txt');
  expect('input.binary', 'binary.txt');
  expect('input.encoding', 'latin1.txt');
  expect('input.no-article', 'nav.html');
  expect('input.malformed-record', 'feed.jsonl', 2);
  expect('input.too-large', 'big.txt');
  expect('input.not-found', 'does-not-exist');
  assert.equal(result.stats.articles, 3, 'the two good JSONL records and sub/good.txt are analysed');

  const out = await cli(['analyze', dir, '--json', join(dir, 'out', 'report.json')]);
  assert.equal(out.code, 1, 'exit 1 when some inputs were rejected');
  assert.match(out.stdout, /6 inputs rejected/);
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')) as { schema: string; rejected: unknown[] };
  assert.equal(report.schema, 'retold.report/1');
  assert.equal(report.rejected.length, 6);
});

test('CLI: JSON report carries the documented fields; HTML report escapes article text; usage errors exit 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'retold-cli-'));
  const evil = 'Mayor <script>alert(1)</script> resigns & "apologises"';
  await writeFile(join(dir, 'a.jsonl'), [
    JSON.stringify({ id: 'x1', url: 'https://harbour.example/mayor', source: 'Harbour Post', title: evil, text: 'The mayor of Lindqvist, Dora Pell, resigned on Friday after an audit found €2.4 million missing from the port fund, the city council said.' }),
    JSON.stringify({ id: 'x2', source: 'Coast Wire', title: 'Lindqvist mayor quits over port fund audit', text: 'Dora Pell stepped down as mayor of Lindqvist on Friday, hours after auditors said €2.4 million could not be traced in the port fund, according to the council.' }),
  ].join('\n'));
  const ok = await cli(['analyze', dir, '--json', join(dir, 'r.json'), '--html', join(dir, 'r.html')]);
  assert.equal(ok.code, 0, ok.stderr);
  const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as {
    stories: { id: string; articles: { id: string; title: string; url?: string; path: string }[]; copies: string[][]; related: unknown[] }[];
  };
  assert.equal(report.stories.length, 1, 'the two tellings are one story');
  const [story] = report.stories;
  assert.match(story!.id, /^s\d{6}$/);
  assert.deepEqual(story!.articles.map((a) => a.title).sort(), [evil, 'Lindqvist mayor quits over port fund audit'].sort());
  assert.equal(story!.articles.find((a) => a.url !== undefined)!.url, 'https://harbour.example/mayor');
  assert.ok(Array.isArray(story!.copies) && Array.isArray(story!.related));
  const page = await readFile(join(dir, 'r.html'), 'utf8');
  assert.ok(!page.includes('<script>alert(1)</script>'), 'no raw markup from article text');
  assert.ok(page.includes('Mayor &lt;script&gt;alert(1)&lt;/script&gt; resigns &amp; &quot;apologises&quot;'));
  assert.ok(!/<script\b/i.test(page), 'the static report has no script at all');

  const usage = await cli(['analyze']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /missing required argument/);
  const unknown = await cli(['frobnicate']);
  assert.equal(unknown.code, 2);
});
