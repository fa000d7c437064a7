// Migration 0018: wire sources the server polls or watches, and the items they brought to the desk's Incoming view.

import type { Kysely, Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0018(dialect: Dialect): Record<string, Migration> {
  return {
    '0018-ingest': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('ingest_source')
          .addColumn('id', idColumn(dialect), idKey(dialect))
          .addColumn('name', 'varchar(200)', (c) => c.notNull().unique())
          .addColumn('url', 'varchar(2000)')
          .addColumn('dir', 'varchar(2000)')
          .addColumn('format', 'varchar(16)', (c) => c.notNull())
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('every_seconds', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('next_poll_at', 'varchar(40)', (c) => c.notNull())
          // A process polling the source holds it until then; another takes it over after.
          .addColumn('claimed_until', 'varchar(40)')
          .addColumn('last_poll_at', 'varchar(40)')
          .addColumn('last_error', 'text')
          .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createIndex('ingest_source_due')
          .on('ingest_source')
          .column('next_poll_at')
          .execute();
        await db.schema
          .createTable('ingest_item')
          .addColumn('id', idColumn(dialect), idKey(dialect))
          .addColumn('source_id', 'integer', (c) =>
            c.notNull().references('ingest_source.id').onDelete('cascade'),
          )
          .addColumn('guid', 'varchar(200)', (c) => c.notNull())
          .addColumn('version', 'varchar(40)', (c) => c.notNull())
          .addColumn('hash', 'varchar(64)', (c) => c.notNull())
          // incoming, withdrawn, taken or failed.
          .addColumn('status', 'varchar(16)', (c) => c.notNull())
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('title', 'varchar(500)', (c) => c.notNull())
          .addColumn('story', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('error', 'text')
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('retry_at', 'varchar(40)')
          .addColumn('received_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('story_id', 'integer', (c) => c.references('story.id').onDelete('set null'))
          .addUniqueConstraint('ingest_item_guid', ['source_id', 'guid'])
          .execute();
        await db.schema
          .createIndex('ingest_item_desk')
          .on('ingest_item')
          .columns(['edition', 'status', 'updated_at'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('ingest_item').execute();
        await db.schema.dropTable('ingest_source').execute();
      },
    },
  };
}
