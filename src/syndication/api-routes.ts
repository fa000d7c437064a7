// Content API for subscribers: ninjs items, the ninjs change stream, NewsML-G2 items.

import type { FastifyInstance, FastifyReply } from 'fastify';
import { isEditionCode, type EditionCode } from '../domain/editions.js';
import { errorMessage } from '../domain/errors.js';
import type { Deps } from '../operations/deps.js';
import { storyChanges, subscriberStory } from '../operations/read-syndication.js';
import { contextOf } from './context.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { NEWSML_MEDIA_TYPE, toNewsml } from './newsml.js';
import { toNinjs } from './ninjs.js';
import type { SyndicationOptions } from './options.js';
import { absoluteUrl } from './urls.js';

/** Answers for one subscriber: revalidated with the ETag on every poll, never shared by a CDN. */
const API_CACHE_CONTROL = 'private, no-cache';

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' } },
} as const;

function notFound(reply: FastifyReply, id: string): FastifyReply {
  return reply
    .code(404)
    .header('cache-control', API_CACHE_CONTROL)
    .send({ error: 'not_found', message: `${errorMessage('not_found', 'en')}: story ${id}` });
}

export interface StreamQuery {
  edition?: string;
  since?: string;
  limit?: number;
}

/**
 * Registers the subscriber routes on `api` (mounted under /api). The scope's hooks check the
 * key and the rate limit first (see subscriber-auth.ts).
 */
export function registerSubscriberApi(
  api: FastifyInstance,
  deps: Deps,
  options: SyndicationOptions,
): void {
  api.get<{ Params: { id: string } }>(
    '/ninjs/items/:id',
    { schema: { params: idParams } },
    async (req, reply) => {
      const bundle = await subscriberStory(deps, Number(req.params.id));
      if (!bundle) return notFound(reply, req.params.id);
      const doc = toNinjs(bundle.story, contextOf(options.origin, deps.editions, bundle));
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', API_CACHE_CONTROL)
        .send(JSON.stringify(doc));
    },
  );

  api.get<{ Params: { id: string } }>(
    '/newsml/items/:id',
    { schema: { params: idParams } },
    async (req, reply) => {
      const bundle = await subscriberStory(deps, Number(req.params.id));
      if (!bundle) return notFound(reply, req.params.id);
      const xml = toNewsml(bundle.story, contextOf(options.origin, deps.editions, bundle));
      return reply
        .header('content-type', `${NEWSML_MEDIA_TYPE}; charset=utf-8`)
        .header('cache-control', API_CACHE_CONTROL)
        .send(xml);
    },
  );

  api.get<{ Querystring: StreamQuery }>(
    '/ninjs/items',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            edition: { type: 'string', enum: deps.editions.map((e) => e.code) },
            since: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: options.maxStreamLimit, default: 20 },
          },
        },
      },
    },
    async (req, reply) => {
      const { since, limit = 20 } = req.query;
      const edition: EditionCode | undefined = isEditionCode(req.query.edition)
        ? req.query.edition
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
  );
}
