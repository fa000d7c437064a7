// Migration 0023: whether an edition's hot-tags strip follows what readers read, and the tags it never takes.

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0023(_dialect: Dialect): Record<string, Migration> {
  return {
    '0023-hot-tag-trend': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('hot_tag_trend')
          .addColumn('edition', 'varchar(8)', (c) => c.primaryKey())
          /** 1: the strip's unpinned places follow the trend. */
          .addColumn('follow', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('hot_tag_block')
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('tag_id', 'integer', (c) =>
            c.notNull().references('tag.id').onDelete('cascade'),
          )
          .addPrimaryKeyConstraint('hot_tag_block_pk', ['edition', 'tag_id'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('hot_tag_block').execute();
        await db.schema.dropTable('hot_tag_trend').execute();
      },
    },
  };
}
