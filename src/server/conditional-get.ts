// Answers conditional GETs with 304: If-None-Match against the ETag, else If-Modified-Since against Last-Modified.

import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The opaque part of an entity tag: W/"x" and "x" match under the weak comparison of RFC 9110. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** Whether If-None-Match (one tag, a list, or *) names the response's ETag. */
export function noneMatch(header: string, etag: string | undefined): boolean {
  if (header.trim() === '*') return etag !== undefined;
  if (!etag) return false;
  const current = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === current);
}

/** Whether the response has not changed since If-Modified-Since (HTTP dates count whole seconds). */
export function notModifiedSince(header: string, lastModified: string | undefined): boolean {
  if (!lastModified) return false;
  const since = Date.parse(header);
  const modified = Date.parse(lastModified);
  if (Number.isNaN(since) || Number.isNaN(modified)) return false;
  return Math.floor(modified / 1000) <= Math.floor(since / 1000);
}

function isConditional(req: FastifyRequest): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined)
  );
}

/**
 * Register after @fastify/etag (with replyWith304 off): its hook sets the ETag, this one then
 * answers 304 with the headers and no body. If-Modified-Since counts only without If-None-Match.
 */
export function registerConditionalGet(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode !== 200 || !isConditional(req)) return payload;
    const etag = reply.getHeader('etag');
    const lastModified = reply.getHeader('last-modified');
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const unchanged =
      inm !== undefined
        ? noneMatch(inm, typeof etag === 'string' ? etag : undefined)
        : ims !== undefined &&
          notModifiedSince(ims, typeof lastModified === 'string' ? lastModified : undefined);
    if (!unchanged) return payload;
    const stream = payload as Partial<Readable> | null;
    if (stream && typeof stream.destroy === 'function') stream.destroy();
    reply.code(304).removeHeader('content-length');
    return '';
  });
}
