// Builds the Fastify application: security headers, static assets, the public site and error pages.

import fastifyEtag from '@fastify/etag';
import fastifyHelmet from '@fastify/helmet';
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { LedeError } from '../domain/errors.js';
import { registerNewsroomApi } from '../newsroom/api/register-newsroom-api.js';
import { registerNewsroomClient } from '../newsroom/serve-client.js';
import type { Deps } from '../operations/deps.js';
import type { PageCache } from '../platform/page-cache.js';
import { cacheHitsFirst, registerCacheHits, registerPageCache } from './page-cache-hooks.js';
import { registerMediaFiles } from './serve-media.js';
import { readMediaCrop } from '../operations/media-crops.js';
import { VIDEO_PLAYER_ORIGINS } from '../domain/video.js';
import { registerStaticAssets } from './serve-assets.js';
import { registerStorableText } from './storable-text.js';
import { registerStoryLimits } from './story-limits.js';
import { rawHitLog, registerAccessLog } from './access-log.js';
import { inlineStyle, staticAssets } from '../site/static-assets.js';
import { registerPublicSite, renderNotFound } from '../site/public-site.js';
import { registerSyndication } from '../syndication/routes.js';
import type { SubscriberApiOptions } from '../syndication/subscriber-auth.js';
import { registerConditionalGet } from './conditional-get.js';
import { registerCompressor, registerNegotiation } from './compression-hooks.js';
import { editionForPath } from '../site/resolve-path.js';
import { registerLegacyRedirects } from '../site/legacy-redirect.js';
import { answerBeaconsFirst } from '../site/beacon-routes.js';

export async function buildHttpApp(
  deps: Deps,
  pages: PageCache,
  subscriberApi: SubscriberApiOptions = {},
  options: {
    trustProxy?: boolean | string;
    feedContent?: 'full' | 'summary';
    /** One log line per request. */
    accessLog?: boolean;
  } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 5 * 1024 * 1024,
    routerOptions: { ignoreDuplicateSlashes: true, maxParamLength: 300 },
    // Page-cache hits are written before Fastify makes its request and reply (cacheHitsFirst);
    // the server keeps Fastify's default keep-alive (72 s, longer than load balancers' 60 s).
    serverFactory: (handler) => {
      const server = createServer(
        cacheHitsFirst(pages, handler, options.accessLog ? rawHitLog(deps.logger) : undefined),
      );
      server.keepAliveTimeout = 72_000;
      return server;
    },
  });

  // Readers' beacons first: answered before any of the hooks below (see answerBeaconsFirst).
  answerBeaconsFirst(app, deps.reads?.counter);
  // Fresh cached pages are answered before every other hook, with the headers kept from their render.
  registerCacheHits(app, pages);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The site's stylesheet is in each page's <style>: allowed by its hash, no other inline style.
        styleSrc: ["'self'", inlineStyle('site.css').cspSource],
        imgSrc: ["'self'", 'data:'],
        // Video players, framed only after a reader clicks a video's poster (site/assets/video.js).
        frameSrc: VIDEO_PLAYER_ORIGINS,
        upgradeInsecureRequests: null,
      },
    },
    // Browsers keep to https for a year once the public URL is https (never on plain http).
    hsts: deps.publicUrl.startsWith('https:') ? { maxAge: 31_536_000 } : false,
  });
  await app.register(fastifyEtag, { weak: true, replyWith304: false });
  // onSend order: ETag, page cache, coding (Vary, ETag per coding), 304, compression.
  registerPageCache(app, pages);
  registerNegotiation(app);
  registerConditionalGet(app);
  registerCompressor(app);
  if (options.accessLog) registerAccessLog(app, deps.logger);
  registerStorableText(app);
  registerStoryLimits(app);
  registerStaticAssets(app, staticAssets());
  // A probe load balancers call every few seconds: one lookup by key proves the database answers,
  // where a count of the stories would read the whole archive on every call.
  app.get('/health', async () => {
    await deps.store.stories.findById(1);
    return { ok: true };
  });

  registerMediaFiles(app, deps.media.storage, (key) => readMediaCrop(deps, key));
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
      return reply
        .code(error.status)
        .send({ ...error.data, error: error.code, message: error.detail });
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
