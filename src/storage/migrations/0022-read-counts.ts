// Migration 0022: read counts without cookies: views per story per hour and per five minutes, the day's reader hashes and salt.

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0022(_dialect: Dialect): Record<string, Migration> {
  return {
    '0022-read-counts': {
      async up(db: Kysely<unknown>) {
        // No foreign key to story: a batch of views never fails on a story deleted meanwhile;
        // the reads join story, and the batch keeps only stories that exist.
        await db.schema
          .createTable('read_count')
          .addColumn('story_id', 'integer', (c) => c.notNull())
          /** Hours since 1970 (UTC). */
          .addColumn('hour', 'integer', (c) => c.notNull())
          .addColumn('views', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('read_count_pk', ['story_id', 'hour'])
          .execute();
        await db.schema
          .createIndex('read_count_hour')
          .on('read_count')
          .columns(['hour', 'story_id'])
          .execute();
        // Five-minute slots, kept for a few hours: what is read now.
        await db.schema
          .createTable('read_recent')
          .addColumn('story_id', 'integer', (c) => c.notNull())
          .addColumn('slot', 'integer', (c) => c.notNull())
          .addColumn('views', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('read_recent_pk', ['slot', 'story_id'])
          .execute();
        // A reader's hash per story and day (salted with the day's salt): counted once a day.
        await db.schema
          .createTable('read_seen')
          .addColumn('day', 'varchar(10)', (c) => c.notNull())
          .addColumn('hash', 'varchar(32)', (c) => c.notNull())
          .addPrimaryKeyConstraint('read_seen_pk', ['day', 'hash'])
          .execute();
        // The day's random salt, shared by every process; removed once the day is over.
        await db.schema
          .createTable('read_salt')
          .addColumn('day', 'varchar(10)', (c) => c.primaryKey())
          .addColumn('salt', 'varchar(64)', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of ['read_salt', 'read_seen', 'read_recent', 'read_count'])
          await db.schema.dropTable(table).execute();
      },
    },
  };
}
