// Migration 0024: the stories an editor picks as related to a story, in order; tags linked across editions (a link key, as rubrics have).

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0024(_dialect: Dialect): Record<string, Migration> {
  return {
    '0024-related-stories': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('story_related')
          .addColumn('story_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .addColumn('related_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('story_related_pk', ['story_id', 'related_id'])
          .execute();
        // A story deleted leaves no pick behind: the cascade looks its picks up by related_id.
        await db.schema
          .createIndex('story_related_related')
          .on('story_related')
          .column('related_id')
          .execute();
        // Tags are per edition; one key links "Neft qiymətləri", "Цены на нефть" and "Oil prices".
        await db.schema.alterTable('tag').addColumn('link_key', 'varchar(100)').execute();
        await db.schema.createIndex('tag_link_key').on('tag').column('link_key').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('tag_link_key').execute();
        await db.schema.alterTable('tag').dropColumn('link_key').execute();
        await db.schema.dropTable('story_related').execute();
      },
    },
  };
}
