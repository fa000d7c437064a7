// The distribution repo written once through Kysely, on the same connection or transaction as the store.

import type { Kysely, Selectable } from 'kysely';
import type {
  Delivery,
  DeliveryKind,
  DeliveryStatus,
  Subscriber,
  Webhook,
  WebhookEvent,
} from '../domain/distribution.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import type { StoryStatus } from '../domain/story.js';
import type {
  AttemptResult,
  DeliveryQuery,
  DeliveryRecord,
  DistributionRepo,
  NewDelivery,
  StoryEventRecord,
  SubscriberRecord,
  WebhookRecord,
} from './distribution-port.js';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';
import type { DeliveryTable, SubscriberTable, WebhookTable } from './schema-distribution.js';

function toSubscriber(r: Selectable<SubscriberTable>): SubscriberRecord {
  return {
    id: Number(r.id),
    name: r.name,
    keyHash: r.key_hash,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
    rateLimit: r.rate_limit === null ? null : Number(r.rate_limit),
  };
}

const publicSubscriber = ({ keyHash: _hash, ...s }: SubscriberRecord): Subscriber => s;

const list = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);
const listOrNull = (items: readonly string[]) => (items.length ? JSON.stringify(items) : null);

function toWebhook(r: Selectable<WebhookTable>): WebhookRecord {
  return {
    id: Number(r.id),
    subscriberId: Number(r.subscriber_id),
    url: r.url,
    secret: r.secret,
    events: list<WebhookEvent>(r.events),
    editions: list<EditionCode>(r.editions),
    createdAt: r.created_at,
  };
}

const publicWebhook = ({ secret: _secret, ...w }: WebhookRecord): Webhook => w;

