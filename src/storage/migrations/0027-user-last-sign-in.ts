// Migration 0027 of storage (named to run after the search index's 0027, its queue): when each account last signed in, kept on the account so the Users list reads it without walking the audit log.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0027(_dialect: Dialect): Record<string, Migration> {
  return {
    '0027-user-last-sign-in': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('app_user')
          .addColumn('last_sign_in_at', 'varchar(40)')
          .execute();
        // The sign-ins before this column are in the audit log: one pass over its sign-in lines.
        await sql`update app_user set last_sign_in_at = (
          select max(at) from audit_log
          where audit_log.actor_user_id = app_user.id and audit_log.action = 'login')`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        await db.schema.alterTable('app_user').dropColumn('last_sign_in_at').execute();
      },
    },
  };
}
