// A second store over a test store's database that records every SQL statement it runs: for query counts and query plans.

import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from '../../src/storage/kysely-store.js';
import { searchIndexing } from '../../src/search/create-search-index.js';
import type { SearchIndex } from '../../src/search/port.js';
import type { Database as Schema } from '../../src/storage/schema.js';
import { LedeSqliteDialect } from '../../src/storage/sqlite/transactional-ddl.js';
import { onPostgres, TEST_DATABASE_URL, type TestStore } from './test-store.js';

export interface ObservedStore {
  store: KyselyStore<SearchIndex>;
  /** Every statement run so far, with its parameters. */
  queries: { sql: string; parameters: readonly unknown[] }[];
  /** The database's plan of a statement, one line per step. */
  plan(query: { sql: string; parameters: readonly unknown[] }): Promise<string[]>;
  close(): Promise<void>;
}

export function openObservedStore(t: TestStore): ObservedStore {
  const queries: ObservedStore['queries'] = [];
  const dialect = onPostgres
    ? new PostgresDialect({
        pool: new pg.Pool({
          connectionString: TEST_DATABASE_URL,
          // One connection, and plans that show whether an index can serve the query at all:
          // on a small table PostgreSQL would read it whole whatever its indexes.
          options: `-c search_path=${t.env.LEDE_DATABASE_SCHEMA} -c enable_seqscan=off`,
          max: 1,
        }),
      })
    : new LedeSqliteDialect({
        database: new Database(t.env.LEDE_DATABASE_URL!.replace(/^sqlite:/, '')),
      });
  const db = new Kysely<Schema>({
    dialect,
    log: (event) => {
      if (event.level === 'query')
        queries.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  return {
    store: new KyselyStore(db, onPostgres ? 'postgres' : 'sqlite', searchIndexing),
    queries,
    async plan(query) {
      const explain = onPostgres ? 'explain ' : 'explain query plan ';
      const result = await db.executeQuery(
        CompiledQuery.raw(explain + query.sql, [...query.parameters]),
      );
      return result.rows.map((r) => {
        const row = r as Record<string, unknown>;
        return String(onPostgres ? row['QUERY PLAN'] : row.detail);
      });
    },
    close: () => db.destroy(),
  };
}
