// Registers the newsroom JSON API under /api: cookie support, every route, the OpenAPI document, JSON errors.

import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { LedeError } from '../../domain/errors.js';
import { routeRegistry } from '../../http/route-record.js';
import type { Deps } from '../../operations/deps.js';
import { sendApiError } from './api-errors.js';
import { registerAuditRoutes } from './audit-routes.js';
import { registerAuthorRoutes } from './author-routes.js';
import { registerStoryRoutes } from './story-routes.js';
import { registerLiveRoutes } from './live-routes.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerMediaRoutes } from './media-routes.js';
import { defineRoute } from './define-route.js';
import { buildOpenApi } from './openapi.js';
import type { ApiDeps } from './route-spec.js';
import { registerTokenRoutes } from './token-routes.js';
import { registerTwoFactorRoutes } from './two-factor-routes.js';
import { registerUserRoutes } from './user-routes.js';
import { registerWebhookRoutes } from './webhook-routes.js';
import { registerIngestRoutes } from './ingest-routes.js';
import { registerNumbersRoutes } from './numbers-routes.js';

/**
 * Call before the public site's routes, so that /api/* never reaches the site's catch-all.
 * The routes live in their own Fastify scope: cookies are parsed there, errors answer JSON,
 * and nothing is cached.
 */
export function registerNewsroomApi(app: FastifyInstance, deps: Deps): void {
  // Shared with the other API routes of the application (the partner API, search).
  const api: ApiDeps = { ...deps, routes: routeRegistry(app) };
  void app.register(async (scope) => {
    if (!scope.hasRequestDecorator('cookies')) await scope.register(fastifyCookie);
    scope.setErrorHandler((error, req, reply) => sendApiError(req, reply, error, deps.logger));
    scope.addHook('onRequest', async (_req, reply) => {
      reply.header('cache-control', 'no-store');
    });

    registerAuthRoutes(scope, api);
    registerUserRoutes(scope, api);
    registerTokenRoutes(scope, api);
    registerAuditRoutes(scope, api);
    registerTwoFactorRoutes(scope, api);

    // ── Other newsroom route groups go here, each as registerXxxRoutes(scope, api) ──
    registerStoryRoutes(scope, api);
    registerLiveRoutes(scope, api);
    registerMediaRoutes(scope, api);
    registerWebhookRoutes(scope, api);
    registerAuthorRoutes(scope, api);
    registerIngestRoutes(scope, api);
    registerNumbersRoutes(scope, api);

    let document: Record<string, unknown> | null = null;
    defineRoute(scope, api, {
      method: 'GET',
      url: '/api/openapi.json',
      permission: 'public',
      summary: 'This document: every API route, its permission and its schemas',
      tags: ['docs'],
      handler: async () => (document ??= buildOpenApi(api.routes)),
    });

    scope.all('/api/*', async (req, reply) =>
      sendApiError(
        req,
        reply,
        new LedeError('not_found', `no API route ${req.method} ${req.url.split('?')[0]}`),
        deps.logger,
      ),
    );
  });
}
