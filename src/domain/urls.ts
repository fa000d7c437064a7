// Public URL paths of every page kind, built in one place from the edition prefix and slugs.

import type { Edition } from './editions.js';

/** First path segments a rubric slug may never take, so routes stay unambiguous. */
export const RESERVED_SLUGS = new Set([
  'ru',
  'en',
  'az',
  'tags',
  'tag',
  'archive',
  'search',
  'static',
  'api',
  'newsroom',
  'feed',
  'feeds',
  'rss',
  'sitemap',
  'media',
  'authors',
  'author',
  'health',
  'robots',
  'sitemaps',
]);

export const paths = {
  home: (e: Edition) => e.prefix,
  rubric: (e: Edition, rubricSlug: string) => `${e.prefix}${rubricSlug}/`,
  story: (e: Edition, rubricSlug: string, storySlug: string) =>
    `${e.prefix}${rubricSlug}/${storySlug}`,
  tag: (e: Edition, tagSlug: string) => `${e.prefix}tags/${tagSlug}`,
  author: (e: Edition, authorSlug: string) => `${e.prefix}author/${authorSlug}/`,
  archive: (e: Edition, day: string) => `${e.prefix}archive/${day}`,
  search: (e: Edition) => `${e.prefix}search`,
};

/** Adds ?page=N to a path for pages after the first. */
export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}
