// Compresses text responses by Accept-Encoding: one hook names the coding (Vary, its own ETag) before the 304 check, one compresses after it.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  chooseCoding,
  compress,
  compressible,
  encodedOnce,
  etagFor,
  MIN_COMPRESS_BYTES,
  varyWithEncoding,
  type Coding,
} from './compression.js';
import { cacheOutcome, keptPage } from './page-cache-hooks.js';

const chosen = new WeakMap<FastifyRequest, Coding>();

/**
 * Register after the ETag and page-cache hooks and before the conditional GET: sets Vary on every
 * text response and, when the body will be compressed, the coding's own ETag, so a 304 compares
 * the tag of the bytes the client holds.
 */
export function registerNegotiation(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const outcome = cacheOutcome(req);
    if (reply.hasHeader('content-encoding') || outcome === 'hit' || outcome === 'stale')
      return payload;
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    if (reply.statusCode < 200 || reply.statusCode === 204 || reply.statusCode === 304)
      return payload;
    if (!compressible(reply.getHeader('content-type'))) return payload;
    reply.header('vary', varyWithEncoding(reply.getHeader('vary')));
    if (Buffer.byteLength(payload) < MIN_COMPRESS_BYTES) return payload;
    const coding = chooseCoding(req.headers['accept-encoding']);
    if (!coding) return payload;
    chosen.set(req, coding);
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string') reply.header('etag', etagFor(etag, coding));
    return payload;
  });
}

/** Register after the conditional GET: compresses the body in the coding negotiated above. */
export function registerCompressor(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const coding = chosen.get(req);
    if (!coding || reply.statusCode === 304) return payload;
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload)) || payload.length === 0)
      return payload;
    const kept = keptPage(req);
    const body = kept
      ? await encodedOnce(kept.encoded, kept.body, coding)
      : await compress(
          typeof payload === 'string' ? Buffer.from(payload) : payload,
          coding,
          'live',
        );
    reply.header('content-encoding', coding).removeHeader('content-length');
    return body;
  });
}
