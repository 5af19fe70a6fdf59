// The JSON report written a story at a time holds the report object, one story per line, and the
// story details it reads wait in a temporary file that leaves nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { SpilledDetails } from '../src/pipeline/spill.js';
import { assembleReport, buildReport, reportParts } from '../src/present/report.js';
import { writeJsonReport } from '../src/present/report-json.js';
import type { ArticleId, StoryId } from '../src/model/ids.js';
import type { StoryDetail } from '../src/pipeline/detail.js';
import { OutputError } from '../src/model/errors.js';

const SEEDS = '../shared/seeds';
const dir = mkdtempSync(join(tmpdir(), 'retold-report-json-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('written a story at a time, the report holds what the report object holds, one story per line', async () => {
  const inputs: string[][] = [['examples/corpus'], ['test/fixtures/ingest'], ...(existsSync(SEEDS) ? [[SEEDS]] : [])];
  for (const paths of inputs) {
    const result = await analyze(paths);
    const now = new Date('2026-01-02T03:04:05Z');
    const file = join(dir, 'nested', `${paths[0]!.replace(/\W/g, '_')}.json`);
    writeJsonReport(file, reportParts(result, now));
    const written = readFileSync(file, 'utf8');
    const report = buildReport(result, now);
    assert.deepEqual(JSON.parse(written), JSON.parse(JSON.stringify(report)), paths.join(' '));
    // One story per line, in report order.
    const lines = written.split('\n').filter((l) => l.startsWith('    {"id":'));
    assert.deepEqual(lines.map((l) => (JSON.parse(l.replace(/,$/, '')) as { id: string }).id), report.stories.map((s) => s.id));
  }
});

test('story details kept in a temporary file give the same report as details kept in memory', async () => {
  const now = new Date('2026-01-02T03:04:05Z');
  const paths = ['examples/corpus', ...(existsSync(SEEDS) ? [SEEDS] : [])];
  const inMemory = buildReport(await analyze(paths), now);
  const spilled = await analyze(paths, { spillDetailsAbove: 0 });
  assert.ok(spilled.stories instanceof SpilledDetails);
  const fromFile = buildReport(spilled, now);
  assert.deepEqual(fromFile.stories, inMemory.stories);
  assert.deepEqual({ ...fromFile.summary, ms: 0 }, { ...inMemory.summary, ms: 0 });
  assert.ok(inMemory.stories.some((s) => s.agreement.length > 0));
});

test('an empty analysis still writes a valid report', async () => {
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const result = await analyze([empty]);
  const file = join(dir, 'empty.json');
  writeJsonReport(file, reportParts(result));
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { stories: unknown[]; rejected: unknown[] };
  assert.deepEqual(parsed.stories, []);
});

test('a report can carry the detail of some stories only', async () => {
  const parts = reportParts(await analyze(['examples/corpus']));
  const first = parts.stories[0]!;
  const report = assembleReport(parts, (s) => s === first);
  assert.ok(report.stories[0]!.agreement.length > 0);
  assert.ok(report.stories.slice(1).every((s) => s.agreement.length === 0 && s.quotes.length === 0));
});

test('spilled details: read back equal, in insertion order; the file is gone from the start; reads fail once closed', () => {
  const before = readdirSync(tmpdir()).filter((f) => f.startsWith('retold-details-')).length;
  const spill = new SpilledDetails();
  assert.equal(readdirSync(tmpdir()).filter((f) => f.startsWith('retold-details-')).length, before, 'no folder left behind');
  const detail = (n: number): StoryDetail => ({
    entities: [],
    quotes: [],
    quoteGroups: [{ text: `“Quote ${n}” with ’ and é`, articles: ['a' as ArticleId], speakers: [], speakersDiffer: false, single: true }],
    sourceStatus: { named: n, unnamed: 0, anonymous: 1 },
    timeline: [],
    numbers: [],
  });
  for (let i = 0; i < 50; i++) spill.set(`s${i}` as StoryId, detail(i));
  assert.equal(spill.size, 50);
  assert.deepEqual(spill.get('s7' as StoryId), detail(7));
  assert.deepEqual(spill.get('s49' as StoryId), detail(49));
  assert.equal(spill.get('nope' as StoryId), undefined);
  assert.deepEqual([...spill.keys()].slice(0, 3), ['s0', 's1', 's2']);
  assert.deepEqual([...spill.values()].map((d) => d.sourceStatus.named), [...Array(50).keys()]);
  spill.close();
  assert.throws(() => spill.get('s1' as StoryId), /after close/);
});

test('a report path that cannot be written, or no room for temporary files, is a clear output.failed error', async () => {
  const parts = reportParts(await analyze(['examples/corpus']));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  assert.throws(() => writeJsonReport(join(file, 'r.json'), parts), (e: unknown) => {
    assert.ok(e instanceof OutputError);
    assert.equal(e.code, 'output.failed');
    assert.match(e.message, /a-file\/r\.json: cannot write the report here \(E\w+: [^)]+\); choose another path for --json$/);
    return true;
  });
  assert.throws(() => new SpilledDetails(join(dir, 'no-such-folder')), /no-such-folder: cannot keep story details in a temporary file here \(ENOENT: [^)]+\); set TMPDIR/);
});
