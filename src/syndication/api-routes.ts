// Content API for subscribers: ninjs items, the ninjs change stream, NewsML-G2 items.

import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { isEditionCode, type EditionCode } from '../domain/editions.js';
import { errorMessage } from '../domain/errors.js';
import { defineRoute } from '../http/define-route.js';
import type { RouteRecord } from '../http/route-record.js';
import type { Deps } from '../operations/deps.js';
import { storyChanges, subscriberStory } from '../operations/read-syndication.js';
import { newsmlItemDoc, ninjsItemDoc, ninjsStreamDoc } from './api-docs.js';
import { contextOf } from './context.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { NEWSML_MEDIA_TYPE, toNewsml } from './newsml.js';
import { toNinjs } from './ninjs.js';
import type { SyndicationOptions } from './options.js';
import { partnerSurface } from './subscriber-auth.js';
import { absoluteUrl } from './urls.js';

/** Answers for one subscriber: revalidated with the ETag on every poll, never shared by a CDN. */
const API_CACHE_CONTROL = 'private, no-cache';

const idParams = z.object({
  id: z.string().regex(/^[1-9][0-9]{0,14}$/, 'must be a story id (a positive number)'),
});

function streamQuery(deps: Deps, options: SyndicationOptions) {
  const codes = deps.editions.map((e) => e.code);
  return z.object({
    edition: z.enum(codes).optional().describe('only the stories of this edition'),
    since: z
      .string()
      .max(200)
      .optional()
      .describe('the `next` of the previous page: what changed after it'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(options.maxStreamLimit)
      .default(20)
      .describe('stories per page'),
  });
}

function notFound(reply: FastifyReply, id: string): FastifyReply {
  return reply
    .code(404)
    .header('cache-control', API_CACHE_CONTROL)
    .send({ error: 'not_found', message: `${errorMessage('not_found', 'en')}: story ${id}` });
}

/**
 * Registers the content API's routes on `api` (a scope of its own, see routes.ts), recorded in
 * `registry` for /api/openapi.json. Each declares 'subscriber-key' (see subscriber-auth.ts);
 * the scope's rate limit counts after the key check.
 */
export function registerSubscriberApi(
  api: FastifyInstance,
  deps: Deps,
  options: SyndicationOptions,
  registry: RouteRecord[] = [],
): void {
  const surface = partnerSurface(deps, registry);

  defineRoute(api, surface, {
    method: 'GET',
    url: '/api/ninjs/items/:id',
    permission: 'subscriber-key',
    params: idParams,
    answer: 'json',
    doc: ninjsItemDoc,
    handler: async ({ params, reply }) => {
      const bundle = await subscriberStory(deps, Number(params.id));
      if (!bundle) return notFound(reply, params.id);
      const doc = toNinjs(bundle.story, contextOf(options.origin, deps.editions, bundle));
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', API_CACHE_CONTROL)
        .send(JSON.stringify(doc));
    },
  });

  defineRoute(api, surface, {
    method: 'GET',
    url: '/api/newsml/items/:id',
    permission: 'subscriber-key',
    params: idParams,
    answer: 'xml',
    doc: newsmlItemDoc,
    handler: async ({ params, reply }) => {
      const bundle = await subscriberStory(deps, Number(params.id));
      if (!bundle) return notFound(reply, params.id);
      const xml = toNewsml(bundle.story, contextOf(options.origin, deps.editions, bundle));
      return reply
        .header('content-type', `${NEWSML_MEDIA_TYPE}; charset=utf-8`)
        .header('cache-control', API_CACHE_CONTROL)
        .send(xml);
    },
  });

  defineRoute(api, surface, {
    method: 'GET',
    url: '/api/ninjs/items',
    permission: 'subscriber-key',
    query: streamQuery(deps, options),
    answer: 'json',
    doc: ninjsStreamDoc,
    handler: async ({ query, reply }) => {
      const { since, limit } = query;
      const edition: EditionCode | undefined = isEditionCode(query.edition)
        ? query.edition
        : undefined;
      const after = since ? decodeCursor(since) : null;
      if (since && !after)
        return reply
          .code(400)
          .send({ error: 'invalid_input', message: 'since: not a cursor this API gave out' });
      const page = await storyChanges(deps, { edition, after, limit });
      const next = page.position ? encodeCursor(page.position) : null;
      if (next) {
        const params = new URLSearchParams({
          ...(edition ? { edition } : {}),
          since: next,
          limit: String(limit),
        });
        reply.header(
          'link',
          `<${absoluteUrl(options.origin, `/api/ninjs/items?${params.toString()}`)}>; rel="next"`,
        );
      }
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', API_CACHE_CONTROL)
        .send(
          JSON.stringify({
            items: page.items.map((b) =>
              toNinjs(b.story, contextOf(options.origin, deps.editions, b)),
            ),
            next,
            more: page.more,
          }),
        );
    },
  });
}
