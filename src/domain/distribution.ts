// Distribution: subscribers of the content API, their webhooks and the log of what was sent to them.

import type { EditionCode } from './editions.js';

/** Story events a webhook may receive; the event bus announces the same four. */
export const WEBHOOK_EVENTS = [
  'story.published',
  'story.updated',
  'story.corrected',
  'story.unpublished',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** A partner who reads the content API with a key and may receive webhooks. */
export interface Subscriber {
  id: number;
  name: string;
  /** UTC ISO times. */
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  /** Requests per minute; null for the configured default. */
  rateLimit: number | null;
}

export interface Webhook {
  id: number;
  subscriberId: number;
  url: string;
  /** Events sent; all four when the list is empty. */
  events: WebhookEvent[];
  /** Editions whose stories are sent; all when the list is empty. */
  editions: EditionCode[];
  createdAt: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Where a delivery goes: a subscriber's webhook, or the CDN's purge URL. */
export type DeliveryKind = 'webhook' | 'cdn';

/** One message to send, with its log: attempts, the last answer, when it is tried next. */
export interface Delivery {
  id: number;
  kind: DeliveryKind;
  webhookId: number | null;
  eventType: string;
  storyId: number;
  status: DeliveryStatus;
  attempts: number;
  /** UTC ISO; null once delivered or failed for good. */
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** Whether a webhook wants an event of a story of an edition. */
export function webhookWants(hook: Webhook, event: string, edition: EditionCode): boolean {
  return (
    (hook.events.length === 0 || (hook.events as readonly string[]).includes(event)) &&
    (hook.editions.length === 0 || hook.editions.includes(edition))
  );
}

/**
 * The wait before the next attempt after `attempts` failed ones: 1 s, 4 s, 16 s … (×4 each
 * time), never more than `capMs`.
 */
export function retryDelayMs(attempts: number, baseMs = 1000, capMs = 6 * 3600_000): number {
  return Math.min(capMs, baseMs * 4 ** Math.max(0, attempts - 1));
}
