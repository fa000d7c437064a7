// Migration 0010: PostgreSQL keeps a copy of each story's tsvector for ranking in a table of its own, on the heap and uncompressed.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../platform/sql-dialect.js';

/**
 * Relevance ranks up to RANK_WINDOW stories a query: ts_rank_cd reads each one's tsvector. In
 * search_doc a tsvector lives in TOAST (the rows there stay narrow for counting, migration 0009),
 * and reading one costs a descent of the TOAST index, two chunks and a decompression. Here each vector sits in its row as it is: vectors of up to 8 KB
 * (nearly all; a story of 300 words makes 2 KB) are neither compressed nor moved out, so a
 * window is one bitmap of the primary key and a page per story (2,000 ranked in 12.5-17 ms warm
 * at a million stories, 17-35 ms from TOAST). Larger ones are compressed with lz4, and moved out
 * only when that is not enough.
 */
async function createRankTable(db: Kysely<unknown>): Promise<void> {
  await sql`create table search_rank (
    story_id integer primary key,
    tsv tsvector not null
  ) with (toast_tuple_target = 8160)`.execute(db);
  await sql`alter table search_rank alter column tsv set storage main`.execute(db);
  await sql`alter table search_rank alter column tsv set compression lz4`.execute(db);
}

export function migration0010(dialect: Dialect): Record<string, Migration> {
  return {
    '0010-search-rank': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await createRankTable(db);
        // `|| ''` makes each vector anew: a copied value would keep the compression it had in
        // search_doc's TOAST.
        await sql`insert into search_rank (story_id, tsv)
          select story_id, tsv || ''::tsvector from search_doc order by story_id`.execute(db);
        await sql`analyze search_rank`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await sql`drop table search_rank`.execute(db);
      },
    },
  };
}
