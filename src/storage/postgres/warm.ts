// Reads what searches and story pages read most into PostgreSQL's shared buffers (pg_prewarm), as far as they have room.

import { sql, type Kysely } from 'kysely';
import type { WarmPart, WarmReport } from '../port.js';

/**
 * What is read, in order of use per byte. A part is read whole or not at all: the first parts
 * that fit the room are read, a part too large is passed over for the smaller ones after it.
 * `indexes`: the columns whose indexes are read (the first column of each index), or all.
 */
interface PartSpec {
  what: string;
  table: string;
  heap: boolean;
  indexes: readonly string[] | 'all';
  /** Values moved out of the rows (a story's body), with their index. */
  toast?: boolean;
}

const PARTS: readonly PartSpec[] = [
  { what: 'vocabulary ("did you mean")', table: 'search_word', heap: true, indexes: 'all' },
  // Counting visits each match's narrow row; GIN finds them, the date index orders broad queries.
  {
    what: 'search entries and their word and date indexes',
    table: 'search_doc',
    heap: true,
    indexes: ['tsv', 'sort_sec'],
  },
  { what: 'ranking vectors', table: 'search_rank', heap: true, indexes: 'all' },
  { what: 'stories', table: 'story', heap: true, indexes: ['id'], toast: true },
  { what: "stories' tags", table: 'story_tag', heap: true, indexes: 'all' },
  { what: 'tags', table: 'tag', heap: true, indexes: 'all' },
  { what: 'phrase index (word pairs)', table: 'search_doc', heap: false, indexes: ['pairs'] },
];

/**
 * Share of shared_buffers the parts may fill: the rest stays for writes, the other tables and
 * the buffers PostgreSQL turns over itself.
 */
const ROOM_SHARE = 0.8;

interface Relation {
  oid: number;
  bytes: number;
}

/** The relations of a part: of each partition when the table is partitioned. */
async function relationsOf<T>(db: Kysely<T>, part: PartSpec): Promise<Relation[]> {
  const columns = part.indexes === 'all' ? null : [...part.indexes];
  const rows = await sql<{ oid: number; bytes: string }>`
    with t as (
      select relid from pg_partition_tree(to_regclass(${part.table})) where isleaf
      union select oid from pg_class where oid = to_regclass(${part.table}) and relkind = 'r'
    ),
    r as (
      select relid as oid from t where ${part.heap}
      union all
      select i.indexrelid from pg_index i join t on i.indrelid = t.relid
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
        where ${columns}::text[] is null or a.attname = any(${columns}::text[])
      union all
      select c.reltoastrelid from pg_class c join t on c.oid = t.relid where ${part.toast === true} and c.reltoastrelid <> 0
      union all
      select i.indexrelid from pg_class c join t on c.oid = t.relid join pg_index i on i.indrelid = c.reltoastrelid
        where ${part.toast === true}
    )
    select oid::integer as oid, pg_relation_size(oid) as bytes from r where oid is not null`.execute(
    db,
  );
  return rows.rows.map((r) => ({ oid: r.oid, bytes: Number(r.bytes) }));
}

/** The schema pg_prewarm is in, creating the extension when it is missing and allowed; null otherwise. */
async function prewarmSchema<T>(db: Kysely<T>): Promise<string | null> {
  const find = async () =>
    (
      await sql<{ schema: string }>`select n.nspname as schema from pg_extension e
        join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_prewarm'`.execute(db)
    ).rows[0]?.schema ?? null;
  const found = await find();
  if (found !== null) return found;
  try {
    // In public, not the current schema: a test's schema is dropped with what is in it.
    await sql`create extension if not exists pg_prewarm with schema public`.execute(db);
  } catch {
    // Not allowed (no superuser), not installed, or made at the same moment by another process.
  }
  return find();
}

export interface WarmOptions {
  /** Bytes the parts may fill; 80% of shared_buffers unless given. */
  room?: number;
}

export async function warmPostgres<T>(
  db: Kysely<T>,
  options: WarmOptions = {},
): Promise<WarmReport> {
  const buffers = Number(
    (
      await sql<{
        bytes: string;
      }>`select setting::bigint * 8192 as bytes from pg_settings where name = 'shared_buffers'`.execute(
        db,
      )
    ).rows[0]?.bytes ?? 0,
  );
  const room = options.room ?? Math.floor(buffers * ROOM_SHARE);
  const plan: (WarmPart & { relations: Relation[] })[] = [];
  for (const spec of PARTS) {
    const relations = await relationsOf(db, spec);
    plan.push({
      what: spec.what,
      bytes: relations.reduce((sum, r) => sum + r.bytes, 0),
      loaded: false,
      relations,
    });
  }
  const wanted = plan.reduce((sum, p) => sum + p.bytes, 0);
  const schema = await prewarmSchema(db);
  const report = (note: string | null): WarmReport => ({
    sharedBuffers: buffers,
    room,
    wanted,
    parts: plan.map(({ what, bytes, loaded }) => ({ what, bytes, loaded })),
    note,
  });
  if (schema === null)
    return report(
      'the pg_prewarm extension is not available (PostgreSQL contrib, created by a superuser)',
    );
  let left = room;
  for (const part of plan) {
    if (part.bytes > left) continue;
    for (const relation of part.relations)
      await sql`select ${sql.id(schema, 'pg_prewarm')}(${relation.oid}::regclass, 'buffer')`.execute(
        db,
      );
    part.loaded = true;
    left -= part.bytes;
  }
  return report(
    wanted > room
      ? `shared_buffers holds ${mb(room)} MB for these, ${mb(wanted)} MB wanted: set shared_buffers to ${mb(Math.ceil(wanted / ROOM_SHARE))} MB or more`
      : null,
  );
}

function mb(bytes: number): number {
  return Math.ceil(bytes / 2 ** 20);
}
