// Old WordPress addresses of imported stories answer 301 to the story: "/?p=123" before the home page, paths instead of a 404.

import type { FastifyInstance } from 'fastify';
import type { Deps } from '../operations/deps.js';
import { findLegacyRedirect } from '../operations/find-legacy-redirect.js';

const LEGACY_CACHE = 'public, max-age=86400';

/**
 * "/?p=123" and "/?page_id=7" are the home page's path: answered before its route. Any other old
 * path is looked up only when the site has no page for it (the answer is a 404), so pages that
 * exist cost nothing.
 */
export function registerLegacyRedirects(app: FastifyInstance, deps: Deps): void {
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    if (!/[?&](p|page_id)=\d/.test(req.url)) return;
    const target = await findLegacyRedirect(deps, req.url);
    if (target) return reply.header('cache-control', LEGACY_CACHE).redirect(target, 301);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode !== 404 || (req.method !== 'GET' && req.method !== 'HEAD')) return payload;
    const target = await findLegacyRedirect(deps, req.url);
    if (!target) return payload;
    reply
      .code(301)
      .header('location', target)
      .header('cache-control', LEGACY_CACHE)
      .header('content-type', 'text/plain; charset=utf-8');
    return `Moved to ${target}\n`;
  });
}
