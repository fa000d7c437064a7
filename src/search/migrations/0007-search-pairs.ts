// Migration 0007: the search index also keeps word pairs (see src/search/pairs.ts); it is emptied here and rebuilt when the store opens.

import { sql, type Kysely, type Migration } from 'kysely';
import { createFirstSqliteSearchTable } from './0002-search.js';
import type { Dialect } from '../../platform/sql-dialect.js';

export const SEARCH_PAIRS_MIGRATION = '0007-search-pairs';

/** The FTS5 table; `lede reindex` makes it anew with this definition too. */
export async function createSqliteSearchTable(db: Kysely<unknown>): Promise<void> {
  // Columns hold stems joined by spaces (made in the app), then the pairs of neighbouring stems of
  // each field ("a_b"); meta holds filter tokens (_r12 _g7 _tnews _a3). "_" is a token character
  // here and never part of a stem, so a stem, a pair and a filter token never meet: a query needs
  // no column filter (which would make FTS5 read column lists: six times slower).
  await sql`create virtual table search_fts using fts5(
    title, lead, body, meta, title_pairs, lead_pairs, body_pairs,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0 tokenchars ''_'''
  )`.execute(db);
}

/** PostgreSQL: the GIN indexes of the text and of the pairs (a bulk write drops them and calls this at its end). */
export async function createPostgresTextIndexes(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists search_doc_tsv on search_doc using gin (tsv)`.execute(db);
  await sql`create index if not exists search_doc_pairs on search_doc using gin (pairs)`.execute(
    db,
  );
}

export function migration0007(dialect: Dialect): Record<string, Migration> {
  return {
    [SEARCH_PAIRS_MIGRATION]: {
      // Entries written before hold no pairs, so a phrase would not find them: the index is
      // emptied, and the index's upgrade (kysely-search-index.ts) fills it from the stories once
      // this has run.
      async up(db: Kysely<unknown>) {
        await sql`delete from search_doc`.execute(db);
        if (dialect === 'sqlite') {
          await sql`drop table if exists search_fts`.execute(db);
          await createSqliteSearchTable(db);
          return;
        }
        // PostgreSQL: the pairs in a tsvector of their own (no positions), beside the text's.
        await sql`alter table search_doc add column if not exists pairs tsvector not null default ''`.execute(
          db,
        );
        await createPostgresTextIndexes(db);
      },
      async down(db: Kysely<unknown>) {
        await sql`delete from search_doc`.execute(db);
        if (dialect === 'sqlite') {
          await sql`drop table search_fts`.execute(db);
          await createFirstSqliteSearchTable(db);
        } else await sql`alter table search_doc drop column pairs`.execute(db);
      },
    },
  };
}
