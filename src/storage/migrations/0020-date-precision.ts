// Migration 0020: whether a story's publication is known to the day only (crawled pages give a date, no time).

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0020(_dialect: Dialect): Record<string, Migration> {
  return {
    '0020-date-precision': {
      async up(db: Kysely<unknown>) {
        // 1: the day is known, the time is not (published_at holds the day's local midnight).
        await db.schema
          .alterTable('story')
          .addColumn('published_date_only', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.alterTable('story').dropColumn('published_date_only').execute();
      },
    },
  };
}
