// Migration 0015: two-factor sign-in (TOTP secrets, recovery codes, pending second steps, roles that require it).

import type { Kysely, Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0015(dialect: Dialect): Record<string, Migration> {
  const time = 'varchar(40)';
  return {
    '0015-two-factor': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('two_factor')
          .addColumn('user_id', 'integer', (c) =>
            c.primaryKey().references('app_user.id').onDelete('cascade'),
          )
          .addColumn('secret', 'varchar(64)', (c) => c.notNull())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('confirmed_at', time)
          .addColumn('last_step', 'bigint')
          .execute();
        await db.schema
          .createTable('recovery_code')
          .addColumn('id', idColumn(dialect), idKey(dialect))
          .addColumn('user_id', 'integer', (c) =>
            c.notNull().references('app_user.id').onDelete('cascade'),
          )
          .addColumn('hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('used_at', time)
          .execute();
        await db.schema
          .createIndex('recovery_code_user')
          .on('recovery_code')
          .columns(['user_id', 'hash'])
          .execute();
        await db.schema
          .createTable('login_challenge')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) =>
            c.notNull().references('app_user.id').onDelete('cascade'),
          )
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('expires_at', time, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('two_factor_role')
          .addColumn('role', 'varchar(20)', (c) => c.primaryKey())
          .addColumn('required_at', time, (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of ['two_factor_role', 'login_challenge', 'recovery_code', 'two_factor'])
          await db.schema.dropTable(table).execute();
      },
    },
  };
}
