// Migration 0021: story covers (a media item per story, its texts for that story, a focal point).

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0021(dialect: Dialect): Record<string, Migration> {
  const real = dialect === 'sqlite' ? 'real' : 'double precision';
  return {
    '0021-story-cover': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('story_cover')
          .addColumn('story_id', 'integer', (c) =>
            c.primaryKey().references('story.id').onDelete('cascade'),
          )
          // A media item a story shows cannot be deleted (the library says which stories use it).
          .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id'))
          .addColumn('alt', 'text')
          .addColumn('caption', 'text')
          .addColumn('credit', 'varchar(300)')
          .addColumn('focus_x', real, (c) => c.notNull().defaultTo(0.5))
          .addColumn('focus_y', real, (c) => c.notNull().defaultTo(0.5))
          .execute();
        await db.schema
          .createIndex('story_cover_media')
          .on('story_cover')
          .column('media_id')
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('story_cover').execute();
      },
    },
  };
}
