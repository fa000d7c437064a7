// Chooses the database from the configuration: the SQLite file by default, PostgreSQL for a postgres:// URL.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { KyselyStore } from '../storage/kysely-store.js';
import { openPostgresStore } from '../storage/postgres/connect.js';
import { openSqliteStore } from '../storage/sqlite/connect.js';
import type { Config } from './config.js';

export async function openStore(config: Pick<Config, 'database'>): Promise<KyselyStore> {
  if (config.database.kind === 'postgres') {
    const { url, schema } = config.database;
    return openPostgresStore(url, schema ? { schema } : {});
  }
  mkdirSync(path.dirname(config.database.file), { recursive: true });
  return openSqliteStore(config.database.file);
}
