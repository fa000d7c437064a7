// Migration 0025: an author page walks the author's story rows newest first (they carry the story's publication time, as tag rows do since 0013).

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0025(dialect: Dialect): Record<string, Migration> {
  return {
    '0025-author-list': {
      async up(db: Kysely<unknown>) {
        // Without it an author's page reads every story id of the author (all editions, all
        // years) to test the edition's newest stories against them: a list that grows.
        await db.schema
          .alterTable('story_author')
          .addColumn('published_at', 'varchar(40)')
          .execute();
        await sql`update story_author set published_at =
          (select published_at from story where story.id = story_author.story_id)`.execute(db);
        await db.schema
          .createIndex('story_author_list')
          .on('story_author')
          .columns(['author_id', 'published_at', 'story_id'])
          .execute();
        if (dialect === 'postgres') await sql`analyze story_author`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('story_author_list').ifExists().execute();
        await db.schema.alterTable('story_author').dropColumn('published_at').execute();
      },
    },
  };
}
