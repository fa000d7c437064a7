// Migration 0004: workflow fields of stories (embargo, schedule, kill reason, corrections, creator) and revisions.

import { sql, type Kysely, type Migration } from 'kysely';
import { nameKey } from '../../domain/taxonomy.js';
import { idColumn, idKey, type Dialect } from './dialect.js';

export function migration0004(dialect: Dialect): Record<string, Migration> {
  const time = 'varchar(40)';
  return {
    '0004-workflow': {
      async up(db: Kysely<unknown>) {
        const columns: [string, 'integer' | 'text' | typeof time][] = [
          ['translated_from_id', 'integer'],
          ['embargo_until', time],
          ['scheduled_at', time],
          ['unpublished_reason', 'text'],
          ['corrections', 'text'],
          ['created_by', 'integer'],
          ['title_key', 'text'],
        ];
        for (const [name, type] of columns)
          await db.schema.alterTable('story').addColumn(name, type).execute();
        // Headline search compares case-folded keys, the same on both databases.
        const rows = await sql<{
          id: number;
          title: string;
        }>`select id, title from story`.execute(db);
        for (const row of rows.rows)
          await sql`update story set title_key = ${nameKey(row.title)} where id = ${row.id}`.execute(
            db,
          );
        await db.schema
          .createIndex('story_status_scheduled')
          .on('story')
          .columns(['status', 'scheduled_at'])
          .execute();
        await db.schema
          .createIndex('story_edition_status_updated')
          .on('story')
          .columns(['edition', 'status', 'updated_at'])
          .execute();
        await db.schema.createIndex('story_created_by').on('story').column('created_by').execute();
        await db.schema
          .createIndex('story_translated_from')
          .on('story')
          .column('translated_from_id')
          .execute();

        await db.schema
          .createTable('revision')
          .addColumn('id', idColumn(dialect), idKey(dialect))
          .addColumn('story_id', 'integer', (c) =>
            c.notNull().references('story.id').onDelete('cascade'),
          )
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('saved_at', time, (c) => c.notNull())
          .addColumn('saved_by', 'integer')
          .addColumn('saved_by_name', 'varchar(200)', (c) => c.notNull())
          .addColumn('snapshot', 'text', (c) => c.notNull())
          .addUniqueConstraint('revision_story_version', ['story_id', 'version'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('revision').execute();
        for (const index of [
          'story_status_scheduled',
          'story_edition_status_updated',
          'story_created_by',
          'story_translated_from',
        ])
          await db.schema.dropIndex(index).execute();
        for (const name of [
          'translated_from_id',
          'embargo_until',
          'scheduled_at',
          'unpublished_reason',
          'corrections',
          'created_by',
          'title_key',
        ])
          await db.schema.alterTable('story').dropColumn(name).execute();
      },
    },
  };
}
