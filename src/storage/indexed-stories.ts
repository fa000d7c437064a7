// The stories as the search index reads them back (IndexedStories), through Kysely on the index's connection.

import { sql, type Kysely } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus, StoryType } from '../domain/story.js';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';
import type { IndexedStories, IndexedStory } from './story-index-port.js';

export class KyselyIndexedStories implements IndexedStories {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async after(afterId: number, limit: number): Promise<IndexedStory[]> {
    const rows = await this.db
      .selectFrom('story')
      .select([
        'id',
        'edition',
        'status',
        'type',
        'rubric_id',
        'author_id',
        'title',
        'lead',
        'body',
        'published_at',
        'updated_at',
        'embargo_until',
      ])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    if (rows.length === 0) return [];
    const tags = await this.db
      .selectFrom('story_tag')
      .select(['story_id', 'tag_id'])
      .where(
        'story_id',
        'in',
        rows.map((r) => Number(r.id)),
      )
      .execute();
    const tagIds = new Map<number, number[]>();
    for (const t of tags) {
      const list = tagIds.get(Number(t.story_id)) ?? [];
      list.push(Number(t.tag_id));
      tagIds.set(Number(t.story_id), list);
    }
    return rows.map((r) => ({
      id: Number(r.id),
      edition: r.edition as EditionCode,
      status: r.status as StoryStatus,
      type: r.type as StoryType,
      rubricId: Number(r.rubric_id),
      authorId: r.author_id === null ? null : Number(r.author_id),
      title: r.title,
      lead: r.lead,
      blocks: JSON.parse(r.body) as Block[],
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
      embargoUntil: r.embargo_until,
      tagIds: tagIds.get(Number(r.id)) ?? [],
    }));
  }

  async analyze(): Promise<void> {
    // Without fresh statistics after a bulk write the planner takes a million-row table for an
    // empty one until autovacuum comes by (loading a results page's 20 stories took 22 ms
    // instead of 9). SQLite plans without them.
    if (this.dialect === 'postgres')
      await sql`analyze story, story_tag, story_author`.execute(this.db);
  }
}
