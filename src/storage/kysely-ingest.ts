// The ingest port written once through Kysely for SQLite and PostgreSQL.

import type { Kysely, Selectable } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type {
  IncomingItem,
  IncomingStatus,
  IngestFormat,
  IngestRepo,
  IngestSource,
  SourceCounts,
} from './ingest-port.js';
import type { Database } from './schema.js';
import type { IngestItemTable, IngestSourceTable } from './schema-ingest.js';

function toSource(row: Selectable<IngestSourceTable>): IngestSource {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    dir: row.dir,
    format: row.format as IngestFormat,
    edition: row.edition as EditionCode,
    everySeconds: row.every_seconds,
    createdAt: row.created_at,
    nextPollAt: row.next_poll_at,
    lastPollAt: row.last_poll_at,
    lastError: row.last_error,
    failures: row.failures,
  };
}

function toItem(row: Selectable<IngestItemTable>): IncomingItem {
  return {
    id: row.id,
    sourceId: row.source_id,
    guid: row.guid,
    version: row.version,
    hash: row.hash,
    status: row.status as IncomingStatus,
    edition: row.edition as EditionCode,
    title: row.title,
    story: row.story,
    note: row.note,
    error: row.error,
    attempts: row.attempts,
    retryAt: row.retry_at,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    storyId: row.story_id,
  };
}

export class KyselyIngestRepo implements IngestRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async addSource(source: Omit<IngestSource, 'id' | 'lastPollAt' | 'lastError' | 'failures'>) {
    const taken = await this.db
      .selectFrom('ingest_source')
      .select('id')
      .where('name', '=', source.name)
      .executeTakeFirst();
    if (taken) return null;
    const row = await this.db
      .insertInto('ingest_source')
      .values({
        name: source.name,
        url: source.url,
        dir: source.dir,
        format: source.format,
        edition: source.edition,
        every_seconds: source.everySeconds,
        created_at: source.createdAt,
        next_poll_at: source.nextPollAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSource(row);
  }

  async findSource(id: number) {
    const row = await this.db
      .selectFrom('ingest_source')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toSource(row) : null;
  }

  async listSources() {
    const rows = await this.db.selectFrom('ingest_source').selectAll().orderBy('name').execute();
    const counted = await this.db
      .selectFrom('ingest_item')
      .select(['source_id', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy(['source_id', 'status'])
      .execute();
    return rows.map((row) => {
      const counts: SourceCounts = { incoming: 0, withdrawn: 0, taken: 0, failed: 0 };
      for (const c of counted)
        if (c.source_id === row.id && c.status in counts)
          counts[c.status as keyof SourceCounts] = Number(c.n);
      return { ...toSource(row), counts };
    });
  }

  async removeSource(name: string) {
    const source = await this.db
      .selectFrom('ingest_source')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    if (!source) return false;
    await this.db.deleteFrom('ingest_item').where('source_id', '=', source.id).execute();
    await this.db.deleteFrom('ingest_source').where('id', '=', source.id).execute();
    return true;
  }

  async claimDueSource(now: string, leaseUntil: string) {
    const due = await this.db
      .selectFrom('ingest_source')
      .select('id')
      .where('next_poll_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .orderBy('next_poll_at')
      .limit(10)
      .execute();
    for (const { id } of due) {
      // The claim checks again that the source is free: of two processes, one updates the row;
      // the other goes on to the next source due.
      const row = await this.db
        .updateTable('ingest_source')
        .set({ claimed_until: leaseUntil })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .returningAll()
        .executeTakeFirst();
      if (row) return toSource(row);
    }
    return null;
  }

  async finishPoll(
    id: number,
    outcome: { lastPollAt: string; lastError: string | null; failures: number; nextPollAt: string },
  ) {
    await this.db
      .updateTable('ingest_source')
      .set({
        last_poll_at: outcome.lastPollAt,
        last_error: outcome.lastError,
        failures: outcome.failures,
        next_poll_at: outcome.nextPollAt,
        claimed_until: null,
      })
      .where('id', '=', id)
      .execute();
  }

  async nextDue() {
    const row = await this.db
      .selectFrom('ingest_source')
      .select('next_poll_at')
      .orderBy('next_poll_at')
      .limit(1)
      .executeTakeFirst();
    return row?.next_poll_at ?? null;
  }

  async findItem(sourceId: number, guid: string) {
    const row = await this.db
      .selectFrom('ingest_item')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('guid', '=', guid)
      .executeTakeFirst();
    return row ? toItem(row) : null;
  }

  async findItemById(id: number) {
    const row = await this.db
      .selectFrom('ingest_item')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toItem(row) : null;
  }

  async saveItem(item: Omit<IncomingItem, 'id'>) {
    const values = {
      source_id: item.sourceId,
      guid: item.guid,
      version: item.version,
      hash: item.hash,
      status: item.status,
      edition: item.edition,
      title: item.title,
      story: item.story,
      note: item.note,
      error: item.error,
      attempts: item.attempts,
      retry_at: item.retryAt,
      received_at: item.receivedAt,
      updated_at: item.updatedAt,
      story_id: item.storyId,
    };
    const row = await this.db
      .insertInto('ingest_item')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['source_id', 'guid']).doUpdateSet({
          version: values.version,
          hash: values.hash,
          status: values.status,
          edition: values.edition,
          title: values.title,
          story: values.story,
          note: values.note,
          error: values.error,
          attempts: values.attempts,
          retry_at: values.retry_at,
          updated_at: values.updated_at,
          story_id: values.story_id,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toItem(row);
  }

  async listItems(query: { edition?: EditionCode; statuses: IncomingStatus[]; limit: number }) {
    if (query.statuses.length === 0) return [];
    let q = this.db
      .selectFrom('ingest_item')
      .selectAll()
      .where('status', 'in', query.statuses)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit);
    if (query.edition) q = q.where('edition', '=', query.edition);
    return (await q.execute()).map(toItem);
  }

  async markTaken(id: number, storyId: number, at: string) {
    const result = await this.db
      .updateTable('ingest_item')
      .set({ status: 'taken', story_id: storyId, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'incoming')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
