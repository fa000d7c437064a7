// The migrations of the search index's tables, by name; the store runs them with its own, in name order.

import type { Migration } from 'kysely';
import type { Dialect } from '../../platform/sql-dialect.js';
import { migration0002 } from './0002-search.js';
import { migration0007 } from './0007-search-pairs.js';
import { migration0008 } from './0008-vocabulary-probe.js';
import { migration0009 } from './0009-search-by-edition.js';
import { migration0010 } from './0010-search-rank.js';
import { migration0011 } from './0011-search-rank-dates.js';
import { migration0012 } from './0012-search-facets.js';
import { migration0027 } from './0027-search-queue.js';

/**
 * Search's migrations. Their names share one sequence with storage's (a database records them all
 * in one table): a new one takes the next free number of the two.
 */
export function searchMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    ...migration0002(dialect),
    ...migration0007(dialect),
    ...migration0008(),
    ...migration0009(dialect),
    ...migration0010(dialect),
    ...migration0011(dialect),
    ...migration0012(dialect),
    ...migration0027(dialect),
  };
}
