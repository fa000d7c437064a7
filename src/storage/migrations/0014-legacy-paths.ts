// Migration 0014: old addresses of imported stories (WordPress permalinks) and the content hash of each imported source.

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0014(_dialect: Dialect): Record<string, Migration> {
  return {
    '0014-legacy-paths': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('legacy_path')
          .addColumn('path', 'varchar(1000)', (c) => c.primaryKey())
          .addColumn('story_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .execute();
        await db.schema
          .createIndex('legacy_path_story')
          .on('legacy_path')
          .column('story_id')
          .execute();
        await db.schema
          .createTable('import_source')
          .addColumn('source_key', 'varchar(200)', (c) => c.primaryKey())
          .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('import_source').execute();
        await db.schema.dropTable('legacy_path').execute();
      },
    },
  };
}
