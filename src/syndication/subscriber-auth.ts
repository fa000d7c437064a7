// Who may read the content API: a subscriber's key or a newsroom user's API token (its gate), rate-limited per key.

import { createHash } from 'node:crypto';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LedeError } from '../domain/errors.js';
import type { Gate, Surface } from '../http/define-route.js';
import type { RouteRecord } from '../http/route-record.js';
import type { Deps } from '../operations/deps.js';
import { resolveApiToken } from '../operations/resolve-api-token.js';
import { resolveSubscriberKey } from '../operations/subscribers.js';

/** Who reads: a subscriber (its own limit, if it has one) or a newsroom user with their token. */
export type ApiReader = (
  | { kind: 'subscriber'; id: number; name: string; rateLimit: number | null }
  | { kind: 'user'; id: number; name: string }
) & {
  /** What the rate limit counts by: the key (its hash), unique even across Ledes on one Redis. */
  rateKey: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    apiReader: ApiReader | null;
  }
}

export interface SubscriberApiOptions {
  /** Requests per key per window, for subscribers without a limit of their own (default 600). */
  rateLimit?: number;
  /** The window of the limit (default one minute). */
  rateWindowMs?: number;
  /** A Redis client (ioredis) that every process shares; counts stay in memory without one. */
  redis?: RateLimitPluginOptions['redis'];
}

const REALM = 'Bearer realm="lede-content-api"';

async function readerOf(deps: Deps, req: FastifyRequest): Promise<ApiReader | null> {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  const key = match[1]!;
  const rateKey = createHash('sha256').update(key, 'utf8').digest('base64url').slice(0, 22);
  const subscriber = await resolveSubscriberKey(deps, key);
  if (subscriber)
    return {
      kind: 'subscriber',
      id: subscriber.id,
      name: subscriber.name,
      rateLimit: subscriber.rateLimit,
      rateKey,
    };
  const token = await resolveApiToken(deps, key);
  return token ? { kind: 'user', id: token.actor.id, name: token.actor.name, rateKey } : null;
}

function sendError(reply: FastifyReply, error: LedeError): FastifyReply {
  if (error.status === 401) reply.header('www-authenticate', REALM);
  const retryAfter = error.data.retryAfter;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(error.status)
    .header('cache-control', 'no-store')
    .send({ ...error.data, error: error.code, message: error.detail });
}

/** The content API's error answer: JSON `{ error, message }`; nothing leaks a stack. */
export function sendPartnerError(
  deps: Pick<Deps, 'logger'>,
  req: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  if (error instanceof LedeError) return sendError(reply, error);
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return reply.code(status).send({
      error: 'invalid_input',
      message: error instanceof Error ? error.message : 'bad request',
    });
  deps.logger.error('request failed', {
    code: 'internal',
    url: req.url,
    error: error instanceof Error ? error.stack : String(error),
  });
  return reply.code(500).send({ error: 'internal', message: 'internal error' });
}

/** The one permission of the content API: a subscriber's key (or a newsroom API token). */
export type PartnerPermission = 'subscriber-key';

/**
 * Every content API route declares 'subscriber-key': the request needs
 * `Authorization: Bearer <key>`, a subscriber's key or a newsroom user's API token. Unknown and
 * revoked keys answer 401. The reader is kept on the request for the rate limit.
 */
export function partnerGate(deps: Deps): Gate<PartnerPermission, ApiReader> {
  return {
    permits: (permission): permission is PartnerPermission => permission === 'subscriber-key',
    async admit(_permission, req) {
      const reader = await readerOf(deps, req);
      if (!reader)
        throw new LedeError(
          'unauthenticated',
          req.headers.authorization
            ? 'the key is not valid (unknown or revoked)'
            : 'send your subscriber key as "Authorization: Bearer <key>"',
        );
      req.apiReader = reader;
      return reader;
    },
    describe: () => ({
      security: [{ subscriberKey: [] }],
      schemes: {
        subscriberKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            "a subscriber's key (ledesub_…, given by `lede subscribers add`) or a newsroom API token",
        },
      },
      refusals: {
        '401': 'No key, or an unknown or revoked one (with a Bearer challenge)',
        '429': 'More requests than the key may make in the window; Retry-After says when to retry',
      },
    }),
  };
}

/** The content API's routes: the key gate, JSON errors, recorded in the API's docs. */
export function partnerSurface(
  deps: Deps,
  registry: RouteRecord[],
): Surface<PartnerPermission, ApiReader> {
  return {
    gate: partnerGate(deps),
    sendError: (req, reply, error) => sendPartnerError(deps, req, reply, error),
    registry,
  };
}

/**
 * Adds the rate limit and the JSON errors to the scope the content API lives in; its routes
 * declare 'subscriber-key' (partnerGate). A key over its limit answers 429 with Retry-After.
 */
export async function registerSubscriberAuth(
  api: FastifyInstance,
  deps: Deps,
  options: SubscriberApiOptions = {},
): Promise<void> {
  api.decorateRequest('apiReader', null);
  // The key itself is checked by each route's gate (partnerGate), before the rate limit counts.
  api.setErrorHandler((error, req, reply) => sendPartnerError(deps, req, reply, error));
  const fallback = options.rateLimit ?? 600;
  await api.register(rateLimit, {
    global: true,
    // After the key check, so the limit counts per key, not per address.
    hook: 'preHandler',
    timeWindow: options.rateWindowMs ?? 60_000,
    max: async (req) => {
      const reader = req.apiReader;
      return reader?.kind === 'subscriber' ? (reader.rateLimit ?? fallback) : fallback;
    },
    keyGenerator: (req) => {
      const reader = req.apiReader;
      return reader ? `${reader.kind}:${reader.rateKey}` : `ip:${req.ip}`;
    },
    nameSpace: 'lede-api-rate-',
    ...(options.redis ? { redis: options.redis } : {}),
    // Counting must not take the API down with Redis: without a store, requests pass.
    skipOnError: true,
    errorResponseBuilder: (_req, context) =>
      new LedeError(
        'too_many_attempts',
        `more than ${context.max} requests in the window; retry in ${context.after}`,
        { retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)) },
      ),
  });
}
