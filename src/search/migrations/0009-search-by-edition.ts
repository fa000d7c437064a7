// Migration 0009: PostgreSQL keeps each edition's search entries in a table of their own (list partitions), cut in parts by story id, each with its own indexes.

import { sql, type Kysely, type Migration } from 'kysely';
import { EDITION_CODES } from '../../domain/editions.js';
import { createPostgresTextIndexes } from './0007-search-pairs.js';
import type { Dialect } from '../../platform/sql-dialect.js';

/**
 * Each edition's table is cut in parts by story id: the count of a broad query stops at
 * COUNT_LIMIT, and a word in nearly every story finds that many in the first part, without
 * reading the rest of its GIN lists (a word in 97% of an edition's stories has 320,000 entries
 * at a million stories).
 */
export const EDITION_PARTS = 8;

/**
 * A public search asks one edition. In one table a common word's GIN list held every edition's
 * stories, and each match of another edition was visited on the heap to be dropped: a third of
 * the work was for the asked edition. Partitioned by edition, the planner reads only that
 * edition's table and its indexes; a search over several editions appends theirs.
 */
async function createPartitionedTable(db: Kysely<unknown>, name: string): Promise<void> {
  await sql`create table ${sql.id(name)} (
    story_id integer not null,
    edition varchar(8) not null,
    type varchar(20) not null,
    rubric_id integer not null,
    author_id integer,
    tag_ids integer[] not null,
    public_sec bigint,
    sort_sec bigint not null,
    tsv tsvector not null,
    pairs tsvector not null default '',
    primary key (story_id, edition)
  ) partition by list (edition)`.execute(db);
  for (const code of EDITION_CODES) {
    const edition = `${name}_${code}`;
    await sql`create table ${sql.id(edition)} partition of ${sql.id(name)} for values in (${sql.lit(code)}) partition by hash (story_id)`.execute(
      db,
    );
    // toast_tuple_target 128: a row's tsvectors (5 KB together, more than the 2 KB that starts
    // TOAST) are all moved out, so a row on the heap is 130 bytes instead of 750. Counting a
    // broad query visits thousands of rows: 60 to a page instead of 10.
    for (let part = 0; part < EDITION_PARTS; part++)
      await sql`create table ${sql.id(`${edition}_${part}`)} partition of ${sql.id(edition)} for values with (modulus ${sql.lit(EDITION_PARTS)}, remainder ${sql.lit(part)}) with (toast_tuple_target = 128)`.execute(
        db,
      );
  }
}

/** The date index of each edition's table: a broad query walks it newest first. */
async function createDateIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create index search_doc_sort on search_doc (sort_sec)`.execute(db);
}

export function migration0009(dialect: Dialect): Record<string, Migration> {
  return {
    '0009-search-by-edition': {
      // PostgreSQL runs a migration in one transaction: the entries are copied, not rebuilt from
      // the stories (that would analyse every story's text again).
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await sql`alter table search_doc rename to search_doc_single`.execute(db);
        await sql`alter index search_doc_tsv rename to search_doc_single_tsv`.execute(db);
        await sql`alter index search_doc_pairs rename to search_doc_single_pairs`.execute(db);
        await sql`alter index search_doc_pkey rename to search_doc_single_pkey`.execute(db);
        await createPartitionedTable(db, 'search_doc');
        await sql`set local maintenance_work_mem = '512MB'`.execute(db);
        await sql`insert into search_doc (story_id, edition, type, rubric_id, author_id, tag_ids, public_sec, sort_sec, tsv, pairs)
          select story_id, edition, type, rubric_id, author_id, tag_ids, public_sec, sort_sec, tsv, pairs
          from search_doc_single order by story_id`.execute(db);
        await sql`drop table search_doc_single`.execute(db);
        await createDateIndex(db);
        await createPostgresTextIndexes(db);
        await sql`analyze search_doc`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await sql`alter table search_doc rename to search_doc_parts`.execute(db);
        await sql`create table search_doc (like search_doc_parts including defaults)`.execute(db);
        await sql`insert into search_doc select * from search_doc_parts`.execute(db);
        await sql`drop table search_doc_parts`.execute(db);
        await sql`alter table search_doc add primary key (story_id)`.execute(db);
        await sql`create index search_doc_edition_sort on search_doc (edition, sort_sec)`.execute(
          db,
        );
        await createPostgresTextIndexes(db);
      },
    },
  };
}
