// Migration 0005: the story change sequence, subscribers, webhooks, the story event outbox and deliveries.

import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0005(dialect: Dialect): Record<string, Migration> {
  const id = idColumn(dialect);
  const time = 'varchar(40)';
  return {
    '0005-distribution': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('story').addColumn('change_seq', 'integer').execute();
        // Stories there already are numbered in the order they were last changed.
        await sql`update story set change_seq = r.n
          from (select id, row_number() over (order by updated_at, id) as n from story) as r
          where story.id = r.id`.execute(db);
        await db.schema
          .createIndex('story_change_seq')
          .on('story')
          .column('change_seq')
          .unique()
          .execute();

        await db.schema
          .createTable('subscriber')
          .addColumn('id', id, idKey(dialect))
          .addColumn('name', 'varchar(200)', (c) => c.notNull().unique())
          .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('revoked_at', time)
          .addColumn('last_used_at', time)
          .addColumn('rate_limit', 'integer')
          .execute();

        await db.schema
          .createTable('webhook')
          .addColumn('id', id, idKey(dialect))
          .addColumn('subscriber_id', 'integer', (c) =>
            c.notNull().references('subscriber.id').onDelete('cascade'),
          )
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('secret', 'varchar(100)', (c) => c.notNull())
          .addColumn('events', 'text')
          .addColumn('editions', 'text')
          .addColumn('created_at', time, (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('webhook_subscriber')
          .on('webhook')
          .column('subscriber_id')
          .execute();

        await db.schema
          .createTable('story_event')
          .addColumn('id', id, idKey(dialect))
          .addColumn('type', 'varchar(40)', (c) => c.notNull())
          .addColumn('story_id', 'integer', (c) => c.notNull())
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('at', time, (c) => c.notNull())
          .addColumn('keys', 'text', (c) => c.notNull())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('fanned_out_at', time)
          .execute();
        await db.schema
          .createIndex('story_event_pending')
          .on('story_event')
          .columns(['fanned_out_at', 'id'])
          .execute();

        await db.schema
          .createTable('delivery')
          .addColumn('id', id, idKey(dialect))
          .addColumn('event_id', 'integer', (c) => c.notNull())
          .addColumn('kind', 'varchar(10)', (c) => c.notNull())
          .addColumn('webhook_id', 'integer', (c) => c.references('webhook.id').onDelete('cascade'))
          .addColumn('event_type', 'varchar(40)', (c) => c.notNull())
          .addColumn('story_id', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('status', 'varchar(12)', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', time)
          .addColumn('last_status_code', 'integer')
          .addColumn('last_error', 'text')
          .addColumn('last_attempt_at', time)
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('delivered_at', time)
          .execute();
        await db.schema
          .createIndex('delivery_due')
          .on('delivery')
          .columns(['status', 'next_attempt_at'])
          .execute();
        await db.schema
          .createIndex('delivery_webhook')
          .on('delivery')
          .columns(['webhook_id', 'id'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of ['delivery', 'story_event', 'webhook', 'subscriber'])
          await db.schema.dropTable(table).execute();
        await db.schema.dropIndex('story_change_seq').execute();
        await db.schema.alterTable('story').dropColumn('change_seq').execute();
      },
    },
  };
}
