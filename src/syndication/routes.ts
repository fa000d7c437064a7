// Registers everything syndication serves: feeds, sitemaps, robots.txt and the subscriber content API.

import type { FastifyInstance } from 'fastify';
import type { Deps } from '../operations/deps.js';
import { registerSubscriberApi } from './api-routes.js';
import { registerFeedRoutes } from './feed-routes.js';
import { syndicationOptions, type SyndicationOptions } from './options.js';
import { registerSitemapRoutes } from './sitemap-routes.js';

/** Registers the routes with explicit options (tests, or a composition root that has them). */
export function registerSyndicationRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: SyndicationOptions,
): void {
  registerFeedRoutes(app, deps, options);
  registerSitemapRoutes(app, deps, options);
  // The subscriber API lives in its own plugin so that key checks are one hook on it.
  void app.register(
    async (api) => {
      registerSubscriberApi(api, deps, options);
    },
    { prefix: '/api' },
  );
}

/** Call before the app is ready (routes added later are refused); links use deps.publicUrl. */
export function registerSyndication(app: FastifyInstance, deps: Deps): void {
  registerSyndicationRoutes(app, deps, syndicationOptions(deps.publicUrl));
}
