// The story change sequence: every story write takes the next number, in commit order, under one lock.

import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';

/** First key of the PostgreSQL advisory lock; the second is the schema, so Ledes apart stay apart. */
const CHANGE_LOCK_CLASS = 0x1ede;

/** The transactions that hold the change lock already: it is held until they end, taken once. */
const locked = new WeakSet<Kysely<Database>>();

/**
 * Serialises story writers until their transaction ends. Take it before writing a story row
 * (and before locking one), so every writer takes the locks in the same order. SQLite writers
 * are serialised by the database already. Outside a transaction it protects nothing by itself.
 * A transaction asks the database once; later calls in it (a save locks the story, then writes
 * it and numbers the change) find the lock held.
 */
export async function lockStoryChanges(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres' || locked.has(db)) return;
  await sql`select pg_advisory_xact_lock(${sql.lit(CHANGE_LOCK_CLASS)}, hashtext(current_schema()))`.execute(
    db,
  );
  if (db.isTransaction) locked.add(db);
}

/**
 * The next change sequence number, as an expression to set in the statement that writes the
 * story row (one statement less than bumpChangeSeq). Take lockStoryChanges first.
 */
export const nextChangeSeq = sql<number>`(select coalesce(max(change_seq), 0) + 1 from story)`;

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

/**
 * Gives new stories change sequence numbers in the order of their ids, after every number given
 * so far (a bulk write's: one statement for them all). Call inside the stories' transaction.
 */
export async function bumpChangeSeqs(
  db: Kysely<Database>,
  dialect: Dialect,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return;
  await lockStoryChanges(db, dialect);
  const first = ids.reduce((min, id) => (id < min ? id : min));
  const row = await db
    .selectFrom('story')
    .select((eb) => eb.fn.max('change_seq').as('seq'))
    .executeTakeFirst();
  const base = Number(row?.seq ?? 0) - first + 1;
  // Numbers follow the ids (gaps allowed): a partner reading "after n" sees them in write order.
  for (let i = 0; i < ids.length; i += 1000)
    await db
      .updateTable('story')
      .set({ change_seq: sql<number>`id + ${base}` })
      .where('id', 'in', ids.slice(i, i + 1000))
      .execute();
}
