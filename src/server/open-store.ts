// Chooses the database from the configuration: the SQLite file by default, PostgreSQL for a postgres:// URL.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { searchIndexing } from '../search/create-search-index.js';
import type { SearchIndex } from '../search/port.js';
import type { KyselyStore } from '../storage/kysely-store.js';
import { openPostgresStore } from '../storage/postgres/connect.js';
import { openSqliteStore } from '../storage/sqlite/connect.js';
import type { Logger } from '../platform/logger.js';
import type { Config } from './config.js';

/** Opens the store with the search index plugged in; the logger hears the upgrades that take long as they start and end. */
export async function openStore(
  config: Pick<Config, 'database'>,
  logger?: Logger,
): Promise<KyselyStore<SearchIndex>> {
  const say = logger ? (message: string) => logger.info(message) : undefined;
  if (config.database.kind === 'postgres') {
    const { url, schema } = config.database;
    return openPostgresStore(url, searchIndexing, {
      ...(schema ? { schema } : {}),
      ...(say ? { say } : {}),
    });
  }
  mkdirSync(path.dirname(config.database.file), { recursive: true });
  return openSqliteStore(config.database.file, searchIndexing, say);
}
