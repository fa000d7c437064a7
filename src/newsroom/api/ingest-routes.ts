// Wire ingest in the newsroom: the desk's Incoming view, taking an item into a draft, and the sources' state.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import {
  INGEST_FORMATS,
  listIncoming,
  listIngestSources,
  takeIncoming,
} from '../../operations/ingest.js';
import { idParams } from './api-schemas.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const time = z.iso.datetime();

const incomingSchema = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  sourceName: z.string(),
  guid: z.string(),
  version: z.string(),
  status: z.enum(['incoming', 'withdrawn', 'taken', 'failed']),
  edition: z.enum(EDITION_CODES),
  title: z.string(),
  lead: z.string(),
  note: z.string().nullable(),
  error: z.string().nullable(),
  receivedAt: time,
  updatedAt: time,
  storyId: z.number().int().nullable(),
});

const sourceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string().nullable(),
  dir: z.string().nullable(),
  format: z.enum(INGEST_FORMATS),
  edition: z.enum(EDITION_CODES),
  everySeconds: z.number().int(),
  lastPollAt: time.nullable(),
  nextPollAt: time,
  lastError: z.string().nullable(),
  failures: z.number().int(),
  counts: z.object({
    incoming: z.number().int(),
    withdrawn: z.number().int(),
    taken: z.number().int(),
    failed: z.number().int(),
  }),
});

export function registerIngestRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['ingest'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/incoming',
    permission: 'authenticated',
    summary: "The desk's Incoming view: wire items waiting, withdrawn or failed, newest first",
    tags,
    query: z.object({ edition: z.enum(EDITION_CODES).optional() }).strict(),
    response: z.object({ items: z.array(incomingSchema) }),
    handler: async ({ actor, query, deps }) => ({
      items: (await listIncoming(deps, actor, query.edition ? { edition: query.edition } : {})).map(
        ({ story, hash: _hash, attempts: _a, retryAt: _r, ...item }) => {
          let lead = '';
          try {
            const parsed = (JSON.parse(story) as { lead?: unknown }).lead;
            lead = typeof parsed === 'string' ? parsed : '';
          } catch {
            // A failed item keeps no story.
          }
          return { ...item, lead: lead.slice(0, 500) };
        },
      ),
    }),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/incoming/:id/take',
    permission: 'write',
    status: 201,
    summary: 'Take an incoming item into a new draft of its edition (the source kept)',
    tags,
    params: idParams,
    response: z.object({ id: z.number().int() }),
    handler: async ({ actor, params, reply, deps }) => {
      const story = await takeIncoming(deps, actor, params.id);
      reply.header('location', `/api/stories/${story.id}`);
      return { id: story.id };
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/ingest/sources',
    permission: 'authenticated',
    summary: 'Wire sources with their last poll, last error and item counts',
    tags,
    response: z.object({ items: z.array(sourceSchema) }),
    handler: async ({ actor, deps }) => ({
      items: (await listIngestSources(deps, actor)).map(({ createdAt: _c, ...s }) => s),
    }),
  });
}
