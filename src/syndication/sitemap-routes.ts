// Sitemap routes: /sitemap.xml, /sitemaps/stories-<n>.xml (streamed), /sitemaps/news-<edition>.xml, /robots.txt.

import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Edition } from '../domain/editions.js';
import { surrogate } from '../domain/surrogate-keys.js';
import { paths } from '../domain/urls.js';
import { defineRoute } from '../http/define-route.js';
import { publicSurface } from '../http/public-gate.js';
import type { Deps } from '../operations/deps.js';
import {
  httpDate,
  lastModifiedOf,
  newestPublicStory,
  windowDroppedAt,
} from '../operations/read-freshness.js';
import {
  countPublicStories,
  recentStories,
  sitemapStories,
} from '../operations/read-syndication.js';
import { contextOf } from './context.js';
import { FEED_CACHE_CONTROL, withSurrogateKeys } from './feed-routes.js';
import type { SyndicationOptions } from './options.js';
import {
  NEWS_HOURS,
  newsSitemap,
  newsSitemapPath,
  robotsTxt,
  sitemapIndex,
  storiesSitemapPath,
  storyUrlEntry,
  URLSET_END,
  URLSET_START,
} from './sitemaps.js';
import { absoluteUrl } from './urls.js';

const XML = 'application/xml; charset=utf-8';

/** Last-Modified of the sitemaps of all editions: the newest public story, or a later write. */
async function sitemapFreshness(deps: Deps): Promise<string | null> {
  const newest = await newestPublicStory(deps);
  return lastModifiedOf(deps, newest ? [newest] : []);
}

/** An edition's news sitemap changes with its stories, and when one leaves its 48 hours. */
async function newsFreshness(deps: Deps, edition: Edition): Promise<string | null> {
  const newest = await newestPublicStory(deps, edition.code);
  const shown = await lastModifiedOf(deps, newest ? [newest] : [], edition.code);
  const dropped = await windowDroppedAt(deps, edition.code, NEWS_HOURS);
  return dropped && (!shown || dropped > shown) ? dropped : shown;
}

function withLastModified(reply: FastifyReply, at: string | null): FastifyReply {
  return at ? reply.header('last-modified', httpDate(at)) : reply;
}

async function storyPages(deps: Deps, options: SyndicationOptions): Promise<number> {
  return Math.max(1, Math.ceil((await countPublicStories(deps)) / options.storiesPerSitemap));
}

/** The sitemap index: every story page, then each edition's news sitemap. */
export async function renderSitemapIndex(deps: Deps, options: SyndicationOptions): Promise<string> {
  const url = (path: string) => absoluteUrl(options.origin, path);
  const pages = await storyPages(deps, options);
  return sitemapIndex([
    ...Array.from({ length: pages }, (_, i) => ({ loc: url(storiesSitemapPath(i + 1)) })),
    ...deps.editions.map((e) => ({ loc: url(newsSitemapPath(e)) })),
  ]);
}

/** An edition's Google News sitemap. */
export async function renderNewsSitemap(
  deps: Deps,
  options: SyndicationOptions,
  edition: Edition,
): Promise<string> {
  const recent = await recentStories(deps, edition.code, NEWS_HOURS);
  return newsSitemap(
    recent.map((b) => ({ story: b.story, ctx: contextOf(options.origin, deps.editions, b) })),
    absoluteUrl(options.origin, paths.home(edition)),
  );
}

/** The story sitemap of one page, written to the response chunk by chunk as the store reads. */
export async function* storiesSitemapChunks(
  deps: Deps,
  options: SyndicationOptions,
  page: number,
): AsyncGenerator<string> {
  yield URLSET_START;
  for await (const bundles of sitemapStories(deps, page, options.storiesPerSitemap))
    yield bundles
      .map((b) => storyUrlEntry(b.story, contextOf(options.origin, deps.editions, b)))
      .join('');
  yield URLSET_END;
}

const sitemapParams = z.object({ file: z.string() });
type SitemapRequest = FastifyRequest<{ Params: z.output<typeof sitemapParams> }>;

export function registerSitemapRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: SyndicationOptions,
): void {
  const url = (path: string) => absoluteUrl(options.origin, path);
  const newsUrls = () => deps.editions.map((e) => url(newsSitemapPath(e)));

  const sitemapIndexFile = async (reply: FastifyReply) =>
    withSurrogateKeys(withLastModified(reply, await sitemapFreshness(deps)), [surrogate.sitemap()])
      .header('content-type', XML)
      .header('cache-control', FEED_CACHE_CONTROL)
      .send(await renderSitemapIndex(deps, options));

  const sitemapFile = async (req: SitemapRequest, reply: FastifyReply) => {
    const stories = /^stories-([1-9]\d{0,5})\.xml$/.exec(req.params.file);
    if (stories) {
      const page = Number(stories[1]);
      const pages = await storyPages(deps, options);
      if (page > pages) {
        reply.callNotFound();
        return reply;
      }
      // Streamed, so no hash of the body: the ETag names the page and what it was made from.
      const fresh = await sitemapFreshness(deps);
      const tag = createHash('sha1')
        .update(`${page}/${pages}/${fresh ?? ''}`)
        .digest('base64url');
      return withSurrogateKeys(withLastModified(reply, fresh), [surrogate.sitemap()])
        .header('etag', `W/"sm-${tag}"`)
        .header('content-type', XML)
        .header('cache-control', FEED_CACHE_CONTROL)
        .send(Readable.from(storiesSitemapChunks(deps, options, page)));
    }
    const news = /^news-([a-z]{2,8})\.xml$/.exec(req.params.file);
    const edition = news && deps.editions.find((e) => e.code === news[1]);
    if (!edition) {
      reply.callNotFound();
      return reply;
    }
    return withSurrogateKeys(withLastModified(reply, await newsFreshness(deps, edition)), [
      surrogate.sitemap(),
      surrogate.edition(edition.code),
    ])
      .header('content-type', XML)
      .header('cache-control', FEED_CACHE_CONTROL)
      .send(await renderNewsSitemap(deps, options, edition));
  };

  const robotsFile = async (reply: FastifyReply) =>
    withSurrogateKeys(reply, [surrogate.robots()])
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', FEED_CACHE_CONTROL)
      .send(robotsTxt([url('/sitemap.xml'), ...newsUrls()]));

  const get = { method: 'GET', permission: 'public' } as const;
  defineRoute(app, publicSurface, {
    ...get,
    url: '/sitemap.xml',
    answer: 'xml',
    handler: ({ reply }) => sitemapIndexFile(reply),
  });
  defineRoute(app, publicSurface, {
    ...get,
    url: '/sitemaps/:file',
    params: sitemapParams,
    answer: 'xml',
    handler: ({ req, reply }) => sitemapFile(req as SitemapRequest, reply),
  });
  defineRoute(app, publicSurface, {
    ...get,
    url: '/robots.txt',
    answer: 'text',
    handler: ({ reply }) => robotsFile(reply),
  });
}
