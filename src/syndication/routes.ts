// Registers everything syndication serves: feeds, sitemaps, robots.txt and the subscriber content API.

import type { FastifyInstance } from 'fastify';
import { routeRegistry } from '../http/route-record.js';
import type { Deps } from '../operations/deps.js';
import { registerSubscriberApi } from './api-routes.js';
import { registerFeedRoutes } from './feed-routes.js';
import { syndicationOptions, type SyndicationOptions } from './options.js';
import { registerSitemapRoutes } from './sitemap-routes.js';
import { registerSubscriberAuth, type SubscriberApiOptions } from './subscriber-auth.js';

/** Registers the routes with explicit options (tests, or a composition root that has them). */
export function registerSyndicationRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: SyndicationOptions,
  api: SubscriberApiOptions = {},
): void {
  registerFeedRoutes(app, deps, options);
  registerSitemapRoutes(app, deps, options);
  // The subscriber API lives in its own plugin, with its rate limit; it is documented beside the
  // newsroom API in /api/openapi.json.
  const registry = routeRegistry(app);
  void app.register(async (scope) => {
    await registerSubscriberAuth(scope, deps, api);
    registerSubscriberApi(scope, deps, options, registry);
  });
}

/** Call before the app is ready (routes added later are refused); links use deps.publicUrl. */
export function registerSyndication(
  app: FastifyInstance,
  deps: Deps,
  api: SubscriberApiOptions = {},
  over: Partial<Omit<SyndicationOptions, 'origin'>> = {},
): void {
  registerSyndicationRoutes(app, deps, syndicationOptions(deps.publicUrl, over), api);
}
