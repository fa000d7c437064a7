// The live port written once through Kysely for SQLite and PostgreSQL.

import { sql, type Kysely, type Selectable } from 'kysely';
import type { Block } from '../domain/blocks.js';
import { RANGE_SIZE, type LiveCoverage, type LiveEntry } from '../domain/live.js';
import { bumpChangeSeq } from './change-seq.js';
import { touchStoryLists } from './list-upkeep.js';
import type { LiveEntryPatch, LiveRepo, NewLiveEntry, RangeState } from './live-port.js';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';
import type { LiveEntryTable } from './schema-live.js';

function toEntry(r: Selectable<LiveEntryTable>): LiveEntry {
  return {
    id: Number(r.id),
    storyId: Number(r.story_id),
    seq: Number(r.seq),
    postedAt: r.posted_at,
    editedAt: r.edited_at,
    authorId: r.author_id === null ? null : Number(r.author_id),
    authorName: r.author_name,
    blocks: JSON.parse(r.body) as Block[],
    keyEvent: Number(r.key_event) === 1,
    pinned: Number(r.pinned) === 1,
    rev: Number(r.rev),
    deletedAt: r.deleted_at,
    deleteNote: r.delete_note,
  };
}

export class KyselyLiveRepo implements LiveRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async coverage(storyId: number): Promise<LiveCoverage | null> {
    const r = await this.db
      .selectFrom('live_coverage')
      .selectAll()
      .where('story_id', '=', storyId)
      .executeTakeFirst();
    return r
      ? {
          storyId: Number(r.story_id),
          startedAt: r.started_at,
          endedAt: r.ended_at,
          lastSeq: Number(r.last_seq),
        }
      : null;
  }

  async ensureCoverage(storyId: number, at: string): Promise<LiveCoverage> {
    await this.db
      .insertInto('live_coverage')
      .values({ story_id: storyId, started_at: at, ended_at: null, last_seq: 0 })
      .onConflict((oc) => oc.column('story_id').doNothing())
      .execute();
    return (await this.coverage(storyId))!;
  }

  async setCoverageEnd(storyId: number, endedAt: string | null): Promise<void> {
    await this.db
      .updateTable('live_coverage')
      .set({ ended_at: endedAt })
      .where('story_id', '=', storyId)
      .execute();
  }

  /** Takes the pin from every other entry of the story (their revs grow: their ranges change). */
  private async unpinOthers(storyId: number, keep: number): Promise<void> {
    await this.db
      .updateTable('live_entry')
      .set({ pinned: 0, rev: sql`rev + 1` })
      .where('story_id', '=', storyId)
      .where('pinned', '=', 1)
      .where('id', '!=', keep)
      .execute();
  }

  async insertEntry(storyId: number, e: NewLiveEntry): Promise<LiveEntry> {
    await this.ensureCoverage(storyId, e.postedAt);
    await this.db
      .updateTable('live_coverage')
      .set({ last_seq: sql`last_seq + 1` })
      .where('story_id', '=', storyId)
      .execute();
    const { last_seq } = await this.db
      .selectFrom('live_coverage')
      .select('last_seq')
      .where('story_id', '=', storyId)
      .executeTakeFirstOrThrow();
    const row = await this.db
      .insertInto('live_entry')
      .values({
        story_id: storyId,
        seq: Number(last_seq),
        posted_at: e.postedAt,
        edited_at: null,
        author_id: e.authorId,
        author_name: e.authorName,
        body: JSON.stringify(e.blocks),
        key_event: e.keyEvent ? 1 : 0,
        pinned: e.pinned ? 1 : 0,
        rev: 1,
        deleted_at: null,
        delete_note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (e.pinned) await this.unpinOthers(storyId, Number(row.id));
    return (await this.findEntry(Number(row.id)))!;
  }

  async updateEntry(id: number, patch: LiveEntryPatch, at: string): Promise<LiveEntry | null> {
    const current = await this.findEntry(id);
    if (!current) return null;
    await this.db
      .updateTable('live_entry')
      .set({
        rev: current.rev + 1,
        ...(patch.blocks !== undefined
          ? { body: JSON.stringify(patch.blocks), edited_at: at }
          : {}),
        ...(patch.keyEvent !== undefined ? { key_event: patch.keyEvent ? 1 : 0 } : {}),
        ...(patch.pinned !== undefined ? { pinned: patch.pinned ? 1 : 0 } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (patch.pinned) await this.unpinOthers(current.storyId, id);
    return this.findEntry(id);
  }

  async deleteEntry(id: number, at: string, note: string): Promise<LiveEntry | null> {
    const current = await this.findEntry(id);
    if (!current) return null;
    await this.db
      .updateTable('live_entry')
      .set({ rev: current.rev + 1, deleted_at: at, delete_note: note, pinned: 0 })
      .where('id', '=', id)
      .execute();
    return this.findEntry(id);
  }

  async findEntry(id: number): Promise<LiveEntry | null> {
    const r = await this.db
      .selectFrom('live_entry')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toEntry(r) : null;
  }

  async listEntries(storyId: number, fromSeq?: number, toSeq?: number): Promise<LiveEntry[]> {
    let q = this.db.selectFrom('live_entry').selectAll().where('story_id', '=', storyId);
    if (fromSeq !== undefined) q = q.where('seq', '>=', fromSeq);
    if (toSeq !== undefined) q = q.where('seq', '<=', toSeq);
    return (await q.orderBy('seq').execute()).map(toEntry);
  }

  async entriesOfStories(storyIds: number[]): Promise<Map<number, LiveEntry[]>> {
    const byStory = new Map<number, LiveEntry[]>(storyIds.map((id) => [id, []]));
    if (storyIds.length === 0) return byStory;
    const rows = await this.db
      .selectFrom('live_entry')
      .selectAll()
      .where('story_id', 'in', [...new Set(storyIds)])
      .orderBy('story_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) byStory.get(Number(r.story_id))?.push(toEntry(r));
    return byStory;
  }

  async pinnedEntry(storyId: number): Promise<number | null> {
    const r = await this.db
      .selectFrom('live_entry')
      .select('id')
      .where('story_id', '=', storyId)
      .where('pinned', '=', 1)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return r ? Number(r.id) : null;
  }

  async rangeStates(storyId: number): Promise<RangeState[]> {
    const range = sql<number>`(seq - 1) / ${sql.lit(RANGE_SIZE)}`;
    const rows = await this.db
      .selectFrom('live_entry')
      .select([
        range.as('range'),
        (eb) => eb.fn.countAll<number>().as('count'),
        (eb) => eb.fn.sum<number>('rev').as('version'),
      ])
      .where('story_id', '=', storyId)
      .groupBy(range)
      .orderBy(range)
      .execute();
    return rows.map((r) => ({
      range: Number(r.range),
      count: Number(r.count),
      version: Number(r.version),
    }));
  }

  async markStoryChanged(storyId: number, at: string): Promise<void> {
    await this.db.updateTable('story').set({ updated_at: at }).where('id', '=', storyId).execute();
    await touchStoryLists(this.db, [storyId], at);
    await bumpChangeSeq(this.db, this.dialect, storyId);
  }
}
