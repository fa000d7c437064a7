// The read counts and hot-tag trend repos written once through Kysely, on the store's connection or transaction.

import { sql, type Kysely } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { Atomic } from './atomic.js';
import type {
  HotTagTrendRepo,
  HotTagTrendSettings,
  HourViews,
  MostReadQuery,
  ReadCountRepo,
  ReaderView,
  StoryViews,
} from './read-counts-port.js';
import type { Database } from './schema.js';
import { unindexed } from './story-filters.js';

/** Rows per insert: well under both databases' limits on bound values. */
const CHUNK = 500;

/**
 * Rows of reader hashes per insert in a batch: small enough that each statement holds the event
 * loop a few milliseconds (SQLite runs on it), so readers' requests get in between.
 */
const SEEN_CHUNK = 200;

/** Lets waiting I/O (readers' requests) run between the statements of a big batch. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Adds up views by a key. */
function tally<K>(into: Map<K, number>, key: K, by = 1): void {
  into.set(key, (into.get(key) ?? 0) + by);
}

export class KyselyReadCountRepo implements ReadCountRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly atomic: Atomic<KyselyReadCountRepo>,
  ) {}

  async daySalt(day: string, fresh: string): Promise<string> {
    const found = await this.db
      .selectFrom('read_salt')
      .select('salt')
      .where('day', '=', day)
      .executeTakeFirst();
    if (found) return found.salt;
    await this.db
      .insertInto('read_salt')
      .values({ day, salt: fresh })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    await this.db.deleteFrom('read_salt').where('day', '<', day).execute();
    await this.db.deleteFrom('read_seen').where('day', '<', day).execute();
    const row = await this.db
      .selectFrom('read_salt')
      .select('salt')
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    return row.salt;
  }

  record(views: readonly ReaderView[]): Promise<number> {
    if (views.length === 0) return Promise.resolve(0);
    return this.atomic((self) => self.recordNow(views));
  }

  private async recordNow(views: readonly ReaderView[]): Promise<number> {
    // One view per reader hash and day in the batch.
    const unique = new Map<string, ReaderView>();
    for (const v of views)
      if (!unique.has(`${v.day} ${v.hash}`)) unique.set(`${v.day} ${v.hash}`, v);
    const storyIds = [...new Set([...unique.values()].map((v) => v.storyId))];
    const known = new Set<number>();
    for (const ids of chunks(storyIds))
      for (const r of await this.db
        .selectFrom('story')
        .select('id')
        .where('id', 'in', ids)
        .execute())
        known.add(Number(r.id));
    const candidates = [...unique.values()].filter((v) => known.has(v.storyId));
    const fresh: ReaderView[] = [];
    for (const part of chunks(candidates, SEEN_CHUNK)) {
      await breathe();
      const added = await this.db
        .insertInto('read_seen')
        .values(part.map((v) => ({ day: v.day, hash: v.hash })))
        .onConflict((oc) => oc.columns(['day', 'hash']).doNothing())
        .returning(['day', 'hash'])
        .execute();
      for (const r of added) fresh.push(unique.get(`${r.day} ${r.hash}`)!);
    }
    const hours = new Map<string, number>();
    const slots = new Map<string, number>();
    for (const v of fresh) {
      tally(hours, `${v.storyId} ${v.hour}`);
      tally(slots, `${v.storyId} ${v.slot}`);
    }
    const rows = (m: Map<string, number>) =>
      [...m].map(([key, views]) => {
        const [storyId, at] = key.split(' ').map(Number) as [number, number];
        return { storyId, at, views };
      });
    await breathe();
    for (const part of chunks(rows(hours)))
      await this.db
        .insertInto('read_count')
        .values(part.map((r) => ({ story_id: r.storyId, hour: r.at, views: r.views })))
        .onConflict((oc) =>
          oc
            .columns(['story_id', 'hour'])
            .doUpdateSet({ views: sql<number>`read_count.views + excluded.views` }),
        )
        .execute();
    await breathe();
    for (const part of chunks(rows(slots)))
      await this.db
        .insertInto('read_recent')
        .values(part.map((r) => ({ story_id: r.storyId, slot: r.at, views: r.views })))
        .onConflict((oc) =>
          oc
            .columns(['slot', 'story_id'])
            .doUpdateSet({ views: sql<number>`read_recent.views + excluded.views` }),
        )
        .execute();
    return fresh.length;
  }

  /**
   * Public stories of an edition at `now`, joined to a table of views. The views drive the
   * query (`unindexed`): the planner reads the few rows of views first and each of their stories
   * by its key. With the story's own index to choose from, SQLite walked every public story of
   * the edition (a third of a million at a million stories, 1.2 s a query).
   */
  private publicStories(edition: EditionCode, now: string) {
    return this.db
      .selectFrom('story')
      .where(unindexed('edition'), '=', edition)
      .where(unindexed('status'), '=', 'published')
      .where(unindexed('published_at'), '<=', now)
      .where((eb) =>
        eb.or([eb('story.embargo_until', 'is', null), eb('story.embargo_until', '<=', now)]),
      );
  }

  async mostRead(q: MostReadQuery): Promise<StoryViews[]> {
    if (q.rubricIds && q.rubricIds.length === 0) return [];
    let query = this.publicStories(q.edition, q.now)
      .innerJoin('read_count', 'read_count.story_id', 'story.id')
      .where('read_count.hour', '>=', q.fromHour)
      .select(['story.id as storyId', sql<number>`sum(read_count.views)`.as('views')])
      .groupBy('story.id')
      .orderBy('views', 'desc')
      .orderBy('story.id', 'desc')
      .limit(q.limit);
    // Not through the rubric's index either (see publicStories).
    if (q.rubricIds) query = query.where(sql`(story.rubric_id + 0)`, 'in', [...q.rubricIds]);
    const rows = await query.execute();
    return rows.map((r) => ({ storyId: Number(r.storyId), views: Number(r.views) }));
  }

  async storyHours(storyId: number, fromHour: number, toHour: number): Promise<HourViews[]> {
    const rows = await this.db
      .selectFrom('read_count')
      .select(['hour', 'views'])
      .where('story_id', '=', storyId)
      .where('hour', '>=', fromHour)
      .where('hour', '<=', toHour)
      .orderBy('hour')
      .execute();
    return rows.map((r) => ({ key: storyId, hour: Number(r.hour), views: Number(r.views) }));
  }

  async readSince(
    edition: EditionCode,
    fromSlot: number,
    now: string,
    limit: number,
  ): Promise<StoryViews[]> {
    const rows = await this.publicStories(edition, now)
      .innerJoin('read_recent', 'read_recent.story_id', 'story.id')
      .where('read_recent.slot', '>=', fromSlot)
      .select(['story.id as storyId', sql<number>`sum(read_recent.views)`.as('views')])
      .groupBy('story.id')
      .orderBy('views', 'desc')
      .orderBy('story.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ storyId: Number(r.storyId), views: Number(r.views) }));
  }

  async storyHourViews(
    edition: EditionCode,
    hours: readonly number[],
    now: string,
  ): Promise<HourViews[]> {
    if (hours.length === 0) return [];
    const rows = await this.publicStories(edition, now)
      .innerJoin('read_count', 'read_count.story_id', 'story.id')
      .where('read_count.hour', 'in', [...hours])
      .select(['story.id as key', 'read_count.hour as hour', 'read_count.views as views'])
      .execute();
    return rows.map((r) => ({ key: Number(r.key), hour: Number(r.hour), views: Number(r.views) }));
  }

  async tagHourViews(
    edition: EditionCode,
    hours: readonly number[],
    now: string,
  ): Promise<HourViews[]> {
    if (hours.length === 0) return [];
    const rows = await this.publicStories(edition, now)
      .innerJoin('read_count', 'read_count.story_id', 'story.id')
      .innerJoin('story_tag', 'story_tag.story_id', 'story.id')
      .where('read_count.hour', 'in', [...hours])
      .select([
        'story_tag.tag_id as key',
        'read_count.hour as hour',
        sql<number>`sum(read_count.views)`.as('views'),
      ])
      .groupBy(['story_tag.tag_id', 'read_count.hour'])
      .execute();
    return rows.map((r) => ({ key: Number(r.key), hour: Number(r.hour), views: Number(r.views) }));
  }

  async pruneRecent(beforeSlot: number): Promise<void> {
    await this.db.deleteFrom('read_recent').where('slot', '<', beforeSlot).execute();
  }
}

