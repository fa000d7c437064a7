// Sitemap routes: /sitemap.xml, /sitemaps/<edition>-<yyyy>-<mm>.xml (a month of an edition), /sitemaps/news-<edition>.xml, /robots.txt.

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
  recentStories,
  sitemapMonthChanged,
  sitemapMonths,
  sitemapMonthStories,
} from '../operations/read-syndication.js';
import { storyShownSince } from '../operations/read-freshness.js';
import { contextOf } from './context.js';
import { FEED_CACHE_CONTROL, withSurrogateKeys } from './feed-routes.js';
import type { SyndicationOptions } from './options.js';
import {
  homeOnlySitemap,
  monthSitemapPath,
  NEWS_HOURS,
  newsSitemap,
  newsSitemapPath,
  robotsTxt,
  sitemapIndex,
  storyUrlEntry,
  URLSET_END,
  URLSET_START,
} from './sitemaps.js';
import { absoluteUrl } from './urls.js';

const XML = 'application/xml; charset=utf-8';

/**
 * A finished month's file: it changes only when one of its stories is corrected or taken down,
 * which purges it from the CDN by its surrogate key; browsers and crawlers keep it a day and then
 * revalidate with its Last-Modified (304 before anything is read).
 */
export const FINISHED_MONTH_CACHE_CONTROL =
  'public, max-age=86400, stale-while-revalidate=86400, stale-if-error=604800';

/** Last-Modified of the index: its newest month's lastmod (kept on write), no read of the stories. */
async function indexFreshness(deps: Deps): Promise<string | null> {
  const months = await sitemapMonths(deps);
  return months.reduce<string | null>(
    (max, m) => (max === null || m.lastmod > max ? m.lastmod : max),
    null,
  );
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

/** The sitemap index: each edition's months, newest first, with lastmod; then the news sitemaps. */
export async function renderSitemapIndex(deps: Deps, options: SyndicationOptions): Promise<string> {
  const url = (path: string) => absoluteUrl(options.origin, path);
  const months = await sitemapMonths(deps);
  return sitemapIndex([
    ...deps.editions.flatMap((e) =>
      months
        .filter((m) => m.edition === e.code)
        .map((m) => ({ loc: url(monthSitemapPath(e, m.month)), lastmod: m.lastmod })),
    ),
    ...deps.editions.map((e) => ({ loc: url(newsSitemapPath(e)) })),
  ]);
}

/** A month's sitemap and when it last changed: null when the month has no published story. */
export async function renderMonthSitemap(
  deps: Deps,
  options: SyndicationOptions,
  edition: Edition,
  month: string,
): Promise<{ xml: string; lastModified: string } | null> {
  const changed = await sitemapMonthChanged(deps, edition.code, month);
  if (!changed) return null;
  const now = deps.clock.now().toISOString();
  let lastModified = changed;
  const parts: string[] = [];
  for await (const reads of sitemapMonthStories(
    deps,
    edition.code,
    month,
    options.storiesPerSitemap,
  ))
    for (const read of reads) {
      const shown = storyShownSince(read.story, now);
      if (shown > lastModified) lastModified = shown;
      parts.push(storyUrlEntry(read.story, contextOf(options.origin, deps.editions, read)));
    }
  const xml =
    parts.length === 0
      ? homeOnlySitemap(absoluteUrl(options.origin, paths.home(edition)))
      : URLSET_START + parts.join('') + URLSET_END;
  return { xml, lastModified };
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
    withSurrogateKeys(withLastModified(reply, await indexFreshness(deps)), [surrogate.sitemap()])
      .header('content-type', XML)
      .header('cache-control', FEED_CACHE_CONTROL)
      .send(await renderSitemapIndex(deps, options));

  const sitemapFile = async (req: SitemapRequest, reply: FastifyReply) => {
    // The story sitemaps were numbered pages before they were months: the index names them now.
    if (/^stories-[1-9]\d{0,5}\.xml$/.test(req.params.file))
      return reply.redirect('/sitemap.xml', 301);
    const monthly = /^([a-z]{2,8})-(\d{4}-(?:0[1-9]|1[0-2]))\.xml$/.exec(req.params.file);
    const monthEdition = monthly && deps.editions.find((e) => e.code === monthly[1]);
    if (monthly && monthEdition) {
      const month = monthly[2]!;
      // A finished month seldom changes: a crawler that has it gets 304 before anything is read.
      const changed = await sitemapMonthChanged(deps, monthEdition.code, month);
      const since = Date.parse(req.headers['if-modified-since'] ?? '');
      const current = month >= deps.clock.now().toISOString().slice(0, 7);
      const unchanged =
        changed !== null &&
        !current &&
        req.headers['if-none-match'] === undefined &&
        since >= Math.floor(Date.parse(changed) / 1000) * 1000;
      if (unchanged) return reply.code(304).header('last-modified', httpDate(changed)).send();
      const found = await renderMonthSitemap(deps, options, monthEdition, month);
      if (!found) {
        reply.callNotFound();
        return reply;
      }
      return withSurrogateKeys(withLastModified(reply, found.lastModified), [
        surrogate.sitemapMonth(monthEdition.code, month),
      ])
        .header('content-type', XML)
        .header('cache-control', current ? FEED_CACHE_CONTROL : FINISHED_MONTH_CACHE_CONTROL)
        .send(found.xml);
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
