// The delivery loop's use cases: fan story events out to deliveries, claim due ones, record each attempt.

import { retryDelayMs, webhookWants, type DeliveryStatus } from '../domain/distribution.js';
import type { DeliveryRecord, NewDelivery, WebhookRecord } from '../storage/distribution-port.js';
import type { Deps } from './deps.js';
import { subscriberStory, type StoryBundle } from './read-syndication.js';
import { EDITION_CHANGED } from './story-events.js';

export interface FanOutOptions {
  /** Whether a CDN purge URL is configured: each story event then also purges the CDN. */
  cdn: boolean;
  /** The body a webhook receives for a story: its ninjs item as JSON (syndication renders it). */
  renderItem: (bundle: StoryBundle) => string;
  limit?: number;
}

/**
 * Turns story events from the outbox into deliveries: one per webhook that wants the event,
 * and one CDN purge (the only delivery of an edition-wide change). Events are claimed in the same transaction as the deliveries are made,
 * so with several processes each event is fanned out once. Returns how many events it took.
 */
export async function fanOutStoryEvents(deps: Deps, options: FanOutOptions): Promise<number> {
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const events = await store.distribution.claimStoryEvents(now, options.limit ?? 50);
    if (events.length === 0) return 0;
    const hooks = await store.distribution.activeWebhooks();
    const txDeps: Deps = { ...deps, store };
    const rows: NewDelivery[] = [];
    for (const event of events) {
      const base = { eventId: event.id, eventType: event.type, storyId: event.storyId };
      if (options.cdn)
        rows.push({
          ...base,
          kind: 'cdn',
          webhookId: null,
          body: JSON.stringify({ keys: event.keys }),
          createdAt: now,
        });
      // An edition-wide change (hot tags, rubric names) is for the CDN only: no story to send.
      if (event.type === EDITION_CHANGED) continue;
      const wanted = hooks.filter((h) => webhookWants(h, event.type, event.edition));
      if (wanted.length === 0) continue;
      // The story as subscribers may have it now; a story sent back to draft has nothing to send.
      let body: string;
      try {
        const bundle = await subscriberStory(txDeps, event.storyId);
        if (!bundle) continue;
        body = options.renderItem(bundle);
      } catch (error) {
        // One story that cannot be rendered must not hold up every event after it.
        deps.logger.error('a story event could not be sent to webhooks', {
          code: 'internal',
          event: event.id,
          storyId: event.storyId,
          error: error instanceof Error ? error.message : String(error),
        });
        continue;
      }
      for (const hook of wanted)
        rows.push({ ...base, kind: 'webhook', webhookId: hook.id, body, createdAt: now });
    }
    await store.distribution.insertDeliveries(rows);
    return events.length;
  });
}

export interface DueDelivery {
  delivery: DeliveryRecord;
  /** The webhook it goes to (with its secret); null for a CDN purge. */
  webhook: WebhookRecord | null;
}

/**
 * Claims deliveries due now; each is leased for `leaseMs` (the next attempt is moved past the
 * lease), so a process that dies with one in flight leaves it to be tried again later.
 */
export async function claimDueDeliveries(
  deps: Pick<Deps, 'store' | 'clock'>,
  limit: number,
  leaseMs: number,
): Promise<DueDelivery[]> {
  if (limit <= 0) return [];
  const now = deps.clock.now();
  const claimed = await deps.store.distribution.claimDeliveries(
    now.toISOString(),
    new Date(now.getTime() + leaseMs).toISOString(),
    limit,
  );
  const hooks = new Map<number, WebhookRecord | null>();
  const due: DueDelivery[] = [];
  for (const delivery of claimed) {
    if (delivery.kind === 'cdn') {
      due.push({ delivery, webhook: null });
      continue;
    }
    const id = delivery.webhookId ?? 0;
    if (!hooks.has(id)) hooks.set(id, await deps.store.distribution.findWebhook(id));
    const webhook = hooks.get(id) ?? null;
    const subscriber = webhook
      ? await deps.store.distribution.findSubscriber({ id: webhook.subscriberId })
      : null;
    if (!webhook || !subscriber || subscriber.revokedAt) {
      await deps.store.distribution.finishAttempt(delivery.id, {
        status: 'failed',
        at: now.toISOString(),
        nextAttemptAt: null,
        statusCode: null,
        error: webhook ? 'the subscriber is revoked' : 'the webhook was deleted',
      });
      continue;
    }
    due.push({ delivery, webhook });
  }
  return due;
}

export interface AttemptOutcome {
  /** The receiver's HTTP status, or null when no answer came (refused, timed out). */
  statusCode: number | null;
  error: string | null;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** Records how an attempt ended: delivered on 2xx; else again after a backoff, or failed for good. */
export async function recordAttempt(
  deps: Pick<Deps, 'store' | 'clock'>,
  delivery: Pick<DeliveryRecord, 'id' | 'attempts'>,
  outcome: AttemptOutcome,
  policy: RetryPolicy,
): Promise<DeliveryStatus> {
  const now = deps.clock.now();
  const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const status: DeliveryStatus = ok
    ? 'delivered'
    : delivery.attempts >= policy.maxAttempts
      ? 'failed'
      : 'pending';
  const delay = retryDelayMs(delivery.attempts, policy.baseDelayMs, policy.maxDelayMs);
  await deps.store.distribution.finishAttempt(delivery.id, {
    status,
    at: now.toISOString(),
    nextAttemptAt: status === 'pending' ? new Date(now.getTime() + delay).toISOString() : null,
    statusCode: outcome.statusCode,
    error: ok ? null : (outcome.error ?? `HTTP ${outcome.statusCode}`),
  });
  return status;
}

/** Forgets finished deliveries and fanned-out events older than `keepMs`. */
export async function pruneDeliveries(
  deps: Pick<Deps, 'store' | 'clock'>,
  keepMs: number,
): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - keepMs).toISOString();
  return deps.store.distribution.pruneDistribution(before);
}
