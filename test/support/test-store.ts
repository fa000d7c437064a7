// Opens a fresh, empty store for a test: a SQLite file in a temp folder, or a PostgreSQL schema of its own.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { searchIndexing } from '../../src/search/create-search-index.js';
import type { SearchIndex } from '../../src/search/port.js';
import type { KyselyStore } from '../../src/storage/kysely-store.js';
import { dropPostgresSchema, openPostgresStore } from '../../src/storage/postgres/connect.js';
import { openSqliteStore } from '../../src/storage/sqlite/connect.js';

export const TEST_DATABASE_URL = process.env.LEDE_DATABASE_URL ?? '';
export const onPostgres = TEST_DATABASE_URL.startsWith('postgres');

export interface TestStore {
  store: KyselyStore<SearchIndex>;
  /** Environment that reaches the same database (for running the CLI against it). */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function openTestStore(): Promise<TestStore> {
  // scripts/test.js judged this file to need no database (none of its imports names
  // LEDE_DATABASE_URL), so CI's PostgreSQL pass would leave it out: better to fail here, on SQLite.
  if (process.env.LEDE_TEST_DATABASE === 'no')
    throw new Error(
      'this test file opens a test store, but scripts/test-files.js did not see it import test/support/test-store.ts; import it with a static import',
    );
  if (onPostgres) {
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const store = await openPostgresStore(TEST_DATABASE_URL, searchIndexing, {
      schema,
      poolSize: 4,
    });
    return {
      store,
      env: { LEDE_DATABASE_URL: TEST_DATABASE_URL, LEDE_DATABASE_SCHEMA: schema },
      async dispose() {
        await store.close();
        await dropPostgresSchema(TEST_DATABASE_URL, schema);
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'lede-test-'));
  const file = path.join(dir, 'lede.sqlite');
  const store = await openSqliteStore(file, searchIndexing);
  return {
    store,
    env: { LEDE_DATABASE_URL: `sqlite:${file}` },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Kysely of its own, on one connection, over a PostgreSQL test store's schema: for a test that
 * reads the server's own counters, which are per connection or per transaction.
 */
export function openSchemaDb<T>(t: TestStore): Kysely<T> {
  return new Kysely<T>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({
        connectionString: TEST_DATABASE_URL,
        options: `-c search_path=${t.env.LEDE_DATABASE_SCHEMA}`,
        max: 1,
      }),
    }),
  });
}
