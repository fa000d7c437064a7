// Sitemaps for crawlers: the index, story pages with hreflang alternates, Google News, robots.txt.

import type { Edition } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { SyndicationContext } from './context.js';
import { el, empty, xmlDocument, type Markup } from './xml.js';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** The sitemaps protocol allows 50,000 URLs a file; a month of an edition stays well below. */
export const STORIES_PER_SITEMAP = 50_000;
/** Google News reads stories of the last two days. */
export const NEWS_HOURS = 48;

/** The sitemap of an edition's stories published in a UTC month ("2025-12"). */
export const monthSitemapPath = (edition: Edition, month: string) =>
  `/sitemaps/${edition.code}-${month}.xml`;
export const newsSitemapPath = (edition: Edition) => `/sitemaps/news-${edition.code}.xml`;

export interface SitemapRef {
  loc: string;
  lastmod?: string;
}

/** The sitemap index naming every sitemap. */
export function sitemapIndex(refs: readonly SitemapRef[]): string {
  return xmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      refs.map((r) =>
        el(
          'sitemap',
          null,
          el('loc', null, r.loc),
          r.lastmod ? el('lastmod', null, r.lastmod) : null,
        ),
      ),
    ),
  );
}

/**
 * The sitemap of a month with no public story left (all withdrawn): a sitemap may not be empty,
 * so it lists the edition's home page.
 */
export function homeOnlySitemap(homeUrl: string): string {
  return xmlDocument(
    el('urlset', { xmlns: SITEMAP_NS }, [el('url', null, el('loc', null, homeUrl))]),
  );
}

/** The opening of a story sitemap; entries follow one by one, then `URLSET_END`. */
export const URLSET_START =
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n`;
export const URLSET_END = '</urlset>\n';

/** One story page, with hreflang links to itself and each translation when it has any. */
export function storyUrlEntry(story: Story, ctx: SyndicationContext): string {
  const alternates =
    ctx.translations.length === 0
      ? []
      : [{ edition: ctx.edition, url: ctx.url }, ...ctx.translations].map((t) =>
          empty('xhtml:link', { rel: 'alternate', hreflang: t.edition.language, href: t.url }),
        );
  return `${el('url', null, el('loc', null, ctx.url), el('lastmod', null, story.updatedAt), alternates).xml}\n`;
}

/**
 * A Google News sitemap of an edition's recent stories. A sitemap may not be empty, so a quiet
 * edition lists only its home page, without news: elements (Google News passes over it).
 */
export function newsSitemap(
  entries: readonly { story: Story; ctx: SyndicationContext }[],
  homeUrl: string,
): string {
  if (entries.length === 0)
    return xmlDocument(
      el('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS }, [
        el('url', null, el('loc', null, homeUrl)),
      ]),
    );
  const urls: Markup[] = entries.map(({ story, ctx }) =>
    el(
      'url',
      null,
      el('loc', null, ctx.url),
      el(
        'news:news',
        null,
        el(
          'news:publication',
          null,
          el('news:name', null, ctx.edition.siteName),
          el('news:language', null, ctx.edition.language),
        ),
        el('news:publication_date', null, story.publishedAt ?? story.createdAt),
        el('news:title', null, story.title),
      ),
    ),
  );
  return xmlDocument(el('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS }, urls));
}

/** robots.txt: everything public may be crawled; the API is for subscribers; sitemaps listed. */
export function robotsTxt(sitemapUrls: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    '',
    ...sitemapUrls.map((u) => `Sitemap: ${u}`),
    '',
  ].join('\n');
}
