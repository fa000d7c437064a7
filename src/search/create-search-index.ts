// The search index the composition root plugs into the store: FTS5 on SQLite, tsvector on PostgreSQL, and its tables' migrations.

import type { Kysely } from 'kysely';
import type { StoryIndexing } from '../storage/story-index-port.js';
import { searchMigrations } from './migrations/index.js';
import type { SearchIndex } from './port.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchDatabase } from './schema.js';
import { SqliteSearchIndex } from './sqlite/sqlite-search-index.js';

/** Search as the store's indexing port: the index over the store's connection or open transaction. */
export const searchIndexing: StoryIndexing<SearchIndex> = {
  migrations: searchMigrations,
  open(db, dialect, stories) {
    // The store's connection: search reaches only its own tables through it.
    const tables = db as unknown as Kysely<SearchDatabase>;
    return dialect === 'sqlite'
      ? new SqliteSearchIndex(tables, stories)
      : new PostgresSearchIndex(tables, stories);
  },
};
