// The workflow repo (story state, revisions, the schedule) written once through Kysely, on the same connection or transaction as the store.

import type { Kysely } from 'kysely';
import { bumpChangeSeq } from './change-seq.js';
import { touchStoryLists } from './list-upkeep.js';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';
import type { StoryIndex } from './story-index-port.js';
import type {
  RevisionRecord,
  RevisionSummary,
  StoryStatePatch,
  WorkflowRepo,
} from './workflow-port.js';

export class KyselyWorkflowRepo implements WorkflowRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    /** The search index on the same connection or transaction. */
    private readonly search: StoryIndex,
  ) {}

  async setStoryState(id: number, patch: StoryStatePatch, expectStatus?: string) {
    // The story's month as it stands, and after the change (a new publication time may move it).
    if (patch.publishedAt !== undefined) await touchStoryLists(this.db, [id], patch.updatedAt);
    let q = this.db
      .updateTable('story')
      .set({
        updated_at: patch.updatedAt,
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.publishedAt !== undefined ? { published_at: patch.publishedAt } : {}),
        ...(patch.scheduledAt !== undefined ? { scheduled_at: patch.scheduledAt } : {}),
        ...(patch.unpublishedReason !== undefined
          ? { unpublished_reason: patch.unpublishedReason }
          : {}),
        ...(patch.translationGroup !== undefined
          ? { translation_group: patch.translationGroup }
          : {}),
        ...(patch.rubricId !== undefined ? { rubric_id: patch.rubricId } : {}),
      })
      .where('id', '=', id);
    if (expectStatus !== undefined) q = q.where('status', '=', expectStatus);
    const result = await q.executeTakeFirst();
    const changed = Number(result.numUpdatedRows) > 0;
    if (changed) await touchStoryLists(this.db, [id], patch.updatedAt);
    if (changed) await bumpChangeSeq(this.db, this.dialect, id);
    // The search index follows status and embargo changes: queued in the same transaction.
    if (changed) await this.search.queue(id);
    return changed;
  }

  async lockStory(id: number) {
    // The row only: the change lock comes last, when the transaction numbers its changes.
    const q = this.db.selectFrom('story').select('version').where('id', '=', id);
    const row = await (this.dialect === 'postgres' ? q.forNoKeyUpdate() : q).executeTakeFirst();
    return row ? row.version : null;
  }

  async dueStories(now: string, limit: number) {
    const rows = await this.db
      .selectFrom('story')
      .select(['id', 'scheduled_at'])
      .where('status', '=', 'scheduled')
      .where('scheduled_at', '<=', now)
      .orderBy('scheduled_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), scheduledAt: r.scheduled_at! }));
  }

  async dueEmbargoes(now: string, limit: number) {
    const rows = await this.db
      .selectFrom('story')
      .select(['id', 'embargo_until'])
      .where('status', '=', 'published')
      .where('embargo_until', '<=', now)
      .orderBy('embargo_until')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), embargoUntil: r.embargo_until! }));
  }

  async liftEmbargo(id: number, now: string) {
    const result = await this.db
      .updateTable('story')
      .set({ embargo_until: null })
      .where('id', '=', id)
      .where('embargo_until', '<=', now)
      .executeTakeFirst();
    const changed = Number(result.numUpdatedRows) > 0;
    if (changed) await touchStoryLists(this.db, [id], now);
    if (changed) await bumpChangeSeq(this.db, this.dialect, id);
    // The search index follows status and embargo changes: queued in the same transaction.
    if (changed) await this.search.queue(id);
    return changed;
  }

  async nextDueAt() {
    const [scheduled, embargo] = await Promise.all([
      this.db
        .selectFrom('story')
        .select('scheduled_at as at')
        .where('status', '=', 'scheduled')
        .where('scheduled_at', 'is not', null)
        .orderBy('scheduled_at')
        .limit(1)
        .executeTakeFirst(),
      this.db
        .selectFrom('story')
        .select('embargo_until as at')
        .where('status', '=', 'published')
        .where('embargo_until', 'is not', null)
        .orderBy('embargo_until')
        .limit(1)
        .executeTakeFirst(),
    ]);
    const times = [scheduled?.at, embargo?.at].filter((t): t is string => !!t).sort();
    return times[0] ?? null;
  }

  async insertRevision(r: RevisionRecord) {
    await this.insertRevisions([r]);
  }

  async insertRevisions(records: RevisionRecord[]) {
    // 500 rows a statement keeps SQLite under its limit of bound values.
    for (let i = 0; i < records.length; i += 500)
      await this.db
        .insertInto('revision')
        .values(
          records.slice(i, i + 500).map((r) => ({
            story_id: r.storyId,
            version: r.version,
            saved_at: r.savedAt,
            saved_by: r.savedBy,
            saved_by_name: r.savedByName,
            snapshot: JSON.stringify(r.snapshot),
          })),
        )
        .execute();
  }

  async listRevisions(storyId: number): Promise<RevisionSummary[]> {
    const rows = await this.db
      .selectFrom('revision')
      .select(['story_id', 'version', 'saved_at', 'saved_by', 'saved_by_name'])
      .where('story_id', '=', storyId)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      storyId: Number(r.story_id),
      version: r.version,
      savedAt: r.saved_at,
      savedBy: r.saved_by === null ? null : Number(r.saved_by),
      savedByName: r.saved_by_name,
    }));
  }

  async findRevision(storyId: number, version: number): Promise<RevisionRecord | null> {
    const r = await this.db
      .selectFrom('revision')
      .selectAll()
      .where('story_id', '=', storyId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!r) return null;
    return {
      storyId: Number(r.story_id),
      version: r.version,
      savedAt: r.saved_at,
      savedBy: r.saved_by === null ? null : Number(r.saved_by),
      savedByName: r.saved_by_name,
      snapshot: JSON.parse(r.snapshot) as unknown,
    };
  }
}
