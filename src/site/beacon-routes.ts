// The read-count beacon: a story page reports a view (sendBeacon POST, or a 1×1 image without JavaScript); no cookie, no address kept.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../http/define-route.js';
import { publicSurface } from '../http/public-gate.js';
import type { Deps } from '../operations/deps.js';

/** Where a story page reports a view with JavaScript (POST). */
export const beaconUrl = (storyId: number): string => `/beacon/${storyId}`;
/** The image a page without JavaScript loads (GET). */
export const beaconPixelUrl = (storyId: number): string => `/beacon/${storyId}/pixel.gif`;

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const params = z.object({ story: z.string().regex(/^[1-9]\d{0,14}$/, 'a story id') }).strict();

function count(deps: Deps, req: FastifyRequest, storyId: number): void {
  deps.reads?.counter.view({
    storyId,
    address: req.ip,
    userAgent: req.headers['user-agent'],
    headers: { dnt: req.headers.dnt, 'sec-gpc': req.headers['sec-gpc'] },
  });
}

/** Nothing of a beacon's answer may be kept or shared: it is not a page. */
function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
}

export function registerBeacon(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, publicSurface, {
    method: 'POST',
    url: '/beacon/:story',
    permission: 'public',
    answer: 'text',
    params,
    handler: async ({ req, reply, params }) => {
      count(deps, req, Number(params.story));
      return noStore(reply).code(204).send();
    },
  });
  defineRoute(app, publicSurface, {
    method: 'GET',
    url: '/beacon/:story/pixel.gif',
    permission: 'public',
    answer: 'text',
    params,
    handler: async ({ req, reply, params }) => {
      count(deps, req, Number(params.story));
      return noStore(reply).header('content-type', 'image/gif').send(PIXEL);
    },
  });
}
