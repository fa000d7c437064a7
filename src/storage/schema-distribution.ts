// Table types of distribution: subscribers, their webhooks, the story event outbox and outbound deliveries.

import type { Generated } from 'kysely';

export interface SubscriberTable {
  id: Generated<number>;
  name: string;
  /** sha256 (hex) of the subscriber's API key; the key itself is never stored. */
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  /** Requests per minute allowed to this key; null for the configured default. */
  rate_limit: number | null;
}

export interface WebhookTable {
  id: Generated<number>;
  subscriber_id: number;
  url: string;
  /** The HMAC signing secret: kept as is, since every delivery is signed with it. */
  secret: string;
  /** JSON list of event types; null for every story event. */
  events: string | null;
  /** JSON list of edition codes; null for every edition. */
  editions: string | null;
  created_at: string;
}

/** One story change, written in the change's own transaction; fanned out to deliveries later. */
export interface StoryEventTable {
  id: Generated<number>;
  type: string;
  story_id: number;
  edition: string;
  at: string;
  /** JSON list of the surrogate keys the change touches. */
  keys: string;
  created_at: string;
  fanned_out_at: string | null;
}

export interface DeliveryTable {
  id: Generated<number>;
  event_id: number;
  /** 'webhook' (to a subscriber's URL) or 'cdn' (the CDN's purge URL). */
  kind: string;
  webhook_id: number | null;
  event_type: string;
  story_id: number;
  /** What is sent: the ninjs item (webhook) or {keys} (cdn), as JSON text. */
  body: string;
  /** pending, delivered or failed. */
  status: string;
  attempts: number;
  /** When the next attempt is due (also the lease of an attempt in flight); null when done. */
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  created_at: string;
  delivered_at: string | null;
}
