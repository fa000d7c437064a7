// Migration 0013: an index for each public list (edition, rubric, tag, author, archive day), the tag rows' publication time, and the sitemap months.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * Every list reads newest first by (published_at, id) with a status, so each index ends with
 * those three: a page is a walk down one index from a point, whatever the archive's size.
 */
const STORY_INDEXES: [string, string[]][] = [
  ['story_list_edition', ['edition', 'status', 'published_at', 'id']],
  ['story_list_all', ['status', 'published_at', 'id']],
  ['story_list_rubric', ['rubric_id', 'status', 'published_at', 'id']],
  ['story_list_author', ['author_id', 'status', 'published_at', 'id']],
];

export function migration0013(dialect: Dialect): Record<string, Migration> {
  return {
    '0013-list-indexes': {
      async up(db: Kysely<unknown>) {
        for (const [name, columns] of STORY_INDEXES)
          await db.schema.createIndex(name).ifNotExists().on('story').columns(columns).execute();
        // The new indexes begin with these columns and cover what the old ones did.
        await db.schema.dropIndex('story_edition_status_published').ifExists().execute();
        await db.schema.dropIndex('story_rubric_published').ifExists().execute();

        // A tag page walks the tag's rows newest first: they carry their story's publication time.
        await db.schema.alterTable('story_tag').addColumn('published_at', 'varchar(40)').execute();
        await sql`update story_tag set published_at =
          (select published_at from story where story.id = story_tag.story_id)`.execute(db);
        await db.schema
          .createIndex('story_tag_list')
          .on('story_tag')
          .columns(['tag_id', 'published_at', 'story_id'])
          .execute();

        // When each month of each edition last changed: the sitemap index's lastmod, kept on write.
        await db.schema
          .createTable('sitemap_month')
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('month', 'varchar(7)', (c) => c.notNull())
          .addColumn('lastmod', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('sitemap_month_pk', ['edition', 'month'])
          .execute();
        await sql`insert into sitemap_month (edition, month, lastmod)
          select edition, substr(published_at, 1, 7), max(updated_at) from story
          where published_at is not null group by edition, substr(published_at, 1, 7)`.execute(db);
        // PostgreSQL plans by its statistics: give it those of the new column and indexes now.
        if (dialect === 'postgres') await sql`analyze story, story_tag`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('sitemap_month').ifExists().execute();
        await db.schema.dropIndex('story_tag_list').ifExists().execute();
        await db.schema.alterTable('story_tag').dropColumn('published_at').execute();
        for (const [name] of STORY_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
        await db.schema
          .createIndex('story_edition_status_published')
          .on('story')
          .columns(['edition', 'status', 'published_at'])
          .execute();
        await db.schema
          .createIndex('story_rubric_published')
          .on('story')
          .columns(['rubric_id', 'published_at'])
          .execute();
      },
    },
  };
}
