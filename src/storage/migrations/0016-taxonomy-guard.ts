// Migration 0016: rubrics and tags can be hidden; merged ones leave a redirect from their old slug.

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

export function migration0016(_dialect: Dialect): Record<string, Migration> {
  return {
    '0016-taxonomy-guard': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('rubric')
          .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .alterTable('tag')
          .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('taxonomy_redirect')
          .addColumn('edition', 'varchar(8)', (c) => c.notNull())
          .addColumn('kind', 'varchar(10)', (c) => c.notNull())
          .addColumn('slug', 'varchar(200)', (c) => c.notNull())
          .addColumn('target_id', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('taxonomy_redirect_key', ['edition', 'kind', 'slug'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('taxonomy_redirect').execute();
        await db.schema.alterTable('tag').dropColumn('hidden').execute();
        await db.schema.alterTable('rubric').dropColumn('hidden').execute();
      },
    },
  };
}
