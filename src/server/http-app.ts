// Builds the Fastify application: security headers, static assets, the public site and error pages.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyEtag from '@fastify/etag';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { LedeError } from '../domain/errors.js';
import { registerNewsroomApi } from '../newsroom/api/register-newsroom-api.js';
import { registerNewsroomClient } from '../newsroom/serve-client.js';
import type { Deps } from '../operations/deps.js';
import type { PageCache } from '../platform/page-cache.js';
import { registerPageCache } from './page-cache-hooks.js';
import { registerMediaFiles } from './serve-media.js';
import { registerPublicSite, renderNotFound } from '../site/public-site.js';
import { registerSyndication } from '../syndication/routes.js';
import type { SubscriberApiOptions } from '../syndication/subscriber-auth.js';
import { registerConditionalGet } from './conditional-get.js';
import { editionForPath } from '../site/resolve-path.js';
import { registerLegacyRedirects } from '../site/legacy-redirect.js';

const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'site', 'assets');

export async function buildHttpApp(
  deps: Deps,
  pages: PageCache,
  subscriberApi: SubscriberApiOptions = {},
  options: { trustProxy?: boolean | string; feedContent?: 'full' | 'summary' } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 5 * 1024 * 1024,
    routerOptions: { ignoreDuplicateSlashes: true, maxParamLength: 300 },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  await app.register(fastifyEtag, { weak: true, replyWith304: false });
  registerConditionalGet(app);
  registerPageCache(app, pages);
  await app.register(fastifyStatic, {
    root: assetsDir,
    prefix: '/static/',
    maxAge: '1d',
    immutable: false,
  });

  app.get('/favicon.ico', (_req, reply) => reply.redirect('/static/favicon.svg', 301));
  app.get('/health', async () => ({ ok: true, stories: await deps.store.countStories() }));

  registerMediaFiles(app, deps.media.storage);
  registerNewsroomApi(app, deps);
  registerNewsroomClient(app);
  registerSyndication(app, deps, subscriberApi, {
    ...(options.feedContent ? { feedContent: options.feedContent } : {}),
  });
  registerLegacyRedirects(app, deps);
  registerPublicSite(app, deps);

  app.setNotFoundHandler(async (req, reply) =>
    renderNotFound(deps, editionForPath(deps.editions, req.url), reply),
  );

  app.setErrorHandler(async (error, req, reply) => {
    const edition = editionForPath(deps.editions, req.url);
    if (error instanceof LedeError) {
      deps.logger.warn(error.detail, { code: error.code, url: req.url });
      if (error.status === 404) return renderNotFound(deps, edition, reply);
      return reply.code(error.status).send({ error: error.code, message: error.detail });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'invalid_input', message: (error as Error).message });
    }
    deps.logger.error('request failed', {
      code: 'internal',
      url: req.url,
      error: error instanceof Error ? error.stack : String(error),
    });
    try {
      return await renderNotFound(deps, edition, reply, 500);
    } catch {
      return reply.code(500).type('text/plain; charset=utf-8').send('Internal error');
    }
  });

  return app;
}
