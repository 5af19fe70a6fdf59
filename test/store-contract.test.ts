// The Store contract: every implementation must pass this suite. It is parameterised by a factory; SQLite runs
// here, PostgreSQL is listed and skipped (with the reason printed) until src/store/postgres/ exists.
import { after, before, describe, test } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Article } from '../src/model/article.js';
import { RetoldError, StoreError } from '../src/model/errors.js';
import { asArticleId, asStoryId, type ArticleId } from '../src/model/ids.js';
import type { ArticleFeatures } from '../src/model/features.js';
import type { Placement } from '../src/model/story.js';
import { FeatureExtractor } from '../src/features/extract.js';
import { Rarity } from '../src/features/rarity.js';
import { EMPTY_HEAD, SCHEMA_VERSION, SqliteStore, StoredCorpus, normaliseItems, type Store, type StoreWriter, type StoryRecord } from '../src/store/index.js';
import { ingestPaths } from '../src/ingest/index.js';
import { groupOptions } from '../src/group/grouper.js';
import { normaliseArticle } from '../src/normalise/index.js';
import { partition, synth, synthArticles, withTempDir } from './store-fixtures.js';

/** How the suite reaches one implementation. */
interface StoreFactory {
  readonly name: string;
  /** Why it cannot run here, or false. */
  readonly skip: string | false;
  /** A new, empty store location inside `dir`, and how to open it (any number of times, also at once). */
  location(dir: string): { open(): Promise<Store> };
  /** Make the store at this location look written by a newer Retold. */
  setSchemaVersion(dir: string, version: number): Promise<void>;
}

const sqlite: StoreFactory = {
  name: 'sqlite',
  skip: false,
  location: (dir) => ({ open: async () => SqliteStore.open({ path: join(dir, 'store.db') }) }),
  setSchemaVersion: (dir, version) => {
    const db = new Database(join(dir, 'store.db'));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(version));
    db.close();
    return Promise.resolve();
  },
};

const postgres: StoreFactory = {
  name: 'postgres',
  skip: 'no PostgreSQL implementation yet (src/store/postgres/ is to come); this entry runs the same suite once it exists',
  location: () => ({ open: () => Promise.reject(new Error('not implemented')) }),
  setSchemaVersion: () => Promise.reject(new Error('not implemented')),
};

const IMPLEMENTATIONS: readonly StoreFactory[] = [sqlite, postgres];

// One small corpus for the whole suite: 240 synthetic articles (stories with copies and rewrites), in 3 batches.
const CORPUS = synth(240, 11);
const ARTICLES = synthArticles(CORPUS);
const BATCHES = [ARTICLES.slice(0, 80), ARTICLES.slice(80, 160), ARTICLES.slice(160)];

async function exampleArticles(): Promise<Article[]> {
  const items = [];
  for await (const item of ingestPaths([join(import.meta.dirname, '..', 'examples', 'corpus')])) items.push(item);
  return normaliseItems(items).articles;
}

async function membership(store: Store, ids: readonly ArticleId[]): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for (const [a, s] of await store.existing(ids)) m.set(a, s);
  return m;
}

async function allStories(store: Store): Promise<StoryRecord[]> {
  const out: StoryRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.listStories({ limit: 500, offset, order: 'created' });
    out.push(...page.stories);
    if (page.stories.length < 500) return out;
  }
}

