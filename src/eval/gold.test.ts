import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../model/errors.js';
import { mergeGold, parseGold, readGoldFile } from './gold.js';

const valid = {
  version: 1,
  stories: [
    {
      id: 'harbour-fire',
      title: 'Fire at Velmora harbour',
      topic: 'fires',
      articles: ['a1', 'a2', 'a3', 'a4'],
      copies: [['a1', 'a2', 'a3']],
      related: ['mill-fire'],
    },
    { id: 'mill-fire', topic: 'fires', articles: ['b1'] },
    { id: 'budget', articles: ['c1', 'c2'], copies: [] },
  ],
};

test('parseGold reads stories, maps articles to stories and topics, and collects copy groups', () => {
  const gold = parseGold(valid, 'gold.json');
  assert.equal(gold.source, 'gold.json');
  assert.deepEqual(
    gold.stories.map((s) => s.id),
    ['harbour-fire', 'mill-fire', 'budget'],
  );
  assert.equal(gold.storyOf.get('a4'), 'harbour-fire');
  assert.equal(gold.storyOf.get('c2'), 'budget');
  assert.equal(gold.storyOf.size, 7);
  assert.equal(gold.topicOf.get('b1'), 'fires');
  assert.equal(gold.topicOf.has('c1'), false);
  assert.deepEqual(gold.copyGroups, [['a1', 'a2', 'a3']]);
  const mill = gold.stories[1];
  assert.deepEqual(mill?.copies, []);
  assert.deepEqual(mill?.related, []);
  assert.equal(mill?.title, undefined);
  assert.equal('title' in (mill ?? {}), false, 'absent optional fields stay absent');
  assert.equal(gold.stories[0]?.title, 'Fire at Velmora harbour');
});

/** Deep copy of the valid gold with one change applied. */
const variant = (change: (g: { version: unknown; stories: Record<string, unknown>[] }) => void): unknown => {
  const copy = structuredClone(valid) as unknown as { version: unknown; stories: Record<string, unknown>[] };
  change(copy);
  return copy;
};

const rejects = (json: unknown, message: string): void => {
  assert.throws(
    () => parseGold(json, 'gold.json'),
    (e: unknown) => {
      assert.ok(e instanceof ConfigError, 'a ConfigError');
      assert.equal(e.code, 'config.invalid');
      assert.equal(e.message, message);
      return true;
    },
  );
};

test('parseGold names the file and the entry at fault', () => {
  rejects([], 'gold.json: the top level must be an object {"version": 1, "stories": [...]}, got an array');
  rejects(
    variant((g) => (g.version = 2)),
    'gold.json: version must be 1, got number 2 (this Retold reads gold version 1 only)',
  );
  rejects(
    variant((g) => delete (g as { version?: unknown }).version),
    'gold.json: version is missing; add "version": 1',
  );
  rejects({ version: 1, stories: {} }, 'gold.json: stories must be an array, got an object');
  rejects(
    { version: 1, stories: [], extra: true },
    'gold.json: field "extra" is not part of the gold format (expected "version", "stories")',
  );
  rejects(
    variant((g) => (g.stories[2] = { id: 'budget', articles: ['c1', 7] })),
    'gold.json: stories[2].articles[1] is not a string (got number 7)',
  );
  rejects(
    variant((g) => (g.stories[1] = { id: 'mill-fire', articles: ['a3'] })),
    'gold.json: stories[1].articles[0] "a3" is already in story "harbour-fire" (stories[0]); ' +
      'an article belongs to one story',
  );
  rejects(
    variant((g) => (g.stories[1] = { id: 'mill-fire', articles: ['b1', 'b1'] })),
    'gold.json: stories[1].articles[1] "b1" is listed twice in this story',
  );
  rejects(
    variant((g) => ((g.stories[0] as Record<string, unknown>)['copies'] = [['a1', 'c1']])),
    'gold.json: stories[0].copies[0][1] "c1" is not among this story\'s articles; add it to stories[0].articles',
  );
  rejects(
    variant((g) => ((g.stories[0] as Record<string, unknown>)['copies'] = [['a1', 'a2'], ['a3', 'a2']])),
    'gold.json: stories[0].copies[1][1] "a2" is already in stories[0].copies[0]; join the two groups',
  );
  rejects(
    variant((g) => ((g.stories[0] as Record<string, unknown>)['copies'] = [['a1']])),
    'gold.json: stories[0].copies[0] has 1 member(s); a copy group needs at least two',
  );
  rejects(
    variant((g) => ((g.stories[0] as Record<string, unknown>)['related'] = ['nowhere'])),
    'gold.json: stories[0].related[0] "nowhere" is not the id of any story in this file',
  );
  rejects(
    variant((g) => (g.stories[2] = { id: 'harbour-fire', articles: ['c1'] })),
    'gold.json: stories[2].id "harbour-fire" is already the id of stories[0]',
  );
  rejects(
    variant((g) => (g.stories[2] = { id: 'budget', artciles: ['c1'] })),
    'gold.json: stories[2] has unknown field "artciles" (expected id, title, topic, articles, copies, related)',
  );
  rejects(
    variant((g) => (g.stories[2] = { id: 'budget', articles: [] })),
    'gold.json: stories[2].articles is empty; a story needs at least one article',
  );
  rejects(
    variant((g) => (g.stories[2] = { id: '', articles: ['c1'] })),
    'gold.json: stories[2].id is an empty string',
  );
  rejects(
    variant((g) => (g.stories[2] = { id: 'budget', topic: 3, articles: ['c1'] })),
    'gold.json: stories[2].topic must be a string, got number 3',
  );
});

test('readGoldFile reads a file and reports a missing file or bad JSON with the path', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'retold-gold-'));
  try {
    const good = join(dir, 'gold.json');
    await writeFile(good, JSON.stringify(valid));
    const gold = await readGoldFile(good);
    assert.equal(gold.storyOf.get('b1'), 'mill-fire');
    assert.equal(gold.source, good);

    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"version": 1, "stories": [');
    await assert.rejects(readGoldFile(bad), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(`));
      return true;
    });
    const missing = join(dir, 'missing.json');
    await assert.rejects(readGoldFile(missing), { name: 'ConfigError', message: `gold file not found: ${missing}` });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('mergeGold joins parts and refuses shared story ids or articles, naming both sources', () => {
  const a = parseGold(valid, 'a.json');
  const other = { id: 'other', topic: 'floods', articles: ['d1', 'd2'], copies: [['d1', 'd2']] };
  const b = parseGold({ version: 1, stories: [other] }, 'b.json');
  const merged = mergeGold([a, b]);
  assert.equal(merged.source, 'a.json + b.json');
  assert.equal(merged.stories.length, 4);
  assert.equal(merged.storyOf.get('d2'), 'other');
  assert.equal(merged.storyOf.get('a1'), 'harbour-fire');
  assert.equal(merged.topicOf.get('d1'), 'floods');
  assert.deepEqual(merged.copyGroups, [['a1', 'a2', 'a3'], ['d1', 'd2']]);
  assert.equal(mergeGold([]).stories.length, 0);

  assert.throws(() => mergeGold([a, parseGold(valid, 'c.json')]), {
    name: 'ConfigError',
    message: 'story id "harbour-fire" is used in both a.json and c.json; rename one',
  });
  const sharesArticle = parseGold({ version: 1, stories: [{ id: 'x', articles: ['zz', 'c2'] }] }, 'd.json');
  assert.throws(() => mergeGold([a, sharesArticle]), {
    name: 'ConfigError',
    message: 'article "c2" is in story "budget" (a.json) and in story "x" (d.json); an article belongs to one story',
  });
});
