// The database side of a backup: a consistent SQLite copy of either database, what a copy holds
// (migrations, counts), and raw connections for the table copier.

import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { copyTables, type AnyDb, type Side } from './table-copier.js';

export type DatabaseLocation =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/** A connection of the copier's own to a database (closed with close()). */
export interface RawDatabase extends Side {
  close(): Promise<void>;
}

export function openRawDatabase(
  at: DatabaseLocation,
  options: { readonly?: boolean } = {},
): RawDatabase {
  if (at.kind === 'sqlite') {
    const database = new Database(at.file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    database.pragma('busy_timeout = 5000');
    const db: AnyDb = new Kysely({ dialect: new SqliteDialect({ database }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  if (at.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(at.schema))
    throw new RangeError(`not a schema name: ${at.schema}`);
  const pool = new pg.Pool({
    connectionString: at.url,
    max: 1,
    ...(at.schema ? { options: `-c search_path=${at.schema}` } : {}),
  });
  const db: AnyDb = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** SQLite's online backup of a database in use: the pages as of one moment, into `dest`. */
export async function sqliteOnlineBackup(file: string, dest: string): Promise<void> {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    database.pragma('busy_timeout = 5000');
    // All pages in one step: a step that writers interleave with would restart the backup
    // (SQLite starts over when another connection writes), so under steady saves it never ends.
    await database.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    database.close();
  }
  selfContained(dest);
}

/** Leaves a SQLite copy as one file (rollback journal, no -wal or -shm beside it). */
export function selfContained(file: string): void {
  const database = new Database(file, { fileMustExist: true });
  try {
    database.pragma('journal_mode = DELETE');
  } finally {
    database.close();
  }
}

/**
 * Copies a PostgreSQL database's rows into `dest` (a SQLite database migrated to the same
 * migrations), reading them in one repeatable-read, read-only transaction: one moment's rows.
 */
export async function postgresSnapshotInto(
  source: RawDatabase,
  dest: RawDatabase,
): Promise<Record<string, number>> {
  return source.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((trx) => copyTables({ db: trx, dialect: 'postgres' }, dest));
}

/** The names of the migrations a database has run, in order. */
export async function migrationNames(db: AnyDb): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    db,
  );
  return r.rows.map((row) => row.name);
}

export interface ContentCounts {
  stories: number;
  revisions: number;
  users: number;
  media: number;
}

/** What an operator counts in a copy: stories, revisions, accounts, media files. */
export async function contentCounts(db: AnyDb): Promise<ContentCounts> {
  const n = async (table: string) =>
    Number(
      (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db))
        .rows[0]?.n ?? 0,
    );
  return {
    stories: await n('story'),
    revisions: await n('revision'),
    users: await n('app_user'),
    media: await n('media'),
  };
}

/** True when the database has no content (no story, rubric, account, media, subscriber). */
export async function isEmptyDatabase(db: AnyDb): Promise<boolean> {
  const tables = ['story', 'rubric', 'tag', 'author', 'app_user', 'media', 'subscriber'];
  for (const t of tables) {
    const r = await sql<{
      one: number;
    }>`select 1 as one from ${sql.table(t)} limit 1`
      .execute(db)
      .catch(() => ({ rows: [] }));
    if (r.rows.length > 0) return false;
  }
  return true;
}

export { copyTables };
