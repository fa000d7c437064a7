// Migration 0006: the media library (uploaded images; their files are in media storage).

import type { Kysely, Migration } from 'kysely';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0006(dialect: Dialect): Record<string, Migration> {
  const time = 'varchar(40)';
  return {
    '0006-media': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('media')
          .addColumn('id', idColumn(dialect), idKey(dialect))
          .addColumn('key', 'varchar(64)', (c) => c.notNull().unique())
          .addColumn('hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('original_name', 'varchar(300)', (c) => c.notNull())
          .addColumn('mime', 'varchar(40)', (c) => c.notNull())
          .addColumn('width', 'integer', (c) => c.notNull())
          .addColumn('height', 'integer', (c) => c.notNull())
          .addColumn('bytes', 'integer', (c) => c.notNull())
          .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('caption', 'text')
          .addColumn('credit', 'varchar(300)')
          .addColumn('uploaded_by', 'integer', (c) =>
            c.references('app_user.id').onDelete('set null'),
          )
          .addColumn('created_at', time, (c) => c.notNull())
          .addColumn('updated_at', time, (c) => c.notNull())
          .addColumn('variants', 'text', (c) => c.notNull())
          .addColumn('search_key', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('media_hash').on('media').column('hash').execute();
        await db.schema.createIndex('media_created').on('media').column('created_at').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('media').execute();
      },
    },
  };
}
