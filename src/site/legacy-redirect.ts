// Old WordPress addresses of imported stories answer 301 to the story: "/?p=123" before the home page, paths on not-found.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../operations/deps.js';
import { findLegacyRedirect } from '../operations/find-legacy-redirect.js';

/** "/?p=123" and "/?page_id=7" are the home page's path: answered before its route. */
export function registerLegacyQueryRedirects(app: FastifyInstance, deps: Deps): void {
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    if (!/[?&](p|page_id)=\d/.test(req.url)) return;
    const target = await findLegacyRedirect(deps, req.url);
    if (target) return reply.redirect(target, 301);
  });
}

/** Answers 301 when the request is an old address of a public story; false when it is not. */
export async function legacyRedirect(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const target = await findLegacyRedirect(deps, req.url);
  if (!target) return false;
  await reply.redirect(target, 301);
  return true;
}