export class KyselyHotTagTrendRepo implements HotTagTrendRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly atomic: Atomic<KyselyHotTagTrendRepo>,
  ) {}

  async settings(edition: EditionCode): Promise<HotTagTrendSettings> {
    const [row, blocked] = await Promise.all([
      this.db
        .selectFrom('hot_tag_trend')
        .select('follow')
        .where('edition', '=', edition)
        .executeTakeFirst(),
      this.db
        .selectFrom('hot_tag_block')
        .select('tag_id')
        .where('edition', '=', edition)
        .orderBy('tag_id')
        .execute(),
    ]);
    return {
      follow: Number(row?.follow ?? 0) === 1,
      blockedTagIds: blocked.map((b) => Number(b.tag_id)),
    };
  }

  setSettings(edition: EditionCode, settings: HotTagTrendSettings): Promise<void> {
    return this.atomic(async (self) => {
      await self.db
        .insertInto('hot_tag_trend')
        .values({ edition, follow: settings.follow ? 1 : 0 })
        .onConflict((oc) => oc.column('edition').doUpdateSet({ follow: settings.follow ? 1 : 0 }))
        .execute();
      await self.db.deleteFrom('hot_tag_block').where('edition', '=', edition).execute();
      const ids = [...new Set(settings.blockedTagIds)];
      if (ids.length > 0)
        await self.db
          .insertInto('hot_tag_block')
          .values(ids.map((tag_id) => ({ edition, tag_id })))
          .execute();
    });
  }

  async following(): Promise<EditionCode[]> {
    const rows = await this.db
      .selectFrom('hot_tag_trend')
      .select('edition')
      .where('follow', '=', 1)
      .orderBy('edition')
      .execute();
    return rows.map((r) => r.edition as EditionCode);
  }
}
