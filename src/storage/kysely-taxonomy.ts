// The taxonomy repo (rubrics, tags, hot tags, authors and their settings) written once through Kysely, on the store's connection or transaction.

import type { Kysely, Selectable } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import { nameKey, type Author, type Rubric, type Tag } from '../domain/taxonomy.js';
import type { Atomic } from './atomic.js';
import type { Database } from './schema.js';
import type { HotTag, TaxonomyRepo } from './taxonomy-port.js';

export function toRubric(r: Selectable<Database['rubric']>): Rubric {
  return {
    id: Number(r.id),
    edition: r.edition as EditionCode,
    slug: r.slug,
    name: r.name,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    position: r.position,
    ...(r.link_key ? { key: r.link_key } : {}),
    ...(Number(r.hidden) === 1 ? { hidden: true } : {}),
  };
}

export function toTag(
  t: Pick<Selectable<Database['tag']>, 'id' | 'edition' | 'slug' | 'name'> & {
    hidden?: number;
    link_key?: string | null;
  },
): Tag {
  return {
    id: Number(t.id),
    edition: t.edition as EditionCode,
    slug: t.slug,
    name: t.name,
    ...(t.link_key ? { key: t.link_key } : {}),
    ...(Number(t.hidden) === 1 ? { hidden: true } : {}),
  };
}

