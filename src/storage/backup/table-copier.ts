// Copies every row of storage's tables from one database to another (SQLite or PostgreSQL), in
// dependency order and one target transaction; the search index's tables are left to a reindex.

import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../migrations/index.js';

/** Kysely over tables named at run time (the copier reads whatever the migrations made). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface Side {
  db: AnyDb;
  dialect: Dialect;
}

/** Tables that are not content: Kysely's bookkeeping, SQLite's own, the search index's. */
function isContentTable(name: string): boolean {
  return !/^(kysely_|sqlite_|search_)/.test(name);
}

/** Storage's tables in a database, by name. */
export async function contentTables(side: Side): Promise<string[]> {
  const rows =
    side.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' order by name`.execute(side.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
          side.db,
        );
  return rows.rows.map((r) => r.name).filter(isContentTable);
}

/** Foreign keys as [child, parent] pairs of table names. */
async function foreignKeys(side: Side): Promise<[string, string][]> {
  const rows =
    side.dialect === 'sqlite'
      ? await sql<{ child: string; parent: string }>`select m.name as child, p."table" as parent
          from sqlite_master m join pragma_foreign_key_list(m.name) p where m.type = 'table'`.execute(
          side.db,
        )
      : await sql<{
          child: string;
          parent: string;
        }>`select cl.relname as child, pcl.relname as parent
          from pg_constraint c join pg_class cl on cl.oid = c.conrelid
          join pg_class pcl on pcl.oid = c.confrelid
          join pg_namespace n on n.oid = cl.relnamespace
          where c.contype = 'f' and n.nspname = current_schema()`.execute(side.db);
  return rows.rows.map((r) => [r.child, r.parent]);
}

/** The tables with every table a row refers to before it (a table referring to itself is fine). */
export function dependencyOrder(tables: string[], keys: [string, string][]): string[] {
  const done: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (done.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const [child, parent] of keys)
      if (child === t && parent !== t && tables.includes(parent)) visit(parent);
    visiting.delete(t);
    done.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return done;
}

/** Counts the rows of each table. */
export async function countRows(db: AnyDb, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(
      db,
    );
    counts[t] = Number(r.rows[0]?.n ?? 0);
  }
  return counts;
}

/** A value as the target database takes it. */
function toTarget(value: unknown, dialect: Dialect): unknown {
  if (dialect === 'sqlite') {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value))
      return JSON.stringify(value);
  }
  return value;
}

const PAGE = 500;
/** Bound parameters per insert, under both databases' limits. */
const MAX_PARAMS = 30_000;

async function columnsOf(side: Side, table: string): Promise<string[]> {
  const rows =
    side.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(side.db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}
          order by ordinal_position`.execute(side.db);
  return rows.rows.map((r) => r.name);
}

async function copyTable(
  source: Side,
  target: { db: Transaction<unknown>; dialect: Dialect },
  table: string,
  targetColumns: string[],
): Promise<number> {
  const columns = await columnsOf(source, table);
  const missing = columns.filter((c) => !targetColumns.includes(c));
  if (missing.length > 0)
    throw new Error(`the target's table ${table} lacks the columns ${missing.join(', ')}`);
  // A total order, so pages of a snapshot neither repeat nor skip rows; ids keep parents first.
  const order = columns.includes('id') ? ['id'] : columns;
  const perInsert = Math.max(1, Math.min(PAGE, Math.floor(MAX_PARAMS / columns.length)));
  let copied = 0;
  for (let offset = 0; ; offset += PAGE) {
    let query = source.db.selectFrom(table).selectAll();
    for (const c of order) query = query.orderBy(c);
    const page = await query.limit(PAGE).offset(offset).execute();
    for (let i = 0; i < page.length; i += perInsert) {
      const rows = page.slice(i, i + perInsert).map((row: Record<string, unknown>) => {
        const out: Record<string, unknown> = {};
        for (const c of columns) out[c] = toTarget(row[c], target.dialect);
        return out;
      });
      await (target.db as Transaction<Record<string, Record<string, unknown>>>)
        .insertInto(table)
        .values(rows)
        .execute();
    }
    copied += page.length;
    if (page.length < PAGE) return copied;
  }
}

/** Sets each PostgreSQL id sequence past the highest id copied. */
async function setSequences(
  db: Transaction<unknown>,
  tables: string[],
  columns: Map<string, string[]>,
) {
  for (const t of tables) {
    if (!columns.get(t)?.includes('id')) continue;
    const seq = await sql<{
      s: string | null;
    }>`select pg_get_serial_sequence(${sql.lit(t)}, 'id') as s`.execute(db);
    const name = seq.rows[0]?.s;
    if (!name) continue;
    await sql`select setval(${name}::regclass, coalesce((select max(id) from ${sql.table(t)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

/**
 * Replaces the target's rows with the source's, every content table in one transaction of the
 * target (the caller reads the source from a snapshot). Both must be migrated to the same
 * migrations. Returns the rows copied per table.
 */
export async function copyTables(source: Side, target: Side): Promise<Record<string, number>> {
  const tables = await contentTables(source);
  const targetTables = await contentTables(target);
  const absent = tables.filter((t) => !targetTables.includes(t));
  if (absent.length > 0) throw new Error(`the target lacks the tables ${absent.join(', ')}`);
  const order = dependencyOrder(targetTables, await foreignKeys(target));
  const columns = new Map<string, string[]>();
  for (const t of targetTables) columns.set(t, await columnsOf(target, t));
  const copied: Record<string, number> = {};
  await target.db.transaction().execute(async (trx) => {
    // Children first, so no row is left pointing at a parent that is gone.
    for (const t of [...order].reverse()) await trx.deleteFrom(t).execute();
    for (const t of order)
      if (tables.includes(t))
        copied[t] = await copyTable(
          source,
          { db: trx, dialect: target.dialect },
          t,
          columns.get(t)!,
        );
    if (target.dialect === 'postgres') await setSequences(trx, order, columns);
  });
  return copied;
}
