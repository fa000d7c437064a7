// The legacy port written once through Kysely for SQLite and PostgreSQL.

import { sql, type Kysely } from 'kysely';
import type { BulkStatistics } from './bulk-statistics.js';
import type { LegacyRepo } from './legacy-port.js';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';

export class KyselyLegacyRepo implements LegacyRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly statistics: BulkStatistics,
  ) {}

  async setPaths(storyId: number, paths: string[]): Promise<void> {
    const unique = [...new Set(paths)];
    if (unique.length === 0) return;
    await this.db
      .insertInto('legacy_path')
      .values(unique.map((path) => ({ path, story_id: storyId })))
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

  async importHashes(sourceKeys: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < sourceKeys.length; i += 500)
      for (const row of await this.db
        .selectFrom('import_source')
        .select(['source_key', 'content_hash'])
        .where('source_key', 'in', sourceKeys.slice(i, i + 500))
        .execute())
        out.set(row.source_key, row.content_hash);
    return out;
  }

  async setImported(
    entries: readonly {
      storyId: number;
      paths: readonly string[];
      sourceKey: string;
      hash: string;
    }[],
  ): Promise<void> {
    // One row per path and per source in a statement (PostgreSQL refuses to touch a row twice).
    const paths = new Map<string, number>();
    const hashes = new Map<string, string>();
    for (const e of entries) {
      for (const path of e.paths) {
        paths.delete(path);
        paths.set(path, e.storyId);
      }
      hashes.set(e.sourceKey, e.hash);
    }
    await this.statistics.count(
      this.db,
      this.dialect,
      ['import_source', 'legacy_path'],
      hashes.size,
    );
    const pathRows = [...paths].map(([path, story_id]) => ({ path, story_id }));
    for (let i = 0; i < pathRows.length; i += 1000)
      await this.db
        .insertInto('legacy_path')
        .values(pathRows.slice(i, i + 1000))
        .onConflict((oc) => oc.column('path').doUpdateSet({ story_id: sql`excluded.story_id` }))
        .execute();
    const hashRows = [...hashes].map(([source_key, content_hash]) => ({
      source_key,
      content_hash,
    }));
    for (let i = 0; i < hashRows.length; i += 1000)
      await this.db
        .insertInto('import_source')
        .values(hashRows.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.column('source_key').doUpdateSet({ content_hash: sql`excluded.content_hash` }),
        )
        .execute();
  }

  async setImportHash(sourceKey: string, hash: string): Promise<void> {
    await this.db
      .insertInto('import_source')
      .values({ source_key: sourceKey, content_hash: hash })
      .onConflict((oc) => oc.column('source_key').doUpdateSet({ content_hash: hash }))
      .execute();
  }
}