function toDelivery(r: Selectable<DeliveryTable>): DeliveryRecord {
  return {
    id: Number(r.id),
    eventId: Number(r.event_id),
    kind: r.kind as DeliveryKind,
    webhookId: r.webhook_id === null ? null : Number(r.webhook_id),
    eventType: r.event_type,
    storyId: Number(r.story_id),
    body: r.body,
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastStatusCode: r.last_status_code === null ? null : Number(r.last_status_code),
    lastError: r.last_error,
    lastAttemptAt: r.last_attempt_at,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

const withoutBody = ({ body: _body, eventId: _event, ...d }: DeliveryRecord): Delivery => d;

export class KyselyDistributionRepo implements DistributionRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async listChangesAfter(q: {
    after: number;
    edition?: EditionCode;
    statuses: StoryStatus[];
    limit: number;
  }) {
    let query = this.db
      .selectFrom('story')
      .select(['id', 'change_seq'])
      .where('change_seq', '>', q.after)
      .where('status', 'in', q.statuses);
    if (q.edition) query = query.where('edition', '=', q.edition);
    const rows = await query.orderBy('change_seq').limit(q.limit).execute();
    return rows.map((r) => ({ id: Number(r.id), seq: Number(r.change_seq) }));
  }

  async lastStoryChange(edition?: EditionCode) {
    // One max per edition and status, each a single seek down (edition, status, updated_at): a
    // max over `status in (…)` reads every entry of the edition's stories, on both databases.
    const editions = edition ? [edition] : EDITION_CODES;
    const parts = editions.flatMap((e) =>
      (['published', 'unpublished'] as const).map((status) =>
        this.db
          .selectFrom('story')
          .select('updated_at as at')
          .where('edition', '=', e)
          .where('status', '=', status)
          .orderBy('updated_at', 'desc')
          .limit(1),
      ),
    );
    let all = this.db.selectFrom(parts[0]!.as('p0')).select('p0.at');
    for (const [i, part] of parts.slice(1).entries())
      all = all.unionAll(this.db.selectFrom(part.as(`p${i + 1}`)).select(`p${i + 1}.at as at`));
    const rows = await all.execute();
    return rows.reduce<string | null>(
      (max, r) => (r.at && (!max || r.at > max) ? r.at : max),
      null,
    );
  }

  async createSubscriber(s: {
    name: string;
    keyHash: string;
    createdAt: string;
    rateLimit: number | null;
  }) {
    const row = await this.db
      .insertInto('subscriber')
      .values({
        name: s.name,
        key_hash: s.keyHash,
        created_at: s.createdAt,
        rate_limit: s.rateLimit,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return publicSubscriber(toSubscriber(row));
  }

  async findSubscriber(ref: { id: number } | { name: string }) {
    const q = this.db.selectFrom('subscriber').selectAll();
    const row = await (
      'id' in ref ? q.where('id', '=', ref.id) : q.where('name', '=', ref.name)
    ).executeTakeFirst();
    return row ? publicSubscriber(toSubscriber(row)) : null;
  }

  async findSubscriberByKeyHash(hash: string) {
    const row = await this.db
      .selectFrom('subscriber')
      .selectAll()
      .where('key_hash', '=', hash)
      .executeTakeFirst();
    return row ? toSubscriber(row) : null;
  }

  async listSubscribers() {
    const rows = await this.db.selectFrom('subscriber').selectAll().orderBy('id').execute();
    return rows.map((r) => publicSubscriber(toSubscriber(r)));
  }

  async revokeSubscriber(id: number, at: string) {
    const result = await this.db
      .updateTable('subscriber')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touchSubscriber(id: number, at: string) {
    await this.db
      .updateTable('subscriber')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .execute();
  }

  async createWebhook(w: Omit<WebhookRecord, 'id'>) {
    const row = await this.db
      .insertInto('webhook')
      .values({
        subscriber_id: w.subscriberId,
        url: w.url,
        secret: w.secret,
        events: listOrNull(w.events),
        editions: listOrNull(w.editions),
        created_at: w.createdAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toWebhook(row);
  }

  async findWebhook(id: number) {
    const row = await this.db
      .selectFrom('webhook')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toWebhook(row) : null;
  }

  async listWebhooks(q: { subscriberId?: number } = {}) {
    let query = this.db.selectFrom('webhook').selectAll();
    if (q.subscriberId !== undefined) query = query.where('subscriber_id', '=', q.subscriberId);
    const rows = await query.orderBy('id').execute();
    return rows.map((r) => publicWebhook(toWebhook(r)));
  }

  async activeWebhooks() {
    const rows = await this.db
      .selectFrom('webhook')
      .innerJoin('subscriber', 'subscriber.id', 'webhook.subscriber_id')
      .selectAll('webhook')
      .where('subscriber.revoked_at', 'is', null)
      .orderBy('webhook.id')
      .execute();
    return rows.map(toWebhook);
  }

  async deleteWebhook(id: number) {
    await this.db.deleteFrom('delivery').where('webhook_id', '=', id).execute();
    const result = await this.db.deleteFrom('webhook').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async recordStoryEvent(e: Omit<StoryEventRecord, 'id'>, createdAt: string) {
    await this.db
      .insertInto('story_event')
      .values({
        type: e.type,
        story_id: e.storyId,
        edition: e.edition,
        at: e.at,
        keys: JSON.stringify(e.keys),
        created_at: createdAt,
      })
      .execute();
  }

  async claimStoryEvents(now: string, limit: number) {
    const rows = await this.db
      .updateTable('story_event')
      .set({ fanned_out_at: now })
      .where('id', 'in', (eb) => {
        const q = eb
          .selectFrom('story_event')
          .select('id')
          .where('fanned_out_at', 'is', null)
          .orderBy('id')
          .limit(limit);
        return this.dialect === 'postgres' ? q.forUpdate().skipLocked() : q;
      })
      .returningAll()
      .execute();
    return rows
      .map((r) => ({
        id: Number(r.id),
        type: r.type,
        storyId: Number(r.story_id),
        edition: r.edition as EditionCode,
        at: r.at,
        keys: JSON.parse(r.keys) as string[],
      }))
      .sort((a, b) => a.id - b.id);
  }

  async insertDeliveries(rows: NewDelivery[]) {
    if (rows.length === 0) return;
    await this.db
      .insertInto('delivery')
      .values(
        rows.map((d) => ({
          event_id: d.eventId,
          kind: d.kind,
          webhook_id: d.webhookId,
          event_type: d.eventType,
          story_id: d.storyId,
          body: d.body,
          status: 'pending',
          attempts: 0,
          next_attempt_at: d.createdAt,
          created_at: d.createdAt,
        })),
      )
      .execute();
  }

  async claimDeliveries(now: string, leaseUntil: string, limit: number) {
    const rows = await this.db
      .updateTable('delivery')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        next_attempt_at: leaseUntil,
        last_attempt_at: now,
      }))
      .where('id', 'in', (eb) => {
        const q = eb
          .selectFrom('delivery')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .orderBy('next_attempt_at')
          .orderBy('id')
          .limit(limit);
        return this.dialect === 'postgres' ? q.forUpdate().skipLocked() : q;
      })
      .returningAll()
      .execute();
    return rows.map(toDelivery).sort((a, b) => a.id - b.id);
  }

  async finishAttempt(id: number, r: AttemptResult) {
    await this.db
      .updateTable('delivery')
      .set({
        status: r.status,
        next_attempt_at: r.nextAttemptAt,
        last_status_code: r.statusCode,
        last_error: r.error,
        ...(r.status === 'delivered' ? { delivered_at: r.at } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async findDelivery(id: number) {
    const row = await this.db
      .selectFrom('delivery')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toDelivery(row) : null;
  }

  async listDeliveries(q: DeliveryQuery) {
    let query = this.db.selectFrom('delivery').selectAll();
    if (q.webhookId !== undefined) query = query.where('webhook_id', '=', q.webhookId);
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.status) query = query.where('status', '=', q.status);
    if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
    const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map((r) => withoutBody(toDelivery(r)));
  }

  async replayDelivery(id: number, now: string) {
    const result = await this.db
      .updateTable('delivery')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now, delivered_at: null })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async pruneDistribution(before: string) {
    const deliveries = await this.db
      .deleteFrom('delivery')
      .where('status', 'in', ['delivered', 'failed'])
      .where('created_at', '<', before)
      .executeTakeFirst();
    const events = await this.db
      .deleteFrom('story_event')
      .where('fanned_out_at', 'is not', null)
      .where('created_at', '<', before)
      .executeTakeFirst();
    return Number(deliveries.numDeletedRows) + Number(events.numDeletedRows);
  }
}
