// Serves public GET responses from the page cache and fills it from responses that name their surrogate keys.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PageCache } from '../platform/page-cache.js';

const PRIVATE_PREFIXES = ['/api/', '/newsroom'];

function cacheable(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.authorization || req.headers.cookie?.includes('lede_session=')) return false;
  return !PRIVATE_PREFIXES.some((p) => req.url.startsWith(p));
}

const KEPT_HEADERS = [
  'content-type',
  'cache-control',
  'surrogate-key',
  'cache-tag',
  'last-modified',
  'content-language',
  'etag',
  'link',
];

export function registerPageCache(app: FastifyInstance, cache: PageCache): void {
  app.addHook('onRequest', async (req, reply) => {
    if (!cacheable(req)) return;
    const hit = cache.get(req.url);
    if (!hit) return;
    await reply.code(hit.status).headers(hit.headers).header('x-cache', 'HIT').send(hit.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (
      reply.statusCode !== 200 ||
      typeof payload !== 'string' ||
      reply.getHeader('x-cache') === 'HIT' ||
      !cacheable(req)
    )
      return payload;
    const keys = String(reply.getHeader('surrogate-key') ?? '')
      .split(' ')
      .filter(Boolean);
    if (keys.length === 0) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    cache.set(req.url, { status: 200, headers, body: payload }, keys);
    reply.header('x-cache', 'MISS');
    return payload;
  });
}
