// Opens the PostgreSQL store from a postgres:// URL, optionally inside its own schema.

import { Kysely, PostgresDialect, sql } from 'kysely';
import { LedePostgresDialect } from './catalog-introspector.js';
import pg from 'pg';
import { KyselyStore } from '../kysely-store.js';
import type { Database as Schema } from '../schema.js';
import type { StoryIndex, StoryIndexing } from '../story-index-port.js';

export interface PostgresOptions {
  /** A schema of its own (created if missing), used by tests to stay apart. */
  schema?: string;
  poolSize?: number;
  /** Hears what opening does that takes long (KyselyStore.migrate). */
  say?: (message: string) => void;
}

/** `indexing` is the search index the caller plugs in (its tables migrate with the store's). */
export async function openPostgresStore<Search extends StoryIndex>(
  url: string,
  indexing: StoryIndexing<Search>,
  options: PostgresOptions = {},
): Promise<KyselyStore<Search>> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new RangeError(`not a schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new LedePostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const store = new KyselyStore(db, 'postgres', indexing);
  await store.migrate(options.say);
  return store;
}

/** Drops a schema made by openPostgresStore (tests clean up after themselves). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  } finally {
    await db.destroy();
  }
}
