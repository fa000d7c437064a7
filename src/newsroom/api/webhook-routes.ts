// Admin routes of distribution: subscribers, their webhooks (created with a secret shown once), deliveries and replays.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from '../../domain/distribution.js';
import { EDITION_CODES } from '../../domain/editions.js';
import { listSubscribers } from '../../operations/subscribers.js';
import {
  createWebhook,
  createWebhookSchema,
  deleteWebhook,
  getDelivery,
  listDeliveries,
  listWebhooks,
  replayDelivery,
} from '../../operations/webhooks.js';
import { idParams } from './api-schemas.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const time = z.iso.datetime();

const subscriberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: time,
  revokedAt: time.nullable(),
  lastUsedAt: time.nullable(),
  rateLimit: z.number().int().nullable(),
});

const webhookSchema = z.object({
  id: z.number().int(),
  subscriberId: z.number().int(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)).describe('empty: every story event'),
  editions: z.array(z.enum(EDITION_CODES)).describe('empty: every edition'),
  createdAt: time,
});

const deliverySchema = z.object({
  id: z.number().int(),
  kind: z.enum(['webhook', 'cdn']),
  webhookId: z.number().int().nullable(),
  eventType: z.string(),
  storyId: z.number().int(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: time.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: time.nullable(),
  createdAt: time,
  deliveredAt: time.nullable(),
});

const deliveryFilters = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export function registerWebhookRoutes(app: FastifyInstance, deps: ApiDeps): void {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/subscribers',
    permission: 'manage-settings',
    summary: 'Subscribers of the content API (keys are never shown after they are made)',
    tags: ['distribution'],
    response: z.object({ items: z.array(subscriberSchema) }),
    handler: async ({ actor, deps }) => ({ items: await listSubscribers(deps, actor) }),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/webhooks',
    permission: 'manage-settings',
    summary: 'Webhooks, of every subscriber or of one',
    tags: ['distribution'],
    query: z.object({ subscriberId: z.coerce.number().int().positive().optional() }),
    response: z.object({ items: z.array(webhookSchema) }),
    handler: async ({ actor, query, deps }) => ({
      items: await listWebhooks(
        deps,
        actor,
        query.subscriberId !== undefined ? { subscriberId: query.subscriberId } : {},
      ),
    }),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/webhooks',
    permission: 'manage-settings',
    status: 201,
    summary: 'Register a webhook URL of a subscriber; its signing secret is shown only now',
    tags: ['distribution'],
    body: createWebhookSchema,
    response: z.object({ webhook: webhookSchema, secret: z.string() }),
    handler: async ({ actor, body, deps }) => createWebhook(deps, actor, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/api/webhooks/:id',
    permission: 'manage-settings',
    summary: 'Delete a webhook and its delivery log; nothing more is sent to it',
    tags: ['distribution'],
    params: idParams,
    handler: async ({ actor, params, deps }) => {
      await deleteWebhook(deps, actor, params.id);
      return undefined;
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/webhooks/:id/deliveries',
    permission: 'manage-settings',
    summary: "A webhook's delivery log, newest first: status, attempts, last answer, next attempt",
    tags: ['distribution'],
    params: idParams,
    query: deliveryFilters,
    response: z.object({ items: z.array(deliverySchema) }),
    handler: async ({ actor, params, query, deps }) => ({
      items: await listDeliveries(deps, actor, { ...query, webhookId: params.id }),
    }),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/deliveries',
    permission: 'manage-settings',
    summary: 'Every delivery (webhooks and CDN purges), newest first',
    tags: ['distribution'],
    query: deliveryFilters.extend({ kind: z.enum(['webhook', 'cdn']).optional() }),
    response: z.object({ items: z.array(deliverySchema) }),
    handler: async ({ actor, query, deps }) => ({
      items: await listDeliveries(deps, actor, query),
    }),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/deliveries/:id',
    permission: 'manage-settings',
    summary: 'One delivery and its log',
    tags: ['distribution'],
    params: idParams,
    response: deliverySchema,
    handler: async ({ actor, params, deps }) => getDelivery(deps, actor, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/deliveries/:id/replay',
    permission: 'manage-settings',
    summary: 'Send a delivery again as it was (same id and body, signed anew), now',
    tags: ['distribution'],
    params: idParams,
    response: deliverySchema,
    handler: async ({ actor, params, deps }) => replayDelivery(deps, actor, params.id),
  });
}
