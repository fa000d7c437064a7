// Migration 0028: the scheduler finds the embargoes due, and the next one, through an index of the stories under embargo (few) instead of reading every story.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0028(dialect: Dialect): Record<string, Migration> {
  return {
    '0028-embargo-index': {
      async up(db: Kysely<unknown>) {
        // Without it each of the scheduler's look-ups read the whole table: 1.6 s at a million
        // stories on PostgreSQL, at every start and every tick with an embargo pending.
        await db.schema
          .createIndex('story_embargo')
          .on('story')
          .columns(['status', 'embargo_until'])
          .where(sql.ref('embargo_until'), 'is not', null)
          .execute();
        if (dialect === 'postgres') await sql`analyze story`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('story_embargo').ifExists().execute();
      },
    },
  };
}
