// Webhooks of subscribers: register one (its signing secret shown once), list, delete; read and replay deliveries.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import {
  DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
  type Delivery,
  type Webhook,
} from '../domain/distribution.js';
import { EDITION_CODES } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { newSecret } from '../platform/secrets.js';
import { parseInput } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { findSubscriber, requireDistributionAdmin, subscriberNameSchema } from './subscribers.js';

/** Every signing secret starts with this. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL without credentials');

export const createWebhookSchema = z
  .object({
    subscriberId: z.number().int().positive().optional(),
    subscriber: subscriberNameSchema.optional(),
    url: webhookUrlSchema,
    events: z.array(z.enum(WEBHOOK_EVENTS)).max(WEBHOOK_EVENTS.length).optional(),
    editions: z.array(z.enum(EDITION_CODES)).max(EDITION_CODES.length).optional(),
  })
  .strict()
  .refine((v) => (v.subscriberId === undefined) !== (v.subscriber === undefined), {
    message: 'name the subscriber by subscriberId or by subscriber (its name), not both',
    path: ['subscriber'],
  });

export async function createWebhook(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  raw: z.input<typeof createWebhookSchema>,
): Promise<{ webhook: Webhook; secret: string }> {
  requireDistributionAdmin(actor);
  const input = parseInput(createWebhookSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const subscriber = await findSubscriber(
      { store },
      input.subscriberId !== undefined ? { id: input.subscriberId } : { name: input.subscriber! },
    );
    if (subscriber.revokedAt)
      throw new LedeError('invalid_input', `subscriber "${subscriber.name}" is revoked`, {
        field: 'subscriber',
      });
    const secret = WEBHOOK_SECRET_PREFIX + newSecret();
    const { secret: _secret, ...webhook } = await store.distribution.createWebhook({
      subscriberId: subscriber.id,
      url: input.url,
      secret,
      events: [...new Set(input.events ?? [])],
      editions: [...new Set(input.editions ?? [])],
      createdAt: now,
    });
    await recordAudit(store, actor, 'webhook.add', {
      detail: { webhookId: webhook.id, subscriberId: subscriber.id, url: webhook.url },
      at: now,
    });
    return { webhook, secret };
  });
}

export async function listWebhooks(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
  q: { subscriberId?: number } = {},
): Promise<Webhook[]> {
  requireDistributionAdmin(actor);
  return deps.store.distribution.listWebhooks(q);
}

/** Deletes a webhook with its delivery log; nothing more is sent to it. */
export async function deleteWebhook(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  id: number,
): Promise<void> {
  requireDistributionAdmin(actor);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    const webhook = await store.distribution.findWebhook(id);
    if (!webhook || !(await store.distribution.deleteWebhook(id)))
      throw new LedeError('not_found', `webhook ${id} does not exist`);
    await recordAudit(store, actor, 'webhook.delete', {
      detail: { webhookId: id, subscriberId: webhook.subscriberId, url: webhook.url },
      at: now,
    });
  });
}

export const deliveryQuerySchema = z
  .object({
    webhookId: z.number().int().positive().optional(),
    kind: z.enum(['webhook', 'cdn']).optional(),
    status: z.enum(DELIVERY_STATUSES).optional(),
    beforeId: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** The delivery log, newest first: status, attempts, the last answer, when it is tried next. */
export async function listDeliveries(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
  raw: z.input<typeof deliveryQuerySchema>,
): Promise<Delivery[]> {
  requireDistributionAdmin(actor);
  const q = parseInput(deliveryQuerySchema, raw);
  if (q.webhookId !== undefined && !(await deps.store.distribution.findWebhook(q.webhookId)))
    throw new LedeError('not_found', `webhook ${q.webhookId} does not exist`);
  return deps.store.distribution.listDeliveries(q);
}

export async function getDelivery(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
  id: number,
): Promise<Delivery> {
  requireDistributionAdmin(actor);
  const found = await deps.store.distribution.findDelivery(id);
  if (!found) throw new LedeError('not_found', `delivery ${id} does not exist`);
  const { body: _body, eventId: _event, ...delivery } = found;
  return delivery;
}

/**
 * Sends a delivery again, as it was (same id, same body, signed anew): pending, due now, with
 * a fresh count of attempts. Receivers tell replays apart by the X-Lede-Delivery id.
 */
export async function replayDelivery(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  id: number,
): Promise<Delivery> {
  requireDistributionAdmin(actor);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    const found = await store.distribution.findDelivery(id);
    if (!found || !(await store.distribution.replayDelivery(id, now)))
      throw new LedeError('not_found', `delivery ${id} does not exist`);
    await recordAudit(store, actor, 'delivery.replay', {
      storyId: found.storyId,
      detail: { deliveryId: id, webhookId: found.webhookId, kind: found.kind },
      at: now,
    });
  });
  return getDelivery(deps, actor, id);
}
