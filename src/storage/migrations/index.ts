// Every migration in order, kept in code so a packaged Lede needs no migration files on disk.

import type { MigrationProvider } from 'kysely';
import { migration0001 } from './0001-stories.js';
import { migration0002 } from './0002-search.js';
import { migration0003 } from './0003-accounts.js';
import { migration0004 } from './0004-workflow.js';
import { migration0005 } from './0005-distribution.js';
import { migration0006 } from './0006-media.js';
import { migration0007 } from './0007-search-pairs.js';
import { migration0008 } from './0008-vocabulary-probe.js';
import { migration0009 } from './0009-search-by-edition.js';
import { migration0010 } from './0010-search-rank.js';
import { migration0011 } from './0011-search-rank-dates.js';
import { migration0012 } from './0012-search-facets.js';
import { migration0013 } from './0013-list-indexes.js';
import type { Dialect } from './dialect.js';

export type { Dialect } from './dialect.js';

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        ...migration0001(dialect),
        ...migration0002(dialect),
        ...migration0003(dialect),
        ...migration0004(dialect),
        ...migration0005(dialect),
        ...migration0006(dialect),
        ...migration0007(dialect),
        ...migration0008(),
        ...migration0009(dialect),
        ...migration0010(dialect),
        ...migration0011(dialect),
        ...migration0012(dialect),
        ...migration0013(dialect),
      }),
  };
}
