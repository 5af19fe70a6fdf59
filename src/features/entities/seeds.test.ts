import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType } from '../../model/entity.js';
import { extractEntities, mergeEntities } from './index.js';
import { extractDates } from '../dates/index.js';
import { normaliseArticle } from '../../normalise/index.js';
import type { Article } from '../../model/article.js';

/** The shared seed articles (read-only, never copied). Skipped with a reason when absent. */
const SEEDS = '/work/shared/seeds';
const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const skip = files.length < 5 ? `seed articles not found in ${SEEDS}` : false;
if (skip !== false) console.log(`# skipping seed tests: ${skip}`);

const load = (f: string): Article => normalised(readFileSync(join(SEEDS, f), 'utf8'), { path: f, published: '2025-11-13' });

const find = (entities: readonly Entity[], name: string, type: EntityType): Entity => {
  const e = entities.find((x) => x.name === name && x.type === type);
  assert.ok(e, `${type} "${name}" missing; got ${entities.map((x) => `${x.type}:${x.name}`).join(', ')}`);
  return e;
};

test('seeds 000–003: merged entities', { skip }, () => {
  const per = files.slice(0, 4).map((f) => {
    const a = load(f);
    return { articleId: a.id as string, mentions: extractEntities(a) };
  });
  const entities = mergeEntities(per);
  const belousov = find(entities, 'Andrei Belousov', 'person');
  assert.ok(belousov.aliases.includes('Belousov'));
  assert.ok(belousov.titles.includes('Defense Minister'));
  assert.ok(find(entities, 'Narendra Modi', 'person').aliases.includes('Modi'));
  find(entities, 'Vladimir Putin', 'person');
  find(entities, 'Droupadi Murmu', 'person');
  for (const p of ['India', 'Russia', 'Moscow', 'New Delhi']) find(entities, p, 'place');
  find(entities, 'Observer Research Foundation', 'organisation');
  for (const e of entities) {
    for (const bad of ['Russian', 'Indian', 'Russian-Indian', 'Western']) assert.notEqual(e.name, bad);
    assert.ok(!e.name.includes('Minister'), `title inside a name: ${e.name}`);
  }
});

test('seed 004: S Jaishankar with his surname; headings are not entities', { skip }, () => {
  const a = load(files[4] as string);
  const mentions = extractEntities(a);
  const entities = mergeEntities([{ articleId: a.id, mentions }]);
  const j = find(entities, 'S Jaishankar', 'person');
  assert.ok(j.aliases.includes('Jaishankar'));
  for (const heading of ['Summary', 'Article', 'Background']) {
    assert.ok(!mentions.some((m) => m.text === heading), `${heading} is not an entity`);
  }
});

test('seeds: "December 4-5" is one date range', { skip }, () => {
  const dates = files.slice(0, 4).flatMap((f) => extractDates(load(f)));
  const ranges = dates.filter((d) => d.text === 'December 4-5');
  assert.ok(ranges.length >= 1, `got ${dates.map((d) => d.text).join(', ')}`);
  for (const d of ranges) assert.deepEqual(d.resolved, { start: '2025-12-04', end: '2025-12-05' });
  assert.ok(!dates.some((d) => d.text === 'December 4' || d.text === '5'));
});

/** A RawArticle through the real normaliser (headline, chrome, paragraphs, sentences). */
function normalised(text: string, options: { published?: string; title?: string; path: string }): Article {
  const r = normaliseArticle({
    kind: 'raw',
    origin: { path: options.path, format: 'text' },
    text,
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.title === undefined ? {} : { title: options.title }),
  });
  if (r.kind !== 'article') throw r.error;
  return r.article;
}
