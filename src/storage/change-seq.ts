// The story change sequence: every story write takes the next number, in commit order, under one lock taken at the very end.

import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';

/** First key of the PostgreSQL advisory lock; the second is the schema, so Ledes apart stay apart. */
const CHANGE_LOCK_CLASS = 0x1ede;

/** A sitemap month to mark changed at `lastmod` (list-upkeep's touchMonths). */
export interface MonthTouch {
  edition: string;
  month: string;
  lastmod: string;
}

/** What a transaction has changed and numbers at its end: the stories, the months to touch. */
interface Pending {
  ids: Set<number>;
  months: Map<string, MonthTouch>;
}

/** The store's transactions, each with what it numbers just before its commit (closeChanges). */
const pending = new WeakMap<Kysely<Database>, Pending>();

/**
 * Opens a transaction's change record: from now on bumpChangeSeq and touchMonths in it only note
 * what they would write, and closeChanges writes it as the transaction's last statements. The
 * change lock is then held for one round trip and the commit, not for the whole write: two
 * editors saving different stories wait for each other only while their changes are numbered.
 */
export function openChanges(trx: Kysely<Database>): void {
  pending.set(trx, { ids: new Set(), months: new Map() });
}

/**
 * Notes sitemap months for the end of the transaction; false when it does not defer (the caller
 * writes them now). The later time wins, as in the statement.
 */
export function deferMonths(db: Kysely<Database>, months: Iterable<MonthTouch>): boolean {
  const record = pending.get(db);
  if (!record) return false;
  for (const m of months) {
    const key = `${m.edition}/${m.month}`;
    const was = record.months.get(key);
    if (!was || m.lastmod > was.lastmod) record.months.set(key, m);
  }
  return true;
}

/** The sitemap months upsert (the only writer of sitemap_month rows from story writes). */
export function upsertMonths(db: Kysely<Database>, months: readonly MonthTouch[]) {
  return db
    .insertInto('sitemap_month')
    .values([...months])
    .onConflict((oc) =>
      oc
        .columns(['edition', 'month'])
        .doUpdateSet({ lastmod: sql`excluded.lastmod` })
        .where(sql<boolean>`excluded.lastmod > sitemap_month.lastmod`),
    );
}

const LOCK = `select pg_advisory_xact_lock(${CHANGE_LOCK_CLASS}, hashtext(current_schema()))`;

/** A string safe to write as a literal: the shapes sitemap months have (codes, months, ISO times). */
const PLAIN = /^[A-Za-z0-9_:.+-]{1,40}$/;

/**
 * Writes what the transaction noted, as its last statements: the sitemap months, then, under the
 * change lock held to the commit, the stories' numbers after every number committed so far (a
 * reader that sees n has seen every m < n). On PostgreSQL this is one round trip; the lock is taken
 * after every row lock the transaction holds, and under it only rows it has written are touched,
 * so no writer holding the lock waits for one waiting for it.
 */
export async function closeChanges(trx: Kysely<Database>, dialect: Dialect): Promise<void> {
  const record = pending.get(trx);
  if (!record) return;
  pending.delete(trx);
  const months = [...record.months.values()];
  const ids = [...record.ids].sort((a, b) => a - b);
  if (dialect !== 'postgres') {
    // SQLite writers are serialised by the database: no lock to take.
    if (months.length > 0) await upsertMonths(trx, months).execute();
    await numberSqlite(trx, ids);
    return;
  }
  const statements: string[] = [];
  if (months.length > 0) {
    if (months.every((m) => PLAIN.test(m.edition) && PLAIN.test(m.month) && PLAIN.test(m.lastmod)))
      statements.push(
        `insert into sitemap_month (edition, month, lastmod) values ${months
          .map((m) => `('${m.edition}', '${m.month}', '${m.lastmod}')`)
          .join(', ')} on conflict (edition, month) do update set lastmod = excluded.lastmod` +
          ` where excluded.lastmod > sitemap_month.lastmod`,
      );
    else await upsertMonths(trx, months).execute();
  }
  if (ids.length > 0) {
    // Contiguous numbers in the order of the ids; each statement of the batch reads afresh, so
    // the maximum is read after the lock is granted and sees the last holder's commit.
    statements.push(LOCK);
    statements.push(
      `update story set change_seq = (select coalesce(max(change_seq), 0) from story) + x.n` +
        ` from unnest(array[${ids.join(',')}]::bigint[]) with ordinality as x(id, n)` +
        ` where story.id = x.id`,
    );
  }
  // No parameters: the driver sends the statements in one simple query.
  if (statements.length > 0) await sql.raw(statements.join(';\n')).execute(trx);
}

async function numberSqlite(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const row = await db
    .selectFrom('story')
    .select((eb) => eb.fn.max('change_seq').as('seq'))
    .executeTakeFirst();
  const base = Number(row?.seq ?? 0) - ids[0]! + 1;
  // Numbers follow the ids (gaps allowed): a partner reading "after n" sees them in write order.
  for (let i = 0; i < ids.length; i += 1000)
    await db
      .updateTable('story')
      .set({ change_seq: sql<number>`id + ${base}` })
      .where('id', 'in', ids.slice(i, i + 1000))
      .execute();
}

function checkIds(ids: readonly number[]): void {
  for (const id of ids)
    if (!Number.isSafeInteger(id) || id < 1) throw new Error(`not a story id: ${String(id)}`);
}

/**
 * Gives the stories the next change sequence numbers. In a transaction that defers its changes
 * (the store's), at its end; in another transaction, now, under the lock held to its commit;
 * outside one, in a transaction of their own.
 */
export async function bumpChangeSeqs(
  db: Kysely<Database>,
  dialect: Dialect,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return;
  checkIds(ids);
  const record = pending.get(db);
  if (record) {
    for (const id of ids) record.ids.add(id);
    return;
  }
  const now = async (trx: Kysely<Database>) => {
    openChanges(trx);
    for (const id of ids) pending.get(trx)!.ids.add(id);
    await closeChanges(trx, dialect);
  };
  if (db.isTransaction) await now(db);
  else await db.transaction().execute(now);
}

/** Gives one story the next change sequence number (see bumpChangeSeqs). */
export function bumpChangeSeq(db: Kysely<Database>, dialect: Dialect, id: number): Promise<void> {
  return bumpChangeSeqs(db, dialect, [id]);
}
