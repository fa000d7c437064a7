// Chooses the search index of the store's database: FTS5 on SQLite, tsvector on PostgreSQL.

import type { Kysely } from 'kysely';
import type { Dialect } from '../storage/migrations/dialect.js';
import type { Database } from '../storage/schema.js';
import type { SearchIndex } from './port.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import { SqliteSearchIndex } from './sqlite/sqlite-search-index.js';

/** The index over `db` (the store's connection or its open transaction). */
export function createSearchIndex(db: Kysely<Database>, dialect: Dialect): SearchIndex {
  return dialect === 'sqlite' ? new SqliteSearchIndex(db) : new PostgresSearchIndex(db);
}
