// Every migration in order, kept in code so a packaged Lede needs no migration files on disk.

import type { MigrationProvider } from 'kysely';
import { migration0001 } from './0001-stories.js';
import type { Dialect } from './dialect.js';

export type { Dialect } from './dialect.js';

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        ...migration0001(dialect),
      }),
  };
}
