// Migration 0019: live coverage: each live story's coverage times and entry counter, and its entries.

import type { Kysely, Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0019(dialect: Dialect): Record<string, Migration> {
  const time = 'varchar(40)';
  return {
    '0019-live': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('live_coverage')
          .addColumn('story_id', 'integer', (c) =>
            c.primaryKey().references('story.id').onDelete('cascade'),
          )
          .addColumn('started_at', time, (c) => c.notNull())
          .addColumn('ended_at', time)
          .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('live_entry')
          .addColumn('id', idColumn(dialect), idKey(dialect))
          .addColumn('story_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('posted_at', time, (c) => c.notNull())
          .addColumn('edited_at', time)
          .addColumn('author_id', 'integer', (c) =>
            c.references('app_user.id').onDelete('set null'),
          )
          .addColumn('author_name', 'varchar(300)', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('key_event', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('rev', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('deleted_at', time)
          .addColumn('delete_note', 'text')
          .execute();
        await db.schema
          .createIndex('live_entry_story_seq')
          .on('live_entry')
          .columns(['story_id', 'seq'])
          .unique()
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('live_entry').execute();
        await db.schema.dropTable('live_coverage').execute();
      },
    },
  };
}
