// The story change sequence: every story write takes the next number, in commit order, under one lock.

import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';

/** First key of the PostgreSQL advisory lock; the second is the schema, so Ledes apart stay apart. */
const CHANGE_LOCK_CLASS = 0x1ede;

/**
 * Serialises story writers until their transaction ends. Take it before writing a story row
 * (and before locking one), so every writer takes the locks in the same order. SQLite writers
 * are serialised by the database already. Outside a transaction it protects nothing by itself.
 */
export async function lockStoryChanges(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(${sql.lit(CHANGE_LOCK_CLASS)}, hashtext(current_schema()))`.execute(
      db,
    );
}

async function assign(db: Kysely<Database>, dialect: Dialect, id: number): Promise<void> {
  await lockStoryChanges(db, dialect);
  await sql`update story set change_seq = (select coalesce(max(change_seq), 0) + 1 from story) where id = ${id}`.execute(
    db,
  );
}

/**
 * Gives the story the next change sequence number. The lock is held until the transaction
 * commits, so the numbers become visible in order: a reader that sees n has seen every m < n.
 */
export async function bumpChangeSeq(
  db: Kysely<Database>,
  dialect: Dialect,
  id: number,
): Promise<void> {
  if (db.isTransaction) await assign(db, dialect, id);
  else await db.transaction().execute((trx) => assign(trx, dialect, id));
}
