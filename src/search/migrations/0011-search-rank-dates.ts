// Migration 0011: PostgreSQL's ranking table keeps each story's date beside its tsvector, so ranking reads one table.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../platform/sql-dialect.js';

/**
 * Relevance multiplies ts_rank_cd by a recency factor of the story's date. search_rank held only
 * the tsvector, so the ranking statement joined the window's dates (from search_doc) to it, and
 * a join PostgreSQL misjudged ranked the whole window once for every story in it: a phrase of
 * four words whose count the planner took for one row ranked 2,443 stories 2,443 times (28-33 s
 * at a million stories). With the date in the row a window is ranked in one pass and no join.
 * The table is made anew with the column rather than altered: an UPDATE of every row would leave
 * a dead copy of each (2.5 GB at a million stories) until a vacuum.
 */
export function migration0011(dialect: Dialect): Record<string, Migration> {
  return {
    '0011-search-rank-dates': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await sql`create table search_rank_dated (
          story_id integer primary key,
          sort_sec bigint not null,
          tsv tsvector not null
        ) with (toast_tuple_target = 8160)`.execute(db);
        await sql`alter table search_rank_dated alter column tsv set storage main`.execute(db);
        await sql`alter table search_rank_dated alter column tsv set compression lz4`.execute(db);
        await sql`insert into search_rank_dated (story_id, sort_sec, tsv)
          select r.story_id, d.sort_sec, r.tsv from search_rank r join search_doc d using (story_id)
          order by r.story_id`.execute(db);
        await sql`drop table search_rank`.execute(db);
        await sql`alter table search_rank_dated rename to search_rank`.execute(db);
        await sql`alter index search_rank_dated_pkey rename to search_rank_pkey`.execute(db);
        await sql`analyze search_rank`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await sql`alter table search_rank drop column sort_sec`.execute(db);
      },
    },
  };
}
