/**
 * Persistent corpora: the Store interface, its SQLite implementation, and StoredCorpus (the grouping state kept
 * in a store and rebuilt from it).
 */
import { ConfigError } from '../model/errors.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store, StoreOptions } from './types.js';

export type * from './types.js';
export { EMPTY_HEAD } from './types.js';
export { SqliteStore, openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { SCHEMA_VERSION, MIGRATIONS } from './sqlite/migrations.js';
export { StoredCorpus, normaliseItems, type CorpusOptions, type BatchResult, type ArticleOutcome, type RestoreStats, type SimilarStory } from './corpus.js';

/** The default store file, relative to the working folder. */
export const DEFAULT_DB = './retold.db';

/** Open (creating or upgrading) a store. */
export async function openStore(options: StoreOptions): Promise<Store> {
  switch (options.kind) {
    case 'sqlite':
      return Promise.resolve(SqliteStore.open(options));
    case 'postgres':
      throw new ConfigError('the PostgreSQL store is not implemented yet; use --db <file> for the embedded SQLite store');
  }
}
