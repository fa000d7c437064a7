// Every migration of storage's tables in order, kept in code so a packaged Lede needs no migration files on disk.

import type { Migration, MigrationProvider } from 'kysely';
import { migration0001 } from './0001-stories.js';
import { migration0003 } from './0003-accounts.js';
import { migration0004 } from './0004-workflow.js';
import { migration0005 } from './0005-distribution.js';
import { migration0006 } from './0006-media.js';
import { migration0013 } from './0013-list-indexes.js';
import { migration0014 } from './0014-legacy-paths.js';
import { migration0015 } from './0015-two-factor.js';
import { migration0016 } from './0016-taxonomy-guard.js';
import { migration0017 } from './0017-authors.js';
import { migration0018 } from './0018-ingest.js';
import { migration0019 } from './0019-live.js';
import { migration0020 } from './0020-date-precision.js';
import { migration0021 } from './0021-story-cover.js';
import { migration0022 } from './0022-read-counts.js';
import { migration0023 } from './0023-hot-tag-trend.js';
import { migration0024 } from './0024-related-stories.js';
import { migration0025 } from './0025-author-list.js';
import { migration0027 } from './0027-user-last-sign-in.js';
import { migration0028 } from './0028-embargo-index.js';
import type { Dialect } from './dialect.js';

export type { Dialect } from './dialect.js';

/**
 * Storage's own migrations, by name (a new one is one line here). The search index's tables have
 * theirs in src/search/migrations (0002, 0007-0012): the numbers are one sequence for both.
 */
export function storageMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    ...migration0001(dialect),
    ...migration0003(dialect),
    ...migration0004(dialect),
    ...migration0005(dialect),
    ...migration0006(dialect),
    ...migration0013(dialect),
    ...migration0014(dialect),
    ...migration0015(dialect),
    ...migration0016(dialect),
    ...migration0017(dialect),
    ...migration0018(dialect),
    ...migration0019(dialect),
    ...migration0020(dialect),
    ...migration0021(dialect),
    ...migration0022(dialect),
    ...migration0023(dialect),
    ...migration0024(dialect),
    ...migration0025(dialect),
    ...migration0027(dialect),
    ...migration0028(dialect),
  };
}

/**
 * One migrator's list: storage's migrations and those of the parts plugged into the store (the
 * search index), run together in name order. Kysely recorded them all in one table, so every
 * name an existing database has must be here, and no two lists may use the same name.
 */
export function migrationProvider(
  dialect: Dialect,
  ...plugged: Record<string, Migration>[]
): MigrationProvider {
  const all: Record<string, Migration> = { ...storageMigrations(dialect) };
  for (const list of plugged)
    for (const [name, migration] of Object.entries(list)) {
      if (name in all) throw new Error(`two migrations are named ${name}`);
      all[name] = migration;
    }
  return { getMigrations: () => Promise.resolve(all) };
}
