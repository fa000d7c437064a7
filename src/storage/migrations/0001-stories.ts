// Migration 0001: stories, rubrics, tags, hot tags and authors.

import type { Kysely, Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0001(dialect: Dialect): Record<string, Migration> {
  const id = idColumn(dialect);
  return {
    '0001-stories-and-taxonomy': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('rubric')
          .addColumn('id', id, idKey(dialect))
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('slug', 'varchar(200)', (c) => c.notNull())
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('name_key', 'varchar(200)', (c) => c.notNull())
          .addColumn('parent_id', 'integer', (c) => c.references('rubric.id'))
          .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
          .addUniqueConstraint('rubric_edition_slug', ['edition', 'slug'])
          .execute();
        await db.schema
          .createIndex('rubric_edition_name')
          .on('rubric')
          .columns(['edition', 'name_key'])
          .execute();

        await db.schema
          .createTable('tag')
          .addColumn('id', id, idKey(dialect))
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('slug', 'varchar(200)', (c) => c.notNull())
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('name_key', 'varchar(200)', (c) => c.notNull())
          .addUniqueConstraint('tag_edition_slug', ['edition', 'slug'])
          .addUniqueConstraint('tag_edition_name', ['edition', 'name_key'])
          .execute();

        await db.schema
          .createTable('hot_tag')
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('tag_id', 'integer', (c) =>
            c.notNull().references('tag.id').onDelete('cascade'),
          )
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('expires_at', 'varchar(40)')
          .addPrimaryKeyConstraint('hot_tag_pk', ['edition', 'tag_id'])
          .execute();

        await db.schema
          .createTable('author')
          .addColumn('id', id, idKey(dialect))
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('name_key', 'varchar(200)', (c) => c.notNull().unique())
          .addColumn('slug', 'varchar(200)', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('story')
          .addColumn('id', id, idKey(dialect))
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('type', 'varchar(20)', (c) => c.notNull())
          .addColumn('status', 'varchar(20)', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('slug', 'varchar(200)', (c) => c.notNull())
          .addColumn('lead', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('rubric_id', 'integer', (c) => c.notNull().references('rubric.id'))
          .addColumn('author_id', 'integer', (c) => c.references('author.id'))
          .addColumn('published_at', 'varchar(40)')
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('translation_group', 'varchar(64)')
          .addColumn('translated_from_version', 'integer')
          .addColumn('source_key', 'varchar(200)', (c) => c.unique())
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('story_edition_slug', ['edition', 'slug'])
          .execute();
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
        await db.schema
          .createIndex('story_translation_group')
          .on('story')
          .column('translation_group')
          .execute();

        await db.schema
          .createTable('story_tag')
          .addColumn('story_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .addColumn('tag_id', 'integer', (c) =>
            c.notNull().references('tag.id').onDelete('cascade'),
          )
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('story_tag_pk', ['story_id', 'tag_id'])
          .execute();
        await db.schema
          .createIndex('story_tag_tag')
          .on('story_tag')
          .columns(['tag_id', 'story_id'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const t of ['story_tag', 'story', 'author', 'hot_tag', 'tag', 'rubric'])
          await db.schema.dropTable(t).execute();
      },
    },
  };
}
