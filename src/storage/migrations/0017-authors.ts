// Migration 0017: author profiles (a name and bio per edition, photo, newsroom user), several authors per story in order, rubrics linked across editions.

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0017(_dialect: Dialect): Record<string, Migration> {
  return {
    '0017-authors': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('author').addColumn('photo_id', 'integer').execute();
        await db.schema.alterTable('author').addColumn('user_id', 'integer').execute();
        // Author pages are found by slug: make the slugs two authors share unique first.
        await sql`update author set slug = slug || '-' || cast(id as varchar(20))
          where exists (select 1 from author a2 where a2.slug = author.slug and a2.id < author.id)`.execute(
          db,
        );
        await db.schema.createIndex('author_slug').unique().on('author').column('slug').execute();
        await db.schema.createIndex('author_user').on('author').column('user_id').execute();

        await db.schema
          .createTable('author_name')
          .addColumn('author_id', 'integer', (c) =>
            c.notNull().references('author.id').onDelete('cascade'),
          )
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('name_key', 'varchar(200)', (c) => c.notNull())
          .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
          .addPrimaryKeyConstraint('author_name_pk', ['author_id', 'edition'])
          .execute();
        await db.schema
          .createIndex('author_name_key')
          .on('author_name')
          .column('name_key')
          .execute();

        await db.schema
          .createTable('story_author')
          .addColumn('story_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .addColumn('author_id', 'integer', (c) =>
            c.notNull().references('author.id').onDelete('cascade'),
          )
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('story_author_pk', ['story_id', 'author_id'])
          .execute();
        await db.schema
          .createIndex('story_author_author')
          .on('story_author')
          .columns(['author_id', 'story_id'])
          .execute();
        // Every story keeps the author it had, as its first.
        await sql`insert into story_author (story_id, author_id, position)
          select id, author_id, 0 from story where author_id is not null`.execute(db);

        // Rubrics are per edition; one key links "Siyasət", "Политика" and "Politics".
        await db.schema.alterTable('rubric').addColumn('link_key', 'varchar(100)').execute();
        await db.schema.createIndex('rubric_link_key').on('rubric').column('link_key').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('rubric_link_key').execute();
        await db.schema.alterTable('rubric').dropColumn('link_key').execute();
        await db.schema.dropTable('story_author').execute();
        await db.schema.dropTable('author_name').execute();
        await db.schema.dropIndex('author_user').execute();
        await db.schema.dropIndex('author_slug').execute();
        await db.schema.alterTable('author').dropColumn('user_id').execute();
        await db.schema.alterTable('author').dropColumn('photo_id').execute();
      },
    },
  };
}
