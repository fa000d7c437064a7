// Subscribers of the content API: add one (its key shown once, stored as sha256), revoke, list, resolve a key.

import { z } from 'zod';
import { canSomewhere, type Actor } from '../domain/actor.js';
import type { Subscriber } from '../domain/distribution.js';
import { LedeError } from '../domain/errors.js';
import { newSecret, secretHash } from '../platform/secrets.js';
import { parseInput } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';

/** Every subscriber key starts with this, so a leaked one is easy to recognise (and not a newsroom token). */
export const SUBSCRIBER_KEY_PREFIX = 'ledesub_';

/** Last-used times are written at most once a minute per subscriber. */
const TOUCH_EVERY_MS = 60_000;

export const subscriberNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .regex(/^[^\s]/, 'must not start with a space');

const addSubscriberSchema = z
  .object({
    name: subscriberNameSchema,
    /** Requests per minute; the configured default when left out. */
    rateLimit: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

export type SubscriberRef = { id: number } | { name: string };

/** Managing subscribers is an admin's job (the CLI acts as the system). */
export function requireDistributionAdmin(actor: Actor): void {
  if (!canSomewhere(actor, 'manage-settings'))
    throw new LedeError('forbidden', 'only admins manage subscribers and webhooks');
}

export async function findSubscriber(deps: Pick<Deps, 'store'>, ref: SubscriberRef) {
  const found = await deps.store.distribution.findSubscriber(ref);
  if (!found)
    throw new LedeError(
      'not_found',
      'id' in ref ? `subscriber ${ref.id} does not exist` : `no subscriber is named "${ref.name}"`,
    );
  return found;
}

export async function addSubscriber(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  raw: z.input<typeof addSubscriberSchema>,
): Promise<{ subscriber: Subscriber; key: string }> {
  requireDistributionAdmin(actor);
  const input = parseInput(addSubscriberSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    if (await store.distribution.findSubscriber({ name: input.name }))
      throw new LedeError('duplicate', `a subscriber is named "${input.name}" already`, {
        field: 'name',
      });
    const key = SUBSCRIBER_KEY_PREFIX + newSecret();
    const subscriber = await store.distribution.createSubscriber({
      name: input.name,
      keyHash: secretHash(key),
      createdAt: now,
      rateLimit: input.rateLimit ?? null,
    });
    await recordAudit(store, actor, 'subscriber.add', {
      detail: { subscriberId: subscriber.id, name: subscriber.name },
      at: now,
    });
    return { subscriber, key };
  });
}

/** Revokes a subscriber's key at once: the API answers 401 and its webhooks stop. */
export async function revokeSubscriber(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  ref: SubscriberRef,
): Promise<Subscriber> {
  requireDistributionAdmin(actor);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const subscriber = await findSubscriber({ store }, ref);
    if (!(await store.distribution.revokeSubscriber(subscriber.id, now)))
      throw new LedeError('conflict', `subscriber "${subscriber.name}" was revoked already`);
    await recordAudit(store, actor, 'subscriber.revoke', {
      detail: { subscriberId: subscriber.id, name: subscriber.name },
      at: now,
    });
    return { ...subscriber, revokedAt: now };
  });
}

export async function listSubscribers(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
): Promise<Subscriber[]> {
  requireDistributionAdmin(actor);
  return deps.store.distribution.listSubscribers();
}

/** The subscriber a key belongs to; null for an unknown or revoked key. */
export async function resolveSubscriberKey(
  deps: Pick<Deps, 'store' | 'clock'>,
  key: string,
): Promise<Subscriber | null> {
  if (!key.startsWith(SUBSCRIBER_KEY_PREFIX) || key.length > 200) return null;
  const record = await deps.store.distribution.findSubscriberByKeyHash(secretHash(key));
  if (!record || record.revokedAt !== null) return null;
  const now = deps.clock.now();
  if (!record.lastUsedAt || now.getTime() - Date.parse(record.lastUsedAt) >= TOUCH_EVERY_MS)
    await deps.store.distribution.touchSubscriber(record.id, now.toISOString());
  const { keyHash: _hash, ...subscriber } = record;
  return subscriber;
}
