// Migration 0002: the search index (an FTS5 table on SQLite, a tsvector with GIN on PostgreSQL) and its vocabulary.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../platform/sql-dialect.js';

/** The FTS5 table as 0002 made it (0007 replaces it with one that also holds word pairs). */
export async function createFirstSqliteSearchTable(db: Kysely<unknown>): Promise<void> {
  // Columns hold stems joined by spaces (made in the app); meta holds filter tokens (_r12 _g7
  // _tnews _a3): "_" is a token character here and never part of a stem, so a query of stems
  // needs no column filter (which would make FTS5 read column lists: six times slower).
  await sql`create virtual table search_fts using fts5(
    title, lead, body, meta,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0 tokenchars ''_'''
  )`.execute(db);
}

async function sqliteIndex(db: Kysely<unknown>): Promise<void> {
  await createFirstSqliteSearchTable(db);
  await db.schema
    .createTable('search_doc')
    .addColumn('story_id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_key', 'integer', (c) => c.notNull().unique())
    .execute();
}

async function postgresIndex(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_doc')
    .addColumn('story_id', 'integer', (c) => c.primaryKey())
    .addColumn('edition', 'varchar(8)', (c) => c.notNull())
    .addColumn('type', 'varchar(20)', (c) => c.notNull())
    .addColumn('rubric_id', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'integer')
    .addColumn('tag_ids', sql`integer[]`, (c) => c.notNull())
    .addColumn('public_sec', 'bigint')
    .addColumn('sort_sec', 'bigint', (c) => c.notNull())
    .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index search_doc_tsv on search_doc using gin (tsv)`.execute(db);
  await db.schema
    .createIndex('search_doc_edition_sort')
    .on('search_doc')
    .columns(['edition', 'sort_sec'])
    .execute();
}

export function migration0002(dialect: Dialect): Record<string, Migration> {
  return {
    '0002-search': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') await sqliteIndex(db);
        else await postgresIndex(db);
        await db.schema
          .createTable('search_word')
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('first', 'varchar(4)', (c) => c.notNull())
          .addColumn('len', 'integer', (c) => c.notNull())
          .addColumn('key', 'varchar(160)', (c) => c.notNull())
          .addColumn('word', 'varchar(160)', (c) => c.notNull())
          .addColumn('docs', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('search_word_pk', ['edition', 'key'])
          .execute();
        await db.schema
          .createIndex('search_word_probe')
          .on('search_word')
          .columns(['edition', 'first', 'len'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('search_word').execute();
        await db.schema.dropTable('search_doc').execute();
        if (dialect === 'sqlite') await sql`drop table search_fts`.execute(db);
      },
    },
  };
}
