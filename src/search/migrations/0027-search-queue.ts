// Migration 0027: the stories waiting to be (re)indexed, written in the transaction that changes a story and emptied by the indexer after it commits.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../platform/sql-dialect.js';

export const SEARCH_QUEUE_MIGRATION = '0027-search-queue';

export function migration0027(dialect: Dialect): Record<string, Migration> {
  // `seq` changes with every change of the story (search/index-queue.ts): the indexer removes the
  // row only when it still holds the value it read, so a save while it worked is indexed again.
  const big = dialect === 'postgres' ? sql`bigint` : sql`integer`;
  return {
    [SEARCH_QUEUE_MIGRATION]: {
      async up(db: Kysely<unknown>) {
        await sql`create table search_queue (story_id ${big} primary key, seq ${big} not null)`.execute(
          db,
        );
        await sql`create index search_queue_seq on search_queue (seq)`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table search_queue`.execute(db);
      },
    },
  };
}