for (const impl of IMPLEMENTATIONS) {
  describe(`Store contract: ${impl.name}`, { skip: impl.skip }, () => {
    const fresh = <T>(run: (open: () => Promise<Store>, dir: string) => Promise<T>): Promise<T> =>
      withTempDir((dir) => run(impl.location(dir).open, dir));

    test('a new store is empty and at the current schema version', () =>
      fresh(async (open) => {
        const store = await open();
        try {
          assert.equal(store.schemaVersion, SCHEMA_VERSION);
          assert.equal(store.openedVersion, 0);
          assert.deepEqual(await store.head(), EMPTY_HEAD);
          const s = await store.stats();
          assert.deepEqual([s.articles, s.stories, s.merged, s.terms], [0, 0, 0, 0]);
          assert.equal((await store.listStories({})).total, 0);
          assert.equal(await store.getStory(asStoryId('s000001')), undefined);
          assert.equal(await store.getArticle(asArticleId('0123456789abcdef')), undefined);
        } finally {
          await store.close();
        }
      }));

    test('articles read back as written: text, sentences, placement, features', () =>
      fresh(async (open) => {
        const store = await open();
        try {
          const corpus = await StoredCorpus.open(store);
          const result = await corpus.add(BATCHES[0]!);
          assert.equal(result.articles.filter((o) => o.status === 'stored').length, 80);
          // The reference: the same articles through a fresh extractor in the same order.
          const rarity = new Rarity();
          const extractor = new FeatureExtractor({ rarity });
          const expected = new Map<string, ArticleFeatures>(BATCHES[0]!.map((a) => [a.id, extractor.extract(a)]));
          for (const [i, a] of BATCHES[0]!.entries()) {
            const stored = await store.getArticle(a.id);
            assert.ok(stored !== undefined, `article ${a.id} is stored`);
            assert.deepEqual(stored.article, a);
            assert.deepEqual(stored.placement, result.articles[i]!.placement);
            assert.equal(stored.seq, result.articles[i]!.seq);
            const f = await store.getFeatures(a.id);
            assert.deepEqual(f?.features, expected.get(a.id));
          }
          const head = await store.head();
          assert.equal(head.articles, 80);
          assert.equal(head.terms, rarity.size, 'the vocabulary stored is the one the features refer to');
          const terms = await store.readTerms(0, head.terms);
          const snap = rarity.snapshot(0, false);
          assert.deepEqual(terms.terms, snap.terms);
          assert.deepEqual(terms.labels, snap.labels);
        } finally {
          await store.close();
        }
      }));

    test('adding stored articles again writes nothing', () =>
      fresh(async (open) => {
        const store = await open();
        try {
          const corpus = await StoredCorpus.open(store);
          const first = await corpus.add(BATCHES[0]!);
          const head = await store.head();
          const again = await corpus.add([...BATCHES[0]!.slice(0, 10), BATCHES[0]![0]!]);
          assert.deepEqual(again.articles.map((o) => o.status), Array(11).fill('existing'));
          assert.deepEqual(again.articles.map((o) => o.story), [...first.articles.slice(0, 10), first.articles[0]!].map((o) => o.story));
          assert.deepEqual(await store.head(), head);
          // Twice in one batch: stored once.
          const dup = await corpus.add([BATCHES[1]![0]!, BATCHES[1]![0]!]);
          assert.deepEqual(dup.articles.map((o) => o.status), ['stored', 'existing']);
          assert.equal((await store.stats()).articles, 81);
        } finally {
          await store.close();
        }
      }));

    test('a write that throws is rolled back whole', () =>
      fresh(async (open) => {
        const store = await open();
        try {
          const a = BATCHES[0]![0]!;
          const features = new FeatureExtractor({ rarity: new Rarity() }).extract(a);
          const placement: Placement = { kind: 'new', article: a.id, story: asStoryId('s000001') };
          await assert.rejects(
            store.write(async (w) => {
              await w.appendArticles([{ article: a, features, placement }]);
              assert.equal((await w.existing([a.id])).size, 1, 'visible inside the transaction');
              throw new Error('power cut');
            }),
            /power cut/,
          );
          assert.equal((await store.existing([a.id])).size, 0);
          assert.deepEqual(await store.head(), EMPTY_HEAD);
          assert.equal(await store.getStory(asStoryId('s000001')), undefined);
        } finally {
          await store.close();
        }
      }));

    test('a batch that fails part-way leaves neither the store nor the in-memory state changed', async () => {
      const clean = await fresh(async (open) => {
        const store = await open();
        const corpus = await StoredCorpus.open(store);
        for (const b of BATCHES.slice(0, 2)) await corpus.add(b);
        const m = await membership(store, ARTICLES.map((a) => a.id));
        await store.close();
        return m;
      });
      const recovered = await fresh(async (open) => {
        const store = await open();
        let failNext = false;
        // The same store, with a writer whose story update fails once (a full disk, say), after placing the batch.
        const flaky: Store = Object.create(store, {
          write: {
            value: <T>(fn: (w: StoreWriter) => Promise<T>): Promise<T> =>
              store.write((w) =>
                fn(
                  Object.create(w, {
                    updateStories: {
                      value: (rows: Parameters<StoreWriter['updateStories']>[0]) => {
                        if (failNext) {
                          failNext = false;
                          return Promise.reject(new StoreError('store.failed', 'disk full'));
                        }
                        return w.updateStories(rows);
                      },
                    },
                  }) as StoreWriter,
                ),
              ),
          },
        }) as Store;
        const corpus = await StoredCorpus.open(flaky);
        await corpus.add(BATCHES[0]!);
        failNext = true;
        await assert.rejects(corpus.add(BATCHES[1]!), /disk full/);
        assert.equal((await store.head()).articles, 80, 'nothing of the failed batch was kept');
        await corpus.add(BATCHES[1]!);
        const m = await membership(store, ARTICLES.map((a) => a.id));
        await store.close();
        return m;
      });
      assert.deepEqual(recovered, clean);
    });

    test('reopening replays the log: the next batches are placed as by a corpus that never closed', async () => {
      const straight = await fresh(async (open) => {
        const store = await open();
        const corpus = await StoredCorpus.open(store);
        const placements: unknown[] = [];
        for (const b of BATCHES) placements.push(...(await corpus.add(b)).articles.map((o) => o.placement));
        const m = await membership(store, ARTICLES.map((a) => a.id));
        await store.close();
        return { placements, m };
      });
      const reopened = await fresh(async (open) => {
        const placements: unknown[] = [];
        for (const b of BATCHES) {
          const store = await open();
          const corpus = await StoredCorpus.open(store);
          assert.equal(corpus.restored.articles, (await store.head()).articles);
          placements.push(...(await corpus.add(b)).articles.map((o) => o.placement));
          await store.close();
        }
        const store = await open();
        const m = await membership(store, ARTICLES.map((a) => a.id));
        await store.close();
        return { placements, m };
      });
      assert.deepEqual(reopened.placements, straight.placements, 'same placements, scores and evidence');
      assert.deepEqual(reopened.m, straight.m, 'same stories with the same ids');
      assert.ok(partition(straight.m).some((g) => g.length >= 3), 'the corpus has multi-article stories');
    });

    test('merges found by reconciling are stored and replayed: batches with restarts between them end as one run', async () => {
      const examples = await exampleArticles();
      const batches: Article[][] = [];
      for (let i = 0; i < examples.length; i += 6) batches.push(examples.slice(i, i + 6));
      const run = (restart: boolean): Promise<{ placements: unknown[]; m: Map<string, string>; merges: number; mergedStories: number; similar: unknown[] }> =>
        fresh(async (open) => {
          let store = await open();
          let corpus = await StoredCorpus.open(store);
          const placements: unknown[] = [];
          let merges = 0;
          for (const b of batches) {
            if (restart) {
              await store.close();
              store = await open();
              corpus = await StoredCorpus.open(store);
            }
            const r = await corpus.add(b);
            merges += r.merges.length;
            placements.push(...r.articles.map((o) => o.placement));
          }
          const m = await membership(store, examples.map((a) => a.id));
          const mergedStories = (await store.stats()).merged;
          // Reopened, the story vectors must be the ones the run built in memory: the scores against them show it.
          if (restart) {
            await store.close();
            store = await open();
            corpus = await StoredCorpus.open(store);
          }
          const similar: unknown[] = [];
          for (const a of examples) similar.push(await corpus.similar(a.id, 5));
          await store.close();
          return { placements, m, merges, mergedStories, similar };
        });
      const straight = await run(false);
      const restarted = await run(true);
      assert.ok(straight.merges >= 1, 'the example corpus in batches of 6 makes at least one merge');
      assert.equal(straight.mergedStories, straight.merges);
      assert.deepEqual(restarted, straight);
    });

    test('two handles writing in turn end with the stories of one writer (each catches up first)', async () => {
      const single = await fresh(async (open) => {
        const store = await open();
        const corpus = await StoredCorpus.open(store);
        for (const b of BATCHES) await corpus.add(b);
        const m = await membership(store, ARTICLES.map((a) => a.id));
        await store.close();
        return m;
      });
      const shared = await fresh(async (open) => {
        const one = await open();
        const two = await open();
        try {
          const c1 = await StoredCorpus.open(one);
          const c2 = await StoredCorpus.open(two);
          await c1.add(BATCHES[0]!);
          await c2.add(BATCHES[1]!);
          await c1.add(BATCHES[2]!);
          assert.equal(await c2.sync(), 80, 'the other handle replays the batch it did not write');
          return await membership(two, ARTICLES.map((a) => a.id));
        } finally {
          await one.close();
          await two.close();
        }
      });
      assert.deepEqual(shared, single);
    });

    describe('reading', () => {
      let dir: string;
      let store: Store;
      let corpus: StoredCorpus;
      let stories: StoryRecord[];
      before(async () => {
        dir = await mkdtemp(join(tmpdir(), 'retold-contract-'));
        store = await impl.location(dir).open();
        corpus = await StoredCorpus.open(store);
        for (const b of BATCHES) await corpus.add(b);
        await store.indexSearch();
        stories = await allStories(store);
      });
      after(async () => {
        await store?.close();
        await rm(dir, { recursive: true, force: true });
      });

      test('pages by cursor cover every live story once, in order', async () => {
                for (const order of ['updated', 'created', 'size'] as const) {
          const seen: StoryRecord[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await store.listStories({ order, limit: 7, ...(cursor === undefined ? {} : { cursor }) });
            assert.equal(page.total, stories.length);
            seen.push(...page.stories);
            cursor = page.next;
            pages++;
          } while (cursor !== undefined);
          assert.equal(pages, Math.ceil(stories.length / 7));
          assert.deepEqual(seen.map((s) => s.id).sort(), stories.map((s) => s.id).sort(), `${order}: every story once`);
          const key = (s: StoryRecord): number => (order === 'updated' ? s.updatedAt : order === 'size' ? s.articles : Number(s.id.slice(1)));
          for (let i = 1; i < seen.length; i++) assert.ok(key(seen[i - 1]!) >= key(seen[i]!), `${order}: newest or largest first`);
          const byOffset = await store.listStories({ order, limit: 7, offset: 7 });
          assert.deepEqual(byOffset.stories.map((s) => s.id), seen.slice(7, 14).map((s) => s.id), 'offset pages agree with cursor pages');
        }
        const total = stories.reduce((n, s) => n + s.articles, 0);
        assert.equal(total, ARTICLES.length, 'every article is in exactly one live story');
        await assert.rejects(store.listStories({ cursor: 'nonsense' }), (e: unknown) => e instanceof RetoldError && e.code === 'usage');
        const created = (await store.listStories({ order: 'created', limit: 2 })).next!;
        await assert.rejects(store.listStories({ order: 'size', cursor: created }), /made for order "created"/);
        await assert.rejects(store.listStories({ limit: 0 }), /limit must be a whole number from 1 to 500/);
      });

      test('filters: time span, entity name, source', async () => {
                const dated = stories.filter((s) => s.first !== undefined && s.last !== undefined);
        assert.ok(dated.length > 10);
        const mid = dated[Math.floor(dated.length / 2)]!;
        const from = mid.first!;
        const to = mid.first! + 86_400_000;
        const inRange = (await store.listStories({ from, to, limit: 500 })).stories.map((s) => s.id).sort();
        const expected = dated.filter((s) => s.last! >= from && s.first! <= to).map((s) => s.id).sort();
        assert.deepEqual(inRange, expected);
        assert.ok(expected.length > 0 && expected.length < stories.length);

        const withNames = stories.find((s) => s.names.length >= 2 && s.articles >= 2)!;
        const name = withNames.names[0]!;
        const part = name.slice(1, -1).toUpperCase();
        const byEntity = (await store.listStories({ entity: part, limit: 500 })).stories;
        assert.ok(byEntity.some((s) => s.id === withNames.id), `a substring of ${name} finds its story`);
        for (const s of byEntity) assert.ok(s.names.some((n) => n.includes(part.toLowerCase())));
        const two = (await store.listStories({ entity: `${withNames.names[0]} ${withNames.names[1]}`, limit: 500 })).stories;
        assert.ok(two.some((s) => s.id === withNames.id));
        assert.ok(two.length <= byEntity.length);

        const source = withNames.sources[0]!;
        const bySource = (await store.listStories({ source: source.toLowerCase(), limit: 500 })).stories.map((s) => s.id).sort();
        assert.deepEqual(bySource, stories.filter((s) => s.sources.includes(source)).map((s) => s.id).sort(), 'case-insensitive, exact source');
      });

      test('a story lists its articles in arrival order with their placements', async () => {
                const big = [...stories].sort((a, b) => b.articles - a.articles)[0]!;
        const rows = await store.storyArticles(big.id);
        assert.equal(rows.length, big.articles);
        for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.seq < rows[i]!.seq);
        for (const r of rows) assert.equal(r.story, big.id);
        assert.equal(rows[0]!.placement.kind === 'new' || rows[0]!.placement.kind === 'story', true);
        const titled = rows.find((r) => r.summary.title !== undefined);
        assert.equal(big.title, titled?.summary.title ?? rows[0]!.summary.lead);
        assert.equal(big.versions, rows.filter((r) => r.placement.kind !== 'copy').length);
      });

      test('full-text search finds the articles holding rare words, ranked, with snippets', async () => {

        const target = ARTICLES[17]!;
        const word = (target.title ?? target.text).split(/\s+/).find((w) => /^[A-Z][a-z]{6,}$/.test(w))!;
        const r = await store.search(word, { limit: 50 });
        assert.ok(r.articles.some((h) => h.id === target.id), `${word} finds ${target.id}`);
        for (const h of r.articles) {
          const a = (await store.getArticle(h.id))!;
          assert.ok(`${a.article.title ?? ''} ${a.article.text}`.toLowerCase().includes(word.toLowerCase()));
          assert.ok(h.snippet.toLowerCase().includes(`**${word.toLowerCase()}**`), h.snippet);
        }
        for (let i = 1; i < r.articles.length; i++) assert.ok(r.articles[i - 1]!.score >= r.articles[i]!.score);
        const own = (await store.existing([target.id])).get(target.id)!;
        assert.ok(r.stories.some((h) => h.story.id === own && h.matches >= 1));
        const none = await store.search('zzqxjkwv');
        assert.deepEqual([none.articles.length, none.stories.length], [0, 0]);
        const phrase = target.text.split(/\s+/).slice(3, 6).join(' ').replace(/[^\p{L}\p{N} ]/gu, '');
        assert.ok((await store.search(`"${phrase}"`, { limit: 200 })).articles.some((h) => h.id === target.id), `phrase "${phrase}"`);
        await assert.rejects(store.search('  "" -- '), (e: unknown) => e instanceof RetoldError && e.code === 'usage');
        // Syntax that means something to FTS5 is taken as words.
        await store.search('NEAR(a b) OR title:x AND -y*');
      });

      test('stories like an article: its own story first, accepted', async () => {
        const a = ARTICLES[40]!;
        const similar = await corpus.similar(a.id, 5);
        const own = (await store.existing([a.id])).get(a.id);
        assert.ok(similar !== undefined && similar.length > 0);
        assert.equal(similar[0]!.story, own);
        assert.equal(similar[0]!.accepted, true);
        for (let i = 1; i < similar.length; i++) assert.ok(similar[i - 1]!.evidence.scores.total >= similar[i]!.evidence.scores.total);
        assert.equal(await corpus.similar(asArticleId('ffffffffffffffff')), undefined);
      });

      test('files are remembered', async () => {
                assert.equal(await store.getFile('/feeds/a.jsonl'), undefined);
        await store.write(async (w) => w.recordFile({ path: '/feeds/a.jsonl', size: 120, mtimeMs: 1700000000123.5, articles: 3, rejected: 1 }));
        assert.deepEqual(await store.getFile('/feeds/a.jsonl'), { path: '/feeds/a.jsonl', size: 120, mtimeMs: 1700000000123.5, articles: 3, rejected: 1 });
      });

    });

    test('merges move the articles, keep the older id and redirect related links', () =>
      fresh(async (open) => {
        const store = await open();
        try {
          const x = new FeatureExtractor({ rarity: new Rarity() });
          const picks: Article[] = [ARTICLES[0]!, ARTICLES[1]!, ARTICLES[2]!];
          const ids = ['s000001', 's000002', 's000003'].map(asStoryId);
          await store.write(async (w) => {
            await w.appendArticles(picks.map((a, i) => ({ article: a, features: x.extract(a), placement: { kind: 'new' as const, article: a.id, story: ids[i]! } })));
            const evidence = { terms: ['t'], names: [], numbers: [], clashes: [], scores: { body: 0.2, names: 0, numbers: 0, total: 0.12 } };
            await w.putRelated([{ a: ids[2]!, b: ids[1]!, evidence }]);
            await w.recordMerges([{ into: ids[0]!, from: ids[1]! }], 3);
            await w.updateStories([{ id: ids[0]!, articles: 2, versions: 2, names: ['alpha'] }]);
          });
          const merged = await store.getStory(ids[1]!);
          assert.equal(merged?.mergedInto, ids[0]);
          assert.deepEqual((await store.storyArticles(ids[0]!)).map((r) => r.summary.id), [picks[0]!.id, picks[1]!.id]);
          assert.equal((await store.existing([picks[1]!.id])).get(picks[1]!.id), ids[0]);
          assert.deepEqual((await store.relatedStories(ids[2]!, 5)).map((r) => r.story), [ids[0]], 'the link now points at the surviving story');
          assert.deepEqual((await store.relatedStories(ids[0]!, 5)).map((r) => r.story), [ids[2]]);
          assert.equal((await store.stats()).merged, 1);
          assert.ok(!(await store.listStories({ limit: 10 })).stories.some((s) => s.id === ids[1]), 'merged stories are not listed');
          await assert.rejects(
            store.write((w) => w.recordMerges([{ into: ids[2]!, from: ids[1]! }], 3)),
            (e: unknown) => e instanceof StoreError && e.code === 'store.failed' && /both must be stored and live/.test(e.message),
          );
          assert.equal((await store.head()).merges, 1, 'the failed merge left nothing');
        } finally {
          await store.close();
        }
      }));

    test('the time window retires old stories from matching without deleting them; the window is saved in the store', async () => {
      const mk = (id: string, title: string, text: string, published: string): Article => {
        const n = normaliseArticle({ kind: 'raw', origin: { path: 'window.jsonl', record: 1, format: 'jsonl' }, externalId: id, title, text, published, source: `Outlet ${id}` });
        if (n.kind !== 'article') throw new Error(n.error.message);
        return n.article;
      };
      const first = mk('w1', 'Kestrel Point ferry terminal approved by Ostmere harbour board',
        'The Ostmere harbour board voted 7-2 on Tuesday to approve the Kestrel Point ferry terminal, a 41 million crown project. Chair Ilse Marwick said construction would begin in September. Ferries to Varnholm are planned from 2027, Marwick told reporters at the Ostmere town hall.',
        '2024-03-05T10:00:00Z');
      // The same event in other words, three days later.
      const later = mk('w2', 'Ostmere board backs Kestrel Point terminal in 7-2 vote',
        'Ostmere harbour board members backed the 41 million crown Kestrel Point ferry terminal by seven votes to two. Ilse Marwick, who chairs the board, expects builders on site in September, with the first Varnholm crossings in 2027.',
        '2024-03-08T09:00:00Z');
      const placeLater = (windowDays: number | undefined): Promise<{ kind: string; stories: number; window: number }> =>
        fresh(async (open) => {
          let store = await open();
          const group = windowDays === undefined ? undefined : groupOptions({ story: { windowDays } });
          await (await StoredCorpus.open(store, group === undefined ? {} : { group })).add([first]);
          await store.close();
          store = await open();
          try {
            const corpus = await StoredCorpus.open(store);
            const r = await corpus.add([later]);
            return { kind: r.articles[0]!.placement!.kind, stories: (await store.stats()).stories, window: corpus.options.story.windowDays };
          } finally {
            await store.close();
          }
        });
      assert.deepEqual(await placeLater(undefined), { kind: 'story', stories: 1, window: 365 });
      assert.deepEqual(await placeLater(1), { kind: 'new', stories: 2, window: 1 }, 'a one-day window, kept across the reopen, retires the first story');
    });

    test('a store written by a newer Retold is refused with store.version', () =>
      fresh(async (open, dir) => {
        await (await open()).close();
        await impl.setSchemaVersion(dir, SCHEMA_VERSION + 7);
        await assert.rejects(open(), (e: unknown) => {
          assert.ok(e instanceof StoreError);
          assert.equal(e.code, 'store.version');
          assert.match(e.message, new RegExp(`schema version ${SCHEMA_VERSION + 7}, written by a newer Retold; this one reads versions up to ${SCHEMA_VERSION}`));
          return true;
        });
      }));
  });
}

