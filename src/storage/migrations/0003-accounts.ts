// Migration 0003: newsroom accounts, sessions, API tokens, password resets, login failures, audit log.

import type { Kysely, Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0003(dialect: Dialect): Record<string, Migration> {
  const id = idColumn(dialect);
  const time = 'varchar(40)';
  return {
    '0003-accounts': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('app_user')
          .addColumn('id', id, idKey(dialect))
          .addColumn('email', 'varchar(320)', (c) => c.notNull())
          .addColumn('email_key', 'varchar(320)', (c) => c.notNull().unique())
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('role', 'varchar(20)', (c) => c.notNull())
          .addColumn('editions', 'varchar(100)', (c) => c.notNull().defaultTo(''))
          .addColumn('password_hash', 'varchar(200)')
          .addColumn('ui_language', 'varchar(8)', (c) => c.notNull())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();

        await db.schema
          .createTable('session')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) =>
            c.notNull().references('app_user.id').onDelete('cascade'),
          )
          .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('expires_at', time, (c) => c.notNull())
          .addColumn('last_seen_at', time, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('session_user').on('session').column('user_id').execute();

        await db.schema
          .createTable('api_token')
          .addColumn('id', id, idKey(dialect))
          .addColumn('hash', 'varchar(64)', (c) => c.notNull().unique())
          .addColumn('user_id', 'integer', (c) =>
            c.notNull().references('app_user.id').onDelete('cascade'),
          )
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('last_used_at', time)
          .addColumn('revoked_at', time)
          .execute();
        await db.schema.createIndex('api_token_user').on('api_token').column('user_id').execute();

        await db.schema
          .createTable('password_reset')
          .addColumn('hash', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) =>
            c.notNull().references('app_user.id').onDelete('cascade'),
          )
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('expires_at', time, (c) => c.notNull())
          .addColumn('used_at', time)
          .execute();

        await db.schema
          .createTable('login_failure')
          .addColumn('id', id, idKey(dialect))
          .addColumn('key', 'varchar(400)', (c) => c.notNull())
          .addColumn('at', time, (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('login_failure_key_at')
          .on('login_failure')
          .columns(['key', 'at'])
          .execute();

        await db.schema
          .createTable('audit_log')
          .addColumn('id', id, idKey(dialect))
          .addColumn('at', time, (c) => c.notNull())
          .addColumn('actor_user_id', 'integer', (c) =>
            c.references('app_user.id').onDelete('set null'),
          )
          .addColumn('actor_name', 'varchar(200)', (c) => c.notNull())
          .addColumn('action', 'varchar(100)', (c) => c.notNull())
          .addColumn('story_id', 'integer')
          .addColumn('edition', 'varchar(8)')
          .addColumn('detail', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_log_story').on('audit_log').column('story_id').execute();
        await db.schema
          .createIndex('audit_log_actor')
          .on('audit_log')
          .column('actor_user_id')
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of [
          'audit_log',
          'login_failure',
          'password_reset',
          'api_token',
          'session',
          'app_user',
        ])
          await db.schema.dropTable(table).execute();
      },
    },
  };
}
