// The authors repo written once through Kysely: profiles with names and bios per edition, a story's authors, rubric links.

import { sql, type Kysely, type SqlBool } from 'kysely';
import type { AuthorProfile } from '../domain/authors.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { nameKey } from '../domain/taxonomy.js';
import type { AuthorInput, AuthorRepo } from './authors-port.js';
import type { Database } from './schema.js';
import { copyPublicationTimes } from './list-upkeep.js';

function likeOf(text: string): string {
  return `%${nameKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class KyselyAuthorRepo implements AuthorRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Profiles of author rows, their names and bios read in one more query. */
  private async withNames(
    rows: {
      id: number;
      name: string;
      slug: string;
      photo_id: number | null;
      user_id: number | null;
    }[],
  ): Promise<AuthorProfile[]> {
    if (rows.length === 0) return [];
    const names = await this.db
      .selectFrom('author_name')
      .selectAll()
      .where(
        'author_id',
        'in',
        rows.map((r) => Number(r.id)),
      )
      .execute();
    const byAuthor = new Map<number, typeof names>();
    for (const n of names) {
      const list = byAuthor.get(Number(n.author_id)) ?? [];
      list.push(n);
      byAuthor.set(Number(n.author_id), list);
    }
    return rows.map((r) => {
      const profile: AuthorProfile = {
        id: Number(r.id),
        name: r.name,
        slug: r.slug,
        names: {},
        bios: {},
        photoId: r.photo_id === null ? null : Number(r.photo_id),
        userId: r.user_id === null ? null : Number(r.user_id),
      };
      for (const n of byAuthor.get(profile.id) ?? []) {
        const edition = n.edition as EditionCode;
        profile.names[edition] = n.name;
        if (n.bio) profile.bios[edition] = n.bio;
      }
      return profile;
    });
  }

  private authors() {
    return this.db.selectFrom('author').select(['id', 'name', 'slug', 'photo_id', 'user_id']);
  }

  async profiles(ids: number[]): Promise<AuthorProfile[]> {
    if (ids.length === 0) return [];
    return this.withNames(
      await this.authors()
        .where('id', 'in', [...new Set(ids)])
        .execute(),
    );
  }

  async findBySlug(slug: string): Promise<AuthorProfile | null> {
    const rows = await this.authors().where('slug', '=', slug).execute();
    return (await this.withNames(rows))[0] ?? null;
  }

  async findByName(name: string): Promise<AuthorProfile | null> {
    const key = nameKey(name);
    const rows = await this.authors()
      .where((eb) =>
        eb.or([
          eb('name_key', '=', key),
          eb(
            'id',
            'in',
            eb.selectFrom('author_name').select('author_id').where('name_key', '=', key),
          ),
        ]),
      )
      .orderBy('id')
      .limit(1)
      .execute();
    return (await this.withNames(rows))[0] ?? null;
  }

  async findByUser(userId: number): Promise<AuthorProfile | null> {
    const rows = await this.authors()
      .where('user_id', '=', userId)
      .orderBy('id')
      .limit(1)
      .execute();
    return (await this.withNames(rows))[0] ?? null;
  }

  async search(q: string, limit: number): Promise<AuthorProfile[]> {
    let query = this.authors();
    if (q.trim()) {
      const like = likeOf(q);
      query = query.where((eb) =>
        eb.or([
          sql<SqlBool>`author.name_key like ${like} escape '\\'`,
          eb(
            'id',
            'in',
            eb
              .selectFrom('author_name')
              .select('author_id')
              .where(sql<SqlBool>`author_name.name_key like ${like} escape '\\'`),
          ),
        ]),
      );
    }
    return this.withNames(await query.orderBy('name_key').orderBy('id').limit(limit).execute());
  }

  async slugTaken(slug: string, exceptId?: number): Promise<boolean> {
    let q = this.db.selectFrom('author').select('id').where('slug', '=', slug);
    if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  private async writeNames(id: number, author: AuthorInput): Promise<void> {
    await this.db.deleteFrom('author_name').where('author_id', '=', id).execute();
    const rows = EDITION_CODES.flatMap((edition) => {
      const name = author.names[edition]?.trim() ?? '';
      const bio = author.bios[edition]?.trim() ?? '';
      return name || bio
        ? [
            {
              author_id: id,
              edition,
              name: name || author.name,
              name_key: nameKey(name || author.name),
              bio,
            },
          ]
        : [];
    });
    if (rows.length) await this.db.insertInto('author_name').values(rows).execute();
  }

  async create(author: AuthorInput): Promise<AuthorProfile> {
    const row = await this.db
      .insertInto('author')
      .values({
        name: author.name,
        name_key: nameKey(author.name),
        slug: author.slug,
        photo_id: author.photoId,
        user_id: author.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.writeNames(Number(row.id), author);
    return (await this.profiles([Number(row.id)]))[0]!;
  }

  async update(id: number, author: AuthorInput): Promise<AuthorProfile | null> {
    const result = await this.db
      .updateTable('author')
      .set({
        name: author.name,
        name_key: nameKey(author.name),
        slug: author.slug,
        photo_id: author.photoId,
        user_id: author.userId,
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return null;
    await this.writeNames(id, author);
    return (await this.profiles([id]))[0] ?? null;
  }

  async addName(id: number, edition: EditionCode, name: string): Promise<void> {
    const clean = name.trim();
    if (!clean) return;
    await this.db
      .insertInto('author_name')
      .values({ author_id: id, edition, name: clean, name_key: nameKey(clean), bio: '' })
      .onConflict((oc) => oc.columns(['author_id', 'edition']).doNothing())
      .execute();
  }

  async setStoryAuthors(storyId: number, authorIds: number[]): Promise<void> {
    await this.db.deleteFrom('story_author').where('story_id', '=', storyId).execute();
    const ids = [...new Set(authorIds)];
    // Each row takes the story's publication time as it is written (an author's list, 0025).
    const publishedAt = this.db
      .selectFrom('story')
      .select('published_at')
      .where('id', '=', storyId);
    if (ids.length)
      await this.db
        .insertInto('story_author')
        .values(
          ids.map((author_id, position) => ({
            story_id: storyId,
            author_id,
            position,
            published_at: publishedAt,
          })),
        )
        .execute();
  }

  async setStoriesAuthors(entries: [storyId: number, authorIds: number[]][]): Promise<void> {
    const rows = entries.flatMap(([storyId, ids]) =>
      [...new Set(ids)].map((author_id, position) => ({ story_id: storyId, author_id, position })),
    );
    for (let i = 0; i < rows.length; i += 500)
      await this.db
        .insertInto('story_author')
        .values(rows.slice(i, i + 500))
        .execute();
    const storyIds = entries.map(([id]) => id);
    for (let i = 0; i < storyIds.length; i += 500)
      await copyPublicationTimes(this.db, storyIds.slice(i, i + 500));
  }

  async authorsOfStories(storyIds: number[]): Promise<Map<number, AuthorProfile[]>> {
    const byStory = new Map<number, AuthorProfile[]>(storyIds.map((id) => [id, []]));
    if (storyIds.length === 0) return byStory;
    const rows = await this.db
      .selectFrom('story_author')
      .innerJoin('author', 'author.id', 'story_author.author_id')
      .leftJoin('author_name', 'author_name.author_id', 'author.id')
      .select([
        'story_author.story_id',
        'author.id',
        'author.name',
        'author.slug',
        'author.photo_id',
        'author.user_id',
        'author_name.edition',
        'author_name.name as edition_name',
        'author_name.bio',
      ])
      .where('story_author.story_id', 'in', [...new Set(storyIds)])
      .orderBy('story_author.story_id')
      .orderBy('story_author.position')
      .execute();
    for (const r of rows) {
      const list = byStory.get(Number(r.story_id));
      if (!list) continue;
      let profile = list.at(-1);
      if (profile?.id !== Number(r.id)) {
        profile = {
          id: Number(r.id),
          name: r.name,
          slug: r.slug,
          names: {},
          bios: {},
          photoId: r.photo_id === null ? null : Number(r.photo_id),
          userId: r.user_id === null ? null : Number(r.user_id),
        };
        list.push(profile);
      }
      if (r.edition) {
        const edition = r.edition as EditionCode;
        profile.names[edition] = r.edition_name ?? r.name;
        if (r.bio) profile.bios[edition] = r.bio;
      }
    }
    return byStory;
  }

  async authorIdsOfStories(storyIds: number[]): Promise<Map<number, number[]>> {
    const byStory = new Map<number, number[]>(storyIds.map((id) => [id, []]));
    if (storyIds.length === 0) return byStory;
    const rows = await this.db
      .selectFrom('story_author')
      .select(['story_id', 'author_id'])
      .where('story_id', 'in', [...new Set(storyIds)])
      .orderBy('story_id')
      .orderBy('position')
      .execute();
    for (const r of rows) byStory.get(Number(r.story_id))?.push(Number(r.author_id));
    return byStory;
  }
}
