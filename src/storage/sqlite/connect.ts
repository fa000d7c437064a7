// Opens the embedded SQLite store: one file in WAL mode with foreign keys on.

import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { KyselyStore } from '../kysely-store.js';
import { LedeSqliteDialect } from './transactional-ddl.js';
import type { Database as Schema } from '../schema.js';
import type { StoryIndex, StoryIndexing } from '../story-index-port.js';

/**
 * `indexing` is the search index the caller plugs in (its tables migrate with the store's); `say`
 * hears what opening does that takes long (KyselyStore.migrate).
 */
export async function openSqliteStore<Search extends StoryIndex>(
  file: string,
  indexing: StoryIndexing<Search>,
  say?: (message: string) => void,
): Promise<KyselyStore<Search>> {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new LedeSqliteDialect({ database: sqlite }) });
  const store = new KyselyStore(db, 'sqlite', indexing);
  await store.migrate(say);
  return store;
}
