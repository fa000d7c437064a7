// The read-count beacon: a story page reports a view (sendBeacon POST, or a 1×1 image without JavaScript); no cookie, no address kept.

import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../http/define-route.js';
import { publicSurface } from '../http/public-gate.js';
import type { Deps } from '../operations/deps.js';
import type { ReadCounter } from '../operations/read-counter.js';

/** Where a beacon's view goes: the workers' counter, or the counter's own process. */
type Counter = Pick<ReadCounter, 'view'>;

/** Where a story page reports a view with JavaScript (POST). */
export const beaconUrl = (storyId: number): string => `/beacon/${storyId}`;
/** The image a page without JavaScript loads (GET). */
export const beaconPixelUrl = (storyId: number): string => `/beacon/${storyId}/pixel.gif`;

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Nothing of a beacon's answer may be kept or shared: it is not a page. Made once. */
const NO_CONTENT_HEADERS = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };
const PIXEL_HEADERS = {
  ...NO_CONTENT_HEADERS,
  'content-type': 'image/gif',
  'content-length': String(PIXEL.length),
  'x-content-type-options': 'nosniff',
};

const STORY_ID = /^[1-9]\d{0,14}$/;
const params = z.object({ story: z.string().regex(STORY_ID, 'a story id') }).strict();
/** The two beacon addresses with a valid story id (a query string is ignored). */
const BEACON_PATH = /^\/beacon\/([1-9]\d{0,14})(\/pixel\.gif)?(?:\?|$)/;

/** A beacon request as it arrives: the story it names, and whether it asks for the image. */
interface BeaconRequest {
  storyId: number;
  pixel: boolean;
}

/**
 * A beacon the lean paths answer: a valid id, the right method (POST, or GET/HEAD for the image),
 * no body (as `sendBeacon` sends it). Anything else is null: the routes below refuse it.
 */
function matchBeacon(
  method: string | undefined,
  url: string | undefined,
  headers: { 'content-length'?: string | undefined; 'transfer-encoding'?: string | undefined },
): BeaconRequest | null {
  if (!url?.startsWith('/beacon/')) return null;
  const m = BEACON_PATH.exec(url);
  if (!m) return null;
  const pixel = m[2] !== undefined;
  if (!(pixel ? method === 'GET' || method === 'HEAD' : method === 'POST')) return null;
  // A body would have to be read and dropped whatever its size: such a request goes through the
  // route, its limits and parsers.
  const length = headers['content-length'];
  if ((length !== undefined && length !== '0') || headers['transfer-encoding'] !== undefined)
    return null;
  return { storyId: Number(m[1]), pixel };
}

/** The answer, straight on the socket with headers made once: 204, or the GIF (none to HEAD). */
function sendBeaconAnswer(res: ServerResponse, pixel: boolean, head: boolean): void {
  if (pixel) {
    res.writeHead(200, PIXEL_HEADERS);
    res.end(head ? undefined : PIXEL);
  } else {
    res.writeHead(204, NO_CONTENT_HEADERS);
    res.end();
  }
}

/** Counts the view and answers at once: 204 to the POST, the GIF to the image. */
function answer(
  counter: Counter | undefined,
  req: FastifyRequest,
  reply: FastifyReply,
  storyId: number,
  pixel: boolean,
) {
  counter?.view({
    storyId,
    address: req.ip,
    userAgent: req.headers['user-agent'],
    headers: req.headers,
  });
  // Written straight to the socket: none of the pages' onSend work (ETag, compression, cache).
  reply.hijack();
  sendBeaconAnswer(reply.raw, pixel, req.method === 'HEAD');
  return reply;
}

/**
 * The lean path, registered before every other hook: a beacon with a valid id is counted and
 * answered in the first onRequest hook, so it pays none of the pages' hooks (security headers,
 * page cache, ETag, compression). Anything else (a bad id, another method) goes on to the routes
 * below, which refuse it as before.
 */
export function answerBeaconsFirst(app: FastifyInstance, counter: Counter | undefined): void {
  app.addHook('onRequest', (req, reply, done) => {
    const beacon = matchBeacon(req.method, req.url, req.headers);
    if (!beacon) return done();
    // The reply is sent: Fastify runs no further onRequest hook, no handler and no onSend hook.
    answer(counter, req, reply, beacon.storyId, beacon.pixel);
  });
}

export function registerBeacon(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, publicSurface, {
    method: 'POST',
    url: '/beacon/:story',
    permission: 'public',
    answer: 'text',
    params,
    handler: async ({ req, reply, params }) =>
      answer(deps.reads?.counter, req, reply, Number(params.story), false),
  });
  defineRoute(app, publicSurface, {
    method: 'GET',
    url: '/beacon/:story/pixel.gif',
    permission: 'public',
    answer: 'text',
    params,
    handler: async ({ req, reply, params }) =>
      answer(deps.reads?.counter, req, reply, Number(params.story), true),
  });
}
