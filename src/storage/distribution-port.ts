// The distribution port: the change stream's keys, subscribers, webhooks, the event outbox and deliveries.

import type {
  Delivery,
  DeliveryKind,
  DeliveryStatus,
  Subscriber,
  Webhook,
} from '../domain/distribution.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus } from '../domain/story.js';

export interface StoryChangeRef {
  id: number;
  /** The story's change sequence number: every write gives it the next one, in commit order. */
  seq: number;
}

export interface SubscriberRecord extends Subscriber {
  keyHash: string;
}

export interface WebhookRecord extends Webhook {
  /** The signing secret (never shown again after the webhook is created). */
  secret: string;
}

export interface StoryEventRecord {
  id: number;
  type: string;
  storyId: number;
  edition: EditionCode;
  at: string;
  keys: string[];
}

export interface NewDelivery {
  eventId: number;
  kind: DeliveryKind;
  webhookId: number | null;
  eventType: string;
  storyId: number;
  body: string;
  createdAt: string;
}

export interface DeliveryRecord extends Delivery {
  eventId: number;
  body: string;
}

/** How an attempt ended: delivered, to be tried again at a time, or failed for good. */
export interface AttemptResult {
  status: DeliveryStatus;
  at: string;
  nextAttemptAt: string | null;
  statusCode: number | null;
  error: string | null;
}

export interface DeliveryQuery {
  webhookId?: number;
  kind?: DeliveryKind;
  status?: DeliveryStatus;
  /** Only deliveries older than this id (the next page of a newest-first list). */
  beforeId?: number;
  limit: number;
}

export interface DistributionRepo {
  /**
   * Stories whose change sequence is after `after`, lowest first. Sequence numbers are given
   * under a lock held to commit, so a reader never sees a number while a lower one is pending.
   */
  listChangesAfter(q: {
    after: number;
    edition?: EditionCode;
    statuses: StoryStatus[];
    limit: number;
  }): Promise<StoryChangeRef[]>;
  /** The latest updatedAt of the stories readers have seen or may see (published or withdrawn). */
  lastStoryChange(edition?: EditionCode): Promise<string | null>;

  createSubscriber(s: {
    name: string;
    keyHash: string;
    createdAt: string;
    rateLimit: number | null;
  }): Promise<Subscriber>;
  findSubscriber(ref: { id: number } | { name: string }): Promise<Subscriber | null>;
  findSubscriberByKeyHash(hash: string): Promise<SubscriberRecord | null>;
  listSubscribers(): Promise<Subscriber[]>;
  /** Returns false when the subscriber was revoked already or does not exist. */
  revokeSubscriber(id: number, at: string): Promise<boolean>;
  touchSubscriber(id: number, at: string): Promise<void>;

  createWebhook(w: Omit<WebhookRecord, 'id'>): Promise<WebhookRecord>;
  findWebhook(id: number): Promise<WebhookRecord | null>;
  listWebhooks(q?: { subscriberId?: number }): Promise<Webhook[]>;
  /** Webhooks of subscribers that are not revoked, with their secrets. */
  activeWebhooks(): Promise<WebhookRecord[]>;
  /** Removes the webhook and its delivery log. */
  deleteWebhook(id: number): Promise<boolean>;

  /** Writes a story change to the outbox; call inside the change's transaction. */
  recordStoryEvent(e: Omit<StoryEventRecord, 'id'>, createdAt: string): Promise<void>;
  /**
   * Takes up to `limit` events not yet fanned out, oldest first, and marks them taken. Run it
   * in a transaction with the deliveries made from them: of several processes, one gets each.
   */
  claimStoryEvents(now: string, limit: number): Promise<StoryEventRecord[]>;
  insertDeliveries(rows: NewDelivery[]): Promise<void>;
  /**
   * Takes up to `limit` pending deliveries due at `now`, counts an attempt on each and moves
   * its next attempt to `leaseUntil`, so no other process takes it while it is in flight (and
   * one whose process died is taken again once the lease is over).
   */
  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<DeliveryRecord[]>;
  finishAttempt(id: number, result: AttemptResult): Promise<void>;
  findDelivery(id: number): Promise<DeliveryRecord | null>;
  /** Newest first. */
  listDeliveries(q: DeliveryQuery): Promise<Delivery[]>;
  /** Makes a delivery pending again, due at `now`, with a fresh count of attempts. */
  replayDelivery(id: number, now: string): Promise<boolean>;
  /** Deletes fanned-out events and finished deliveries older than `before`; returns how many. */
  pruneDistribution(before: string): Promise<number>;
}
