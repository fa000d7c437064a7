// Migration 0012: PostgreSQL keeps each story's filter tokens (rubric, type, author, tags, year and month) in a tsvector that the text indexes hold too.

import { sql, type Kysely, type Migration } from 'kysely';
import { createPostgresTextIndexes } from './0007-search-pairs.js';
import type { Dialect } from '../../platform/sql-dialect.js';

/**
 * The GIN indexes of the text and of the pairs, each with the filter tokens as a second column:
 * a filtered search is one scan that walks the word's entries and the filters' together, and
 * visits only the rows that hold both. Counting a common word's matches in one type and two years
 * visited each of its stories in those tables to test the filters on the row (73,000 rows for
 * 9,900 matches, 1M stories). A bulk write drops both and calls this at its end.
 */
export async function createPostgresSearchIndexes(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists search_doc_tsv on search_doc using gin (tsv, facets)`.execute(
    db,
  );
  await sql`create index if not exists search_doc_pairs on search_doc using gin (pairs, facets)`.execute(
    db,
  );
}

/**
 * A row's filter tokens in SQL, as storyFilterTokens (filter-tokens.ts) makes them with dates:
 * the entries written before this migration get theirs from their own columns.
 */
const FACETS_OF_ROW = sql`array_to_tsvector(
  array['_r' || rubric_id, '_t' || type,
    '_y' || extract(year from to_timestamp(sort_sec) at time zone 'UTC')::integer,
    '_m' || extract(year from to_timestamp(sort_sec) at time zone 'UTC')::integer || '-'
      || lpad(extract(month from to_timestamp(sort_sec) at time zone 'UTC')::integer::text, 2, '0')]
  || case when author_id is null then '{}'::text[] else array['_a' || author_id] end
  || array(select '_g' || t from unnest(tag_ids) t))`;

export function migration0012(dialect: Dialect): Record<string, Migration> {
  return {
    '0012-search-facets': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        // The text indexes go first, and are built anew by SearchIndex.restoreIndexes once this
        // has committed: a million updates of them would take far longer. The tsvectors in TOAST
        // are not copied: an update keeps the values it does not change where they are.
        await sql`drop index if exists search_doc_tsv`.execute(db);
        await sql`drop index if exists search_doc_pairs`.execute(db);
        await sql`alter table search_doc add column facets tsvector not null default ''`.execute(
          db,
        );
        await sql`update search_doc set facets = ${FACETS_OF_ROW}`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        if (dialect === 'sqlite') return;
        await sql`drop index if exists search_doc_tsv`.execute(db);
        await sql`drop index if exists search_doc_pairs`.execute(db);
        await sql`alter table search_doc drop column facets`.execute(db);
        await createPostgresTextIndexes(db);
      },
    },
  };
}
