// What the syndication routes are configured with: the public origin and a few sizes.

import { STORIES_PER_SITEMAP } from './sitemaps.js';
import { normalizeOrigin } from './urls.js';

export interface SyndicationOptions {
  /** "https://report.az": the public origin of every absolute URL. */
  origin: string;
  /** Stories per feed. */
  feedSize: number;
  /** Story URLs per sitemap page. */
  storiesPerSitemap: number;
  /** Most ninjs items per page of the change stream. */
  maxStreamLimit: number;
  /** Feeds carry the whole story ("full") or its lead only ("summary"). */
  feedContent: 'full' | 'summary';
}

export function syndicationOptions(
  origin: string,
  over: Partial<Omit<SyndicationOptions, 'origin'>> = {},
): SyndicationOptions {
  return {
    origin: normalizeOrigin(origin),
    feedSize: 30,
    storiesPerSitemap: STORIES_PER_SITEMAP,
    maxStreamLimit: 100,
    feedContent: 'full',
    ...over,
  };
}
