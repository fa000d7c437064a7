// The legacy port written once through Kysely for SQLite and PostgreSQL.

import type { Kysely } from 'kysely';
import type { LegacyRepo } from './legacy-port.js';
import type { Database } from './schema.js';

export class KyselyLegacyRepo implements LegacyRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async setPaths(storyId: number, paths: string[]): Promise<void> {
    for (const path of new Set(paths))
      await this.db
        .insertInto('legacy_path')
        .values({ path, story_id: storyId })
        .onConflict((oc) => oc.column('path').doUpdateSet({ story_id: storyId }))
        .execute();
  }

  async findStoryId(path: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('legacy_path')
      .select('story_id')
      .where('path', '=', path)
      .executeTakeFirst();
    return row?.story_id ?? null;
  }

  async importHash(sourceKey: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('import_source')
      .select('content_hash')
      .where('source_key', '=', sourceKey)
      .executeTakeFirst();
    return row?.content_hash ?? null;
  }

  async setImportHash(sourceKey: string, hash: string): Promise<void> {
    await this.db
      .insertInto('import_source')
      .values({ source_key: sourceKey, content_hash: hash })
      .onConflict((oc) => oc.column('source_key').doUpdateSet({ content_hash: hash }))
      .execute();
  }
}
