// End-to-end: the story detail of the report (agreement, additions, quotes, entities, timeline, provenance)
// on the seeds (when present) and on the bundled example corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../src/pipeline/analyze.js';
import { buildReport, type ReportStory } from '../src/present/report.js';
import type { Article } from '../src/model/article.js';
import { ingestPaths } from '../src/ingest/index.js';
import { normaliseArticle } from '../src/normalise/index.js';
import { Rarity } from '../src/features/rarity.js';
import { FeatureExtractor } from '../src/features/extract.js';
import { Grouper } from '../src/group/grouper.js';
import { StoryDetailer, detailArticle, detailStory } from '../src/pipeline/detail.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const seedSkip = existsSync(SEEDS) ? false : `no seeds at ${SEEDS}`;

const claimWith = (s: ReportStory, ...words: RegExp[]): boolean =>
  s.agreement.some((c) => c.support === 4 && c.sentences.length >= 4 && words.every((w) => c.sentences.some((x) => w.test(x.text))));

test('seeds: five facts agreed by all four versions; 001/003 quotes are additions; sources classified', { skip: seedSkip }, async () => {
  const report = buildReport(await analyze([SEEDS]));
  const story = report.stories.find((s) => s.articles.length === 4)!;
  assert.equal(story.versions, 4);
  assert.ok(claimWith(story, /arrival in India marks a (significant|pivotal)/), 'arrival as a significant/pivotal moment');
  assert.ok(claimWith(story, /22nd session/), '22nd session of the commission');
  assert.ok(claimWith(story, /December 4-5/), 'state visit on December 4–5');
  assert.ok(claimWith(story, /Murmu/, /Modi/), 'meeting Murmu and Modi');
  assert.ok(claimWith(story, /intergovernmental and commercial/), 'agreements expected');

  const file = (id: string): string => story.articles.find((a) => a.id === id)!.path.slice(-24, -21);
  const quoteAdditions = story.articles.flatMap((a) => a.additions.filter((x) => x.holds.includes('quote')).map(() => file(a.id)));
  assert.ok(quoteAdditions.includes('001') && quoteAdditions.includes('003'));
  assert.ok(quoteAdditions.every((f) => f === '001' || f === '003'), 'only 001 and 003 carry quotes of their own');

  assert.equal(story.quotes.length, 14);
  const anonymous = story.quotes.find((q) => q.speaker === 'a senior Russian defense official');
  assert.equal(anonymous?.status, 'anonymous');
  assert.deepEqual(story.quotes.filter((q) => /Anand Sharma/.test(q.speaker ?? '')).map((q) => q.status), ['named', 'named']);
  assert.equal(story.quotes.find((q) => q.speaker === 'a Russian diplomat')?.status, 'unnamed');
  assert.ok(!story.quotes.some((q) => /privileged strategic partnership|^aggression$/.test(q.text)), 'scare quotes are not quotes');
  assert.deepEqual(story.sourceStatus, { named: 2, unnamed: 8, anonymous: 4 });

  const entity = (name: string): ReportStory['entities'][number] | undefined => story.entities.find((e) => e.name === name);
  assert.equal(entity('Andrei Belousov')?.type, 'person');
  assert.ok(entity('Andrei Belousov')!.aliases.includes('Belousov'));
  assert.ok(entity('Narendra Modi')!.aliases.includes('Modi'));
  assert.equal(entity('New Delhi')?.type, 'place');
  assert.ok(story.timeline.some((t) => t.text.includes('December 4-5')));
  assert.ok(story.provenance !== undefined && story.provenance.articles === 4);
});

test('example corpus: every multi-version story has agreement and provenance; copies count once in support', async () => {
  const report = buildReport(await analyze([join(ROOT, 'examples', 'corpus')]));
  for (const s of report.stories.filter((x) => x.versions >= 2)) {
    assert.ok(s.agreement.length > 0, `${s.id} ${s.title}: no agreement`);
    assert.ok(s.agreement.every((c) => c.support <= s.versions), `${s.id}: support above the number of versions`);
    assert.ok(s.provenance !== undefined);
    for (const a of s.articles) {
      assert.ok(a.shares !== undefined, `${a.id}: shared/added counts`);
      assert.equal(a.shares.shared + a.shares.added, a.shares.total);
    }
  }
  const withCopies = report.stories.find((s) => s.copies.some((g) => g.length >= 3));
  assert.ok(withCopies !== undefined, 'the corpus has a story with a copy group of three');
  const status = Object.values(withCopies.sourceStatus).reduce((a, b) => a + b, 0);
  assert.ok(status <= withCopies.quotes.length, 'copies do not inflate the source counts');
});

test('the detail kept of each story is the detail detailStory makes, without the sentence pairs', async () => {
  const articles: Article[] = [];
  for await (const item of ingestPaths([join(ROOT, 'examples', 'corpus'), ...(seedSkip === false ? [SEEDS] : [])])) {
    if (item.kind !== 'article') continue;
    const n = normaliseArticle(item.article);
    if (n.kind === 'article') articles.push(n.article);
  }
  const rarity = new Rarity();
  const extractor = new FeatureExtractor({ rarity });
  const grouper = new Grouper(rarity);
  for (const a of articles) grouper.place(extractor.extract(a));
  const grouping = grouper.finish();
  const detailer = new StoryDetailer(grouping.stories, rarity);
  for (const a of articles) detailer.add(a);
  const kept = detailer.finish();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const details = new Map(articles.map((a) => [a.id, detailArticle(a)]));
  let aligned = 0;
  for (const s of grouping.stories) {
    const direct = detailStory(s, byId, details, rarity);
    const expected = direct.alignment === undefined ? direct : { ...direct, alignment: { ...direct.alignment, alignments: [] } };
    assert.ok(isDeepStrictEqual(kept.get(s.id), expected), `story ${s.id}: the kept detail differs from detailStory's`);
    if (direct.alignment !== undefined && direct.alignment.alignments.length > 0) aligned++;
  }
  assert.ok(aligned >= 5, `${aligned} stories with aligned sentences`);
});
