// The story repo written once through Kysely, on the store's connection or transaction.

import { sql, type Kysely, type Selectable } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { Atomic } from './atomic.js';
import type { BulkStatistics } from './bulk-statistics.js';
import { bumpChangeSeq, bumpChangeSeqs } from './change-seq.js';
import {
  copyPublicationTimes,
  touchMonths,
  touchStoryLists,
  touchStoryMonths,
} from './list-upkeep.js';
import type { Dialect } from './migrations/index.js';
import type { Database, StoryTable } from './schema.js';
import type { SitemapMonth, StoryPage, StoryQuery, StoryRepo, StoryWrite } from './stories-port.js';
import type { StoryIndex } from './story-index-port.js';
import { listRubricsNewest, listStoryRows } from './story-list-query.js';
import { storyColumns, toStory } from './story-rows.js';

export class KyselyStoryRepo implements StoryRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    /** The search index on the same connection or transaction: a story and its queue row are written together. */
    private readonly search: StoryIndex,
    private readonly statistics: BulkStatistics,
    private readonly atomic: Atomic<KyselyStoryRepo>,
  ) {}

  private async writeTags(storyId: number, tagIds: number[], publishedAt: string | null) {
    await this.db.deleteFrom('story_tag').where('story_id', '=', storyId).execute();
    const unique = [...new Set(tagIds)];
    if (unique.length > 0)
      await this.db
        .insertInto('story_tag')
        .values(
          unique.map((tagId, position) => ({
            story_id: storyId,
            tag_id: tagId,
            position,
            published_at: publishedAt,
          })),
        )
        .execute();
  }

  async insert(w: StoryWrite): Promise<Story> {
    return this.atomic(async (self) => {
      const row = await self.db
        .insertInto('story')
        .values({ ...storyColumns(w), created_at: w.updatedAt, version: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      await self.writeTags(Number(row.id), w.tagIds, w.publishedAt);
      await touchStoryLists(self.db, [Number(row.id)], w.updatedAt);
      await bumpChangeSeq(self.db, self.dialect, Number(row.id));
      const story = (await self.findById(Number(row.id)))!;
      // The story joins the search queue in its own transaction; it is indexed after the commit.
      await self.search.queue(story.id);
      return story;
    });
  }

  async insertMany(writes: StoryWrite[]): Promise<number[]> {
    return this.atomic(async (self) => {
      await self.statistics.count(
        self.db,
        self.dialect,
        ['story', 'story_tag', 'story_author'],
        writes.length,
      );
      const ids: number[] = [];
      // Every row names every column (SQLite has no DEFAULT in a VALUES list); 400 rows a statement.
      for (let i = 0; i < writes.length; i += 400) {
        const chunk = writes.slice(i, i + 400);
        const rows = await self.db
          .insertInto('story')
          .values(
            chunk.map((w) => ({
              ...storyColumns(w),
              translated_from_id: w.translatedFromId ?? null,
              embargo_until: w.embargoUntil ?? null,
              scheduled_at: w.scheduledAt ?? null,
              unpublished_reason: w.unpublishedReason ?? null,
              corrections: w.corrections ? JSON.stringify(w.corrections) : null,
              created_by: w.createdBy ?? null,
              published_date_only: w.publishedDateOnly ? 1 : 0,
              created_at: w.updatedAt,
              version: 1,
            })),
          )
          .returning(['id', 'edition', 'slug'])
          .execute();
        const bySlug = new Map(rows.map((r) => [`${r.edition}/${r.slug}`, Number(r.id)]));
        for (const w of chunk) ids.push(bySlug.get(`${w.edition}/${w.slug}`)!);
      }
      const tags = writes.flatMap((w, i) =>
        [...new Set(w.tagIds)].map((tagId, position) => ({
          story_id: ids[i]!,
          tag_id: tagId,
          position,
          published_at: w.publishedAt,
        })),
      );
      for (let i = 0; i < tags.length; i += 2000)
        await self.db
          .insertInto('story_tag')
          .values(tags.slice(i, i + 2000))
          .execute();
      await touchMonths(
        self.db,
        writes.map((w) => ({ edition: w.edition, published_at: w.publishedAt })),
        writes.reduce((max, w) => (w.updatedAt > max ? w.updatedAt : max), ''),
      );
      await self.search.indexNew(
        writes.map((w, i) => ({ ...w, id: ids[i]!, embargoUntil: w.embargoUntil ?? null })),
      );
      await bumpChangeSeqs(self.db, self.dialect, ids);
      return ids;
    });
  }

  async update(id: number, w: StoryWrite): Promise<Story | null> {
    return this.atomic(async (self) => {
      const written = await self.writeRow(id, w);
      if (!written) return null;
      const { row, was } = written;
      // The month the story leaves, when its publication time moves it, changes too (the
      // months are written at the end of the transaction: the order does not matter).
      if (was.published_at && was.published_at.slice(0, 7) !== w.publishedAt?.slice(0, 7))
        await touchMonths(self.db, [was], w.updatedAt);
      // The tag rows are written with the story's publication time; the author rows copy it
      // when it moves (they have it already otherwise).
      await self.writeTags(id, w.tagIds, w.publishedAt);
      if (was.published_at !== w.publishedAt) await copyPublicationTimes(self.db, [id]);
      await touchStoryMonths(self.db, row, w.updatedAt);
      // Numbered as the transaction's last statement (storage/change-seq.ts).
      await bumpChangeSeq(self.db, self.dialect, id);
      // Indexed after the commit, off the writer's path (the queue row lands with the story).
      await self.search.queue(id);
      // The row's change number is the one before this write: the new one comes at the commit.
      const { changeSeq: _before, ...story } = (await self.withTags([row]))[0]!;
      return story;
    });
  }

  /** Writes the story's row; the row as written, and its edition and publication time as they were. */
  private async writeRow(id: number, w: StoryWrite) {
    const set = { ...storyColumns(w), version: sql<number>`version + 1` };
    if (this.dialect === 'sqlite') {
      // SQLite's RETURNING sees only the table written: the row as it was is read first.
      const was = await this.db
        .selectFrom('story')
        .select(['edition', 'published_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!was) return null;
      const row = await this.db
        .updateTable('story')
        .set(set)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { row, was };
    }
    // The row as it was comes back with the write (the subquery reads it before the update).
    const updated = await this.db
      .updateTable('story')
      .from(
        this.db
          .selectFrom('story')
          .select(['edition as was_edition', 'published_at as was_published_at'])
          .where('id', '=', id)
          .as('was'),
      )
      .set(set)
      .where('story.id', '=', id)
      .returningAll('story')
      .returning(['was.was_edition', 'was.was_published_at'])
      .executeTakeFirst();
    if (!updated) return null;
    const { was_edition, was_published_at, ...row } = updated;
    return { row, was: { edition: was_edition, published_at: was_published_at } };
  }

  private async withTags(rows: Selectable<StoryTable>[]): Promise<Story[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const tagRows = await this.db
      .selectFrom('story_tag')
      .innerJoin('tag', 'tag.id', 'story_tag.tag_id')
      .select(['story_tag.story_id', 'tag.name', 'story_tag.position'])
      .where('story_tag.story_id', 'in', ids)
      .orderBy('story_tag.story_id')
      .orderBy('story_tag.position')
      .execute();
    const byStory = new Map<number, string[]>();
    for (const t of tagRows) {
      const key = Number(t.story_id);
      const list = byStory.get(key) ?? [];
      list.push(t.name);
      byStory.set(key, list);
    }
    return rows.map((r) => toStory(r, byStory.get(Number(r.id)) ?? []));
  }

  private async one(rows: Selectable<StoryTable>[]): Promise<Story | null> {
    const [story] = await this.withTags(rows);
    return story ?? null;
  }

  async findById(id: number) {
    return this.one(await this.db.selectFrom('story').selectAll().where('id', '=', id).execute());
  }

  async lockById(id: number) {
    const q = this.db.selectFrom('story').selectAll().where('id', '=', id);
    return this.one(await (this.dialect === 'postgres' ? q.forNoKeyUpdate() : q).execute());
  }

  async findByIds(ids: number[]) {
    if (ids.length === 0) return [];
    return this.withTags(
      await this.db.selectFrom('story').selectAll().where('id', 'in', ids).execute(),
    );
  }

  async findBySlug(edition: EditionCode, slug: string) {
    return this.one(
      await this.db
        .selectFrom('story')
        .selectAll()
        .where('edition', '=', edition)
        .where('slug', '=', slug)
        .execute(),
    );
  }

  async findBySourceKey(sourceKey: string) {
    return this.one(
      await this.db.selectFrom('story').selectAll().where('source_key', '=', sourceKey).execute(),
    );
  }

  async findBySourceKeys(sourceKeys: readonly string[]) {
    const out: Story[] = [];
    for (let i = 0; i < sourceKeys.length; i += 500)
      out.push(
        ...(await this.withTags(
          await this.db
            .selectFrom('story')
            .selectAll()
            .where('source_key', 'in', sourceKeys.slice(i, i + 500))
            .execute(),
        )),
      );
    return out;
  }

  async slugsTaken(edition: EditionCode, slugs: readonly string[]) {
    const taken = new Set<string>();
    for (let i = 0; i < slugs.length; i += 500)
      for (const row of await this.db
        .selectFrom('story')
        .select('slug')
        .where('edition', '=', edition)
        .where('slug', 'in', slugs.slice(i, i + 500))
        .execute())
        taken.add(row.slug);
    return taken;
  }

  async slugTaken(edition: EditionCode, slug: string, exceptId?: number) {
    let q = this.db
      .selectFrom('story')
      .select('id')
      .where('edition', '=', edition)
      .where('slug', '=', slug);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  async list(query: StoryQuery): Promise<StoryPage> {
    const page = await listStoryRows(this.db, query);
    const items = query.linksOnly
      ? page.rows.map((r) => toStory(r, []))
      : await this.withTags(page.rows);
    return { items, total: page.total, more: page.more };
  }

  async listNewestByRubric(
    query: Omit<StoryQuery, 'limit'>,
    rubricIds: number[],
    perRubric: number,
  ): Promise<Map<number, Story[]>> {
    const stories = await this.withTags(
      await listRubricsNewest(this.db, { ...query, limit: perRubric }, rubricIds, perRubric),
    );
    const byRubric = new Map<number, Story[]>(rubricIds.map((id) => [id, []]));
    for (const s of stories) byRubric.get(s.rubricId)?.push(s);
    return byRubric;
  }

  async listTranslationGroup(group: string) {
    const rows = await this.db
      .selectFrom('story')
      .selectAll()
      .where('translation_group', '=', group)
      .orderBy('id')
      .execute();
    return this.withTags(rows);
  }

  async countStories() {
    const row = await this.db
      .selectFrom('story')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async hasStories() {
    return (
      (await this.db.selectFrom('story').select('id').limit(1).executeTakeFirst()) !== undefined
    );
  }

  async listSitemapMonths(): Promise<SitemapMonth[]> {
    const rows = await this.db
      .selectFrom('sitemap_month')
      .selectAll()
      .orderBy('edition')
      .orderBy('month', 'desc')
      .execute();
    return rows.map((r) => ({
      edition: r.edition as EditionCode,
      month: r.month,
      lastmod: r.lastmod,
    }));
  }
}
