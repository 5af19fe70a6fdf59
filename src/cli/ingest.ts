/**
 * `retold ingest`: add articles to a store in batches (one transaction each, acknowledged on stderr as it commits),
 * and the batch loop `watch` shares. Articles already stored are skipped before batches are formed, so that a run
 * resumed after a crash forms the same batches of new articles, and gives the same stories, as one that was not
 * interrupted.
 */
import type { Article } from '../model/article.js';
import type { InputError } from '../model/errors.js';
import type { ArticleId } from '../model/ids.js';
import { ingestPaths } from '../ingest/index.js';
import { groupOptions, type GroupOptions } from '../group/grouper.js';
import { normaliseItems, StoredCorpus, type BatchResult } from '../store/corpus.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import type { FileRecord, Store } from '../store/types.js';
import { rejectionView } from '../store/views.js';

/** Default articles per transaction. */
export const DEFAULT_BATCH = 500;

/** Totals of an ingest run. */
export interface IngestTotals {
  stored: number;
  existing: number;
  rejected: InputError[];
  batches: number;
  bytes: number;
}

/** Options of `ingestInto`. */
export interface IngestIntoOptions {
  readonly batch: number;
  /** After each committed batch. */
  readonly onBatch?: (result: BatchResult, totals: IngestTotals) => void;
  /** Recorded as read in the transaction of the last batch (for `watch`). */
  readonly files?: readonly Omit<FileRecord, 'articles' | 'rejected'>[];
}

/** Read the paths and store their articles in batches of new articles. */
export async function ingestInto(corpus: StoredCorpus, paths: readonly string[], options: IngestIntoOptions): Promise<IngestTotals> {
  const totals: IngestTotals = { stored: 0, existing: 0, rejected: [], batches: 0, bytes: 0 };
  const size = options.batch;
  let pending: Article[] = [];
  let checked = 0;
  const queued = new Set<ArticleId>();
  const commit = async (articles: readonly Article[], files: readonly FileRecord[] = []): Promise<void> => {
    if (articles.length === 0 && files.length === 0) return;
    const result = await corpus.add(articles, files);
    for (const o of result.articles) {
      if (o.status === 'stored') totals.stored++;
      else totals.existing++;
    }
    totals.batches++;
    options.onBatch?.(result, totals);
  };
  // Drop stored articles (asked in groups), then commit full batches of new ones.
  const settle = async (final: boolean): Promise<void> => {
    if (checked < pending.length) {
      const known = await corpus.store.existing(pending.slice(checked).map((a) => a.id));
      if (known.size > 0) {
        const before = pending.length;
        pending = pending.filter((a, i) => i < checked || !known.has(a.id));
        totals.existing += before - pending.length;
      }
      checked = pending.length;
    }
    while (pending.length >= size || (final && pending.length > 0)) {
      const batch = pending.slice(0, size);
      pending = pending.slice(size);
      checked = Math.max(0, checked - batch.length);
      for (const a of batch) queued.delete(a.id);
      await commit(batch);
    }
  };
  for await (const item of ingestPaths(paths)) {
    const { articles, rejected, bytes } = normaliseItems([item]);
    totals.bytes += bytes;
    totals.rejected.push(...rejected);
    for (const a of articles) {
      if (queued.has(a.id)) {
        totals.existing++;
        continue;
      }
      queued.add(a.id);
      pending.push(a);
    }
    if (pending.length >= size) await settle(false);
  }
  await settle(true);
  const files = (options.files ?? []).map((f) => ({ ...f, articles: totals.stored + totals.existing, rejected: totals.rejected.length }));
  if (files.length > 0) await commit([], files);
  return totals;
}

/** Options of the ingest command. */
export interface IngestCommandOptions {
  readonly db: string;
  readonly batch: number;
  readonly windowDays?: number;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** Open the store and the corpus for a command that writes (prints what opening took unless quiet). */
export async function openCorpus(db: string, windowDays: number | undefined, quiet: boolean): Promise<{ store: Store; corpus: StoredCorpus }> {
  const store = await openStore({ kind: 'sqlite', path: db });
  try {
    if (store.openedVersion !== 0 && store.openedVersion < store.schemaVersion && !quiet) {
      process.stderr.write(`retold: upgraded ${db} from schema ${store.openedVersion} to ${store.schemaVersion}\n`);
    }
    const group: GroupOptions | undefined = windowDays === undefined ? undefined : groupOptions({ story: { windowDays } });
    const corpus = await StoredCorpus.open(store, group === undefined ? {} : { group });
    const r = corpus.restored;
    if (!quiet && r.articles > 0) {
      process.stderr.write(`retold: ${db}: ${r.articles} articles, ${r.terms} terms ready in ${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s)\n`);
    }
    return { store, corpus };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/** `retold ingest`; returns the exit code. */
export async function ingestCommand(paths: readonly string[], opts: IngestCommandOptions): Promise<number> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { store, corpus } = await openCorpus(opts.db, opts.windowDays, opts.quiet === true);
  let totals: IngestTotals;
  let stats: { articles: number; stories: number; bytes: number };
  try {
    totals = await ingestInto(corpus, paths, {
      batch: opts.batch,
      onBatch: (r, t) => {
        if (opts.quiet !== true) {
          process.stderr.write(`retold: committed batch ${t.batches}: ${t.stored} stored, ${t.existing} already stored, ${t.rejected.length} rejected (up to article ${r.head.articles})\n`);
        }
      },
    });
    // The full-text index is kept up on a worker thread; leave once it covers this run.
    await store.indexSearch();
    const s = await store.stats();
    stats = { articles: s.articles, stories: s.stories, bytes: s.bytes ?? 0 };
  } finally {
    await store.close().catch(() => undefined);
  }
  const cpu = process.cpuUsage(cpu0);
  const summary = {
    stored: totals.stored,
    existing: totals.existing,
    rejected: totals.rejected.length,
    batches: totals.batches,
    bytes: totals.bytes,
    ms: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    restoreMs: corpus.restored.ms,
    store: stats,
    rejections: totals.rejected.map(rejectionView),
  };
  if (opts.json === true) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else {
    for (const r of totals.rejected) process.stderr.write(`retold: ${r.message}\n`);
    if (opts.quiet !== true) {
      process.stdout.write(
        `${summary.stored} articles stored, ${summary.existing} already stored, ${summary.rejected} rejected in ${(summary.ms / 1000).toFixed(1)} s; ` +
          `${opts.db} holds ${stats.articles} articles in ${stats.stories} stories (${(stats.bytes / 1e6).toFixed(1)} MB)\n`,
      );
    }
  }
  return totals.rejected.length > 0 ? 1 : 0;
}

export { DEFAULT_DB };