export class KyselyTaxonomyRepo implements TaxonomyRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly atomic: Atomic<KyselyTaxonomyRepo>,
  ) {}

  async findRubric(edition: EditionCode, name: string, parentId: number | null) {
    let q = this.db
      .selectFrom('rubric')
      .selectAll()
      .where('edition', '=', edition)
      .where('name_key', '=', nameKey(name));
    q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
    const row = await q.executeTakeFirst();
    return row ? toRubric(row) : null;
  }

  async findRubricBySlug(edition: EditionCode, slug: string) {
    const row = await this.db
      .selectFrom('rubric')
      .selectAll()
      .where('edition', '=', edition)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toRubric(row) : null;
  }

  async findRubricById(id: number) {
    const row = await this.db
      .selectFrom('rubric')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toRubric(row) : null;
  }

  async createRubric(r: Omit<Rubric, 'id'>) {
    const row = await this.db
      .insertInto('rubric')
      .values({
        edition: r.edition,
        slug: r.slug,
        name: r.name,
        name_key: nameKey(r.name),
        parent_id: r.parentId,
        position: r.position,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRubric(row);
  }

  async listRubrics(edition: EditionCode) {
    const rows = await this.db
      .selectFrom('rubric')
      .selectAll()
      .where('edition', '=', edition)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toRubric);
  }

  async findTag(edition: EditionCode, name: string) {
    const row = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('edition', '=', edition)
      .where('name_key', '=', nameKey(name))
      .executeTakeFirst();
    return row ? toTag(row) : null;
  }

  async findTags(edition: EditionCode, names: readonly string[]) {
    const keys = [...new Set(names.map(nameKey))];
    const out: Tag[] = [];
    // 500 names a statement keeps SQLite under its limit of bound values.
    for (let i = 0; i < keys.length; i += 500)
      for (const row of await this.db
        .selectFrom('tag')
        .selectAll()
        .where('edition', '=', edition)
        .where('name_key', 'in', keys.slice(i, i + 500))
        .execute())
        out.push(toTag(row));
    return out;
  }

  async findTagBySlug(edition: EditionCode, slug: string) {
    const row = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('edition', '=', edition)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toTag(row) : null;
  }

  async createTag(t: Omit<Tag, 'id'>) {
    const key = nameKey(t.name);
    // Two saves naming one new tag at once: the second waits for the first's row and takes it.
    const row =
      (await this.db
        .insertInto('tag')
        .values({ edition: t.edition, slug: t.slug, name: t.name, name_key: key })
        .onConflict((oc) => oc.columns(['edition', 'name_key']).doNothing())
        .returningAll()
        .executeTakeFirst()) ??
      (await this.db
        .selectFrom('tag')
        .selectAll()
        .where('edition', '=', t.edition)
        .where('name_key', '=', key)
        .executeTakeFirstOrThrow());
    return toTag(row);
  }

  async listTags(edition: EditionCode) {
    const rows = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('edition', '=', edition)
      .orderBy('name')
      .execute();
    return rows.map(toTag);
  }

  async setRubricKey(id: number, key: string | null): Promise<void> {
    await this.db.updateTable('rubric').set({ link_key: key }).where('id', '=', id).execute();
  }

  async setTagKey(id: number, key: string | null): Promise<void> {
    await this.db.updateTable('tag').set({ link_key: key }).where('id', '=', id).execute();
  }

  async rubricsWithKey(key: string): Promise<Rubric[]> {
    const rows = await this.db
      .selectFrom('rubric')
      .selectAll()
      .where('link_key', '=', key)
      .orderBy('edition')
      .orderBy('id')
      .execute();
    return rows.map(toRubric);
  }

  async tagsWithKey(key: string): Promise<Tag[]> {
    const rows = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('link_key', '=', key)
      .orderBy('edition')
      .orderBy('id')
      .execute();
    return rows.map(toTag);
  }

  async linkedTags(edition: EditionCode): Promise<Tag[]> {
    const rows = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('edition', '=', edition)
      .where('link_key', 'is not', null)
      .orderBy('name')
      .execute();
    return rows.map(toTag);
  }

  /** Deletes and rewrites the strip, in one transaction. */
  setHotTags(
    edition: EditionCode,
    entries: { tagId: number; pinned: boolean; expiresAt: string | null }[],
  ): Promise<void> {
    return this.atomic((self) => self.writeHotTags(edition, entries));
  }

  private async writeHotTags(
    edition: EditionCode,
    entries: { tagId: number; pinned: boolean; expiresAt: string | null }[],
  ) {
    await this.db.deleteFrom('hot_tag').where('edition', '=', edition).execute();
    if (entries.length === 0) return;
    await this.db
      .insertInto('hot_tag')
      .values(
        entries.map((e, i) => ({
          edition,
          tag_id: e.tagId,
          position: i,
          pinned: e.pinned ? 1 : 0,
          expires_at: e.expiresAt,
        })),
      )
      .execute();
  }

  async listHotTags(edition: EditionCode): Promise<HotTag[]> {
    const rows = await this.db
      .selectFrom('hot_tag')
      .innerJoin('tag', 'tag.id', 'hot_tag.tag_id')
      .select([
        'tag.id',
        'tag.edition',
        'tag.slug',
        'tag.name',
        'tag.name_key',
        'tag.hidden',
        'hot_tag.position',
        'hot_tag.pinned',
        'hot_tag.expires_at',
      ])
      .where('hot_tag.edition', '=', edition)
      .orderBy('hot_tag.position')
      .execute();
    return rows.map((r) => ({
      ...toTag(r),
      position: r.position,
      pinned: Number(r.pinned) === 1,
      expiresAt: r.expires_at,
    }));
  }

  async findAuthor(name: string): Promise<Author | null> {
    const row = await this.db
      .selectFrom('author')
      .selectAll()
      .where('name_key', '=', nameKey(name))
      .executeTakeFirst();
    return row ? { id: Number(row.id), name: row.name, slug: row.slug } : null;
  }

  async findAuthorById(id: number): Promise<Author | null> {
    const row = await this.db
      .selectFrom('author')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { id: Number(row.id), name: row.name, slug: row.slug } : null;
  }

  async createAuthor(a: Omit<Author, 'id'>): Promise<Author> {
    const row = await this.db
      .insertInto('author')
      .values({ name: a.name, slug: a.slug, name_key: nameKey(a.name) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), name: row.name, slug: row.slug };
  }

  async updateRubric(id: number, patch: { name?: string; position?: number }) {
    if (patch.name !== undefined || patch.position !== undefined)
      await this.db
        .updateTable('rubric')
        .set({
          ...(patch.name !== undefined ? { name: patch.name, name_key: nameKey(patch.name) } : {}),
          ...(patch.position !== undefined ? { position: patch.position } : {}),
        })
        .where('id', '=', id)
        .execute();
    const r = await this.db
      .selectFrom('rubric')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toRubric(r) : null;
  }

  async findTagById(id: number): Promise<Tag | null> {
    const t = await this.db.selectFrom('tag').selectAll().where('id', '=', id).executeTakeFirst();
    return t ? toTag(t) : null;
  }

  async renameTag(id: number, name: string) {
    await this.db
      .updateTable('tag')
      .set({ name, name_key: nameKey(name) })
      .where('id', '=', id)
      .execute();
    return this.findTagById(id);
  }

  mergeTags(fromId: number, intoId: number): Promise<void> {
    return this.atomic((self) => self.moveTag(fromId, intoId));
  }

  private async moveTag(fromId: number, intoId: number) {
    // Stories that carry both keep one link; the others move over.
    const both = this.db.selectFrom('story_tag').select('story_id').where('tag_id', '=', intoId);
    await this.db
      .deleteFrom('story_tag')
      .where('tag_id', '=', fromId)
      .where('story_id', 'in', both)
      .execute();
    await this.db
      .updateTable('story_tag')
      .set({ tag_id: intoId })
      .where('tag_id', '=', fromId)
      .execute();
    const hot = this.db.selectFrom('hot_tag').select('edition').where('tag_id', '=', intoId);
    await this.db
      .deleteFrom('hot_tag')
      .where('tag_id', '=', fromId)
      .where('edition', 'in', hot)
      .execute();
    await this.db
      .updateTable('hot_tag')
      .set({ tag_id: intoId })
      .where('tag_id', '=', fromId)
      .execute();
    await this.db.deleteFrom('tag').where('id', '=', fromId).execute();
  }

  async findAuthorsByIds(ids: number[]): Promise<Author[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('author')
      .select(['id', 'name', 'slug'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return rows.map((a) => ({ id: Number(a.id), name: a.name, slug: a.slug }));
  }

  async tagsOfStories(storyIds: number[]): Promise<Map<number, Tag[]>> {
    const byStory = new Map<number, Tag[]>(storyIds.map((id) => [id, []]));
    if (storyIds.length === 0) return byStory;
    const rows = await this.db
      .selectFrom('story_tag')
      .innerJoin('tag', 'tag.id', 'story_tag.tag_id')
      .selectAll('tag')
      .select('story_tag.story_id')
      .where('story_tag.story_id', 'in', [...new Set(storyIds)])
      .orderBy('story_tag.story_id')
      .orderBy('story_tag.position')
      .execute();
    for (const r of rows) byStory.get(Number(r.story_id))?.push(toTag(r));
    return byStory;
  }
}
