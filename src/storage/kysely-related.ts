// The related-stories repo written once through Kysely, on the same connection or transaction as the store.

import { sql, type Kysely } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { RelatedRepo, ShownPick, TagNeighbour, TagNeighbourQuery } from './related-port.js';
import type { Database } from './schema.js';

export class KyselyRelatedRepo implements RelatedRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async set(storyId: number, relatedIds: readonly number[]): Promise<void> {
    await this.db.deleteFrom('story_related').where('story_id', '=', storyId).execute();
    const ids = [...new Set(relatedIds)].filter((id) => id !== storyId);
    if (ids.length === 0) return;
    await this.db
      .insertInto('story_related')
      .values(ids.map((id, position) => ({ story_id: storyId, related_id: id, position })))
      .execute();
  }

  async picksOf(storyIds: readonly number[]): Promise<Map<number, number[]>> {
    const found = new Map<number, number[]>();
    if (storyIds.length === 0) return found;
    const rows = await this.db
      .selectFrom('story_related')
      .select(['story_id', 'related_id'])
      .where('story_id', 'in', [...new Set(storyIds)])
      .orderBy('story_id')
      .orderBy('position')
      .execute();
    for (const r of rows) {
      const list = found.get(Number(r.story_id)) ?? [];
      list.push(Number(r.related_id));
      found.set(Number(r.story_id), list);
    }
    return found;
  }

  async shownPicksOf(storyIds: readonly number[]): Promise<Map<number, ShownPick[]>> {
    const found = new Map<number, ShownPick[]>();
    if (storyIds.length === 0) return found;
    const rows = await this.db
      .selectFrom('story_related as r')
      .innerJoin('story as p', 'p.id', 'r.related_id')
      .select(['r.story_id', 'p.id', 'p.edition', 'p.title'])
      .where('r.story_id', 'in', [...new Set(storyIds)])
      .orderBy('r.story_id')
      .orderBy('r.position')
      .execute();
    for (const r of rows) {
      const list = found.get(Number(r.story_id)) ?? [];
      list.push({ id: Number(r.id), edition: r.edition as EditionCode, title: r.title });
      found.set(Number(r.story_id), list);
    }
    return found;
  }

  async picksIn(storyId: number, edition: EditionCode): Promise<number[]> {
    const rows = await this.db
      .selectFrom('story_related as r')
      .innerJoin('story as p', 'p.id', 'r.related_id')
      .leftJoin('story as t', (j) =>
        j
          .onRef('t.translation_group', '=', 'p.translation_group')
          .on('t.edition', '=', edition)
          .on('p.edition', '!=', edition),
      )
      .select(['r.position', 'p.id as pick', 'p.edition as pick_edition', 't.id as translation'])
      .where('r.story_id', '=', storyId)
      .orderBy('r.position')
      .orderBy('t.id')
      .execute();
    const ids: number[] = [];
    for (const r of rows) {
      const id = r.pick_edition === edition ? Number(r.pick) : r.translation;
      if (id !== null && id !== storyId && !ids.includes(Number(id))) ids.push(Number(id));
    }
    return ids;
  }

  async sharingTags(q: TagNeighbourQuery): Promise<TagNeighbour[]> {
    const tagIds = (
      await this.db
        .selectFrom('story_tag')
        .select('tag_id')
        .where('story_id', '=', q.storyId)
        .execute()
    ).map((r) => Number(r.tag_id));
    if (tagIds.length === 0) return [];
    // Per shared tag: how many stories it has, counted on the tag's index alone (its rarity), and
    // its newest public stories of the edition, walked down the tag rows by publication time and
    // stopped at perTag. Numbering and counting every story of every tag (a window over tens of
    // thousands of rows joined to their stories) took over a second a page at a million stories.
    const branch = (tagId: number) => sql`select * from (
        select st.story_id, st.tag_id,
          (select count(*) from story_tag c where c.tag_id = ${tagId}) - 1 as n
        from story_tag st
        join story s on s.id = st.story_id
        where st.tag_id = ${tagId}
          and st.published_at <= ${q.visibleAt}
          and st.story_id <> ${q.storyId}
          and s.edition = ${q.edition}
          and s.status = 'published'
          and (s.embargo_until is null or s.embargo_until <= ${q.visibleAt})
        order by st.published_at desc, st.story_id desc
        limit ${q.perTag}
      ) as ${sql.raw(`t${tagId}`)}`;
    const rows = await sql<{ story_id: number; tag_id: number; n: number | string }>`
      select story_id, tag_id, n from (${sql.join(tagIds.map(branch), sql` union all `)}) as shared
      order by tag_id, story_id`.execute(this.db);
    return rows.rows.map((r) => ({
      storyId: Number(r.story_id),
      tagId: Number(r.tag_id),
      tagStories: Number(r.n),
    }));
  }
}
