// Feed routes: RSS, Atom and JSON Feed of every edition, rubric and tag, at explicit paths.

import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Edition } from '../domain/editions.js';
import { surrogate, surrogateHeader } from '../domain/surrogate-keys.js';
import { defineRoute } from '../http/define-route.js';
import { publicSurface } from '../http/public-gate.js';
import type { Deps } from '../operations/deps.js';
import { httpDate, lastModifiedOf } from '../operations/read-freshness.js';
import { feedStories, type FeedScope } from '../operations/read-syndication.js';
import { contextOf } from './context.js';
import { FEED_FORMATS, feedItem, feedPath, feedView, type FeedFormat } from './feed-model.js';
import { toJsonFeed } from './json-feed.js';
import { toAtom, toRss } from './rss-atom.js';
import type { SyndicationOptions } from './options.js';

/** Cache policy of public feeds and sitemaps, the same as the site's pages. */
export const FEED_CACHE_CONTROL =
  'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Surrogate keys on a public response, so a story change purges it from caches and CDNs. */
export function withSurrogateKeys(reply: FastifyReply, keys: string[]): FastifyReply {
  const header = surrogateHeader(keys);
  return reply.header('surrogate-key', header).header('cache-tag', header.replaceAll(' ', ','));
}

export interface RenderedFeed {
  body: string;
  /** What the feed shows: its edition and its home, rubric or tag. */
  keys: string[];
  /** UTC ISO: the newest change shown, or a later story write of the edition (read-freshness). */
  lastModified: string | null;
}

/** A feed document of an edition, rubric or tag; null when the rubric or tag is unknown. */
export async function renderFeed(
  deps: Deps,
  options: SyndicationOptions,
  edition: Edition,
  format: FeedFormat,
  scope: FeedScope,
): Promise<RenderedFeed | null> {
  if (scope.kind !== 'edition' && !SLUG.test(scope.slug)) return null;
  const found = await feedStories(deps, edition.code, scope, options.feedSize);
  if (!found) return null;
  const items = found.items.map((b) =>
    feedItem(b.story, contextOf(options.origin, deps.editions, b), options.feedContent),
  );
  const view = feedView(
    {
      origin: options.origin,
      edition,
      rubric: found.rubric,
      tag: found.tag,
      author: found.author,
      now: deps.clock.now(),
    },
    items,
  );
  const keys = [
    surrogate.edition(edition.code),
    found.author
      ? surrogate.author(found.author.id)
      : found.rubric
        ? surrogate.rubric(found.rubric.id)
        : found.tag
          ? surrogate.tag(found.tag.id)
          : surrogate.home(edition.code),
  ];
  const body =
    format === 'rss.xml'
      ? toRss(view)
      : format === 'atom.xml'
        ? toAtom(view)
        : JSON.stringify(toJsonFeed(view));
  const lastModified = await lastModifiedOf(
    deps,
    found.items.map((b) => b.story),
    edition.code,
  );
  return { body, keys, lastModified };
}

async function serveFeed(
  deps: Deps,
  options: SyndicationOptions,
  edition: Edition,
  format: FeedFormat,
  scope: FeedScope,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const feed = await renderFeed(deps, options, edition, format, scope);
  if (feed === null) {
    reply.callNotFound();
    return reply;
  }
  if (feed.lastModified) reply.header('last-modified', httpDate(feed.lastModified));
  return withSurrogateKeys(reply, feed.keys)
    .header('content-type', CONTENT_TYPES[format])
    .header('cache-control', FEED_CACHE_CONTROL)
    .send(feed.body);
}

/**
 * Registers "<prefix>rss.xml", "<prefix>:rubric/rss.xml" and "<prefix>tags/:tag/rss.xml" (and
 * the Atom and JSON Feed siblings) for each edition. These explicit routes win over the public
 * site's "/*" catch-all in Fastify's router.
 */
export function registerFeedRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: SyndicationOptions,
): void {
  const rubricParams = z.object({ rubric: z.string() });
  const tagParams = z.object({ tag: z.string() });
  const authorParams = z.object({ author: z.string() });
  for (const edition of deps.editions)
    for (const format of FEED_FORMATS) {
      const answer = format === 'feed.json' ? 'json' : 'xml';
      defineRoute(app, publicSurface, {
        method: 'GET',
        url: feedPath(edition, format),
        permission: 'public',
        answer,
        handler: ({ reply }) =>
          serveFeed(deps, options, edition, format, { kind: 'edition' }, reply),
      });
      defineRoute(app, publicSurface, {
        method: 'GET',
        url: feedPath(edition, format, { rubric: ':rubric' }),
        permission: 'public',
        params: rubricParams,
        answer,
        handler: ({ params, reply }) =>
          serveFeed(deps, options, edition, format, { kind: 'rubric', slug: params.rubric }, reply),
      });
      defineRoute(app, publicSurface, {
        method: 'GET',
        url: feedPath(edition, format, { tag: ':tag' }),
        permission: 'public',
        params: tagParams,
        answer,
        handler: ({ params, reply }) =>
          serveFeed(deps, options, edition, format, { kind: 'tag', slug: params.tag }, reply),
      });
      defineRoute(app, publicSurface, {
        method: 'GET',
        url: feedPath(edition, format, { author: ':author' }),
        permission: 'public',
        params: authorParams,
        answer,
        handler: ({ params, reply }) =>
          serveFeed(deps, options, edition, format, { kind: 'author', slug: params.author }, reply),
      });
    }
}
