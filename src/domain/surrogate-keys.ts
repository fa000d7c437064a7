// Surrogate keys: names for what a page shows, so a change purges exactly the pages and feeds it appears on.

import type { EditionCode } from './editions.js';

export const surrogate = {
  /** Every page of an edition (its header shows the rubric menu and the hot tags). */
  edition: (e: EditionCode) => `edition-${e}`,
  home: (e: EditionCode) => `home-${e}`,
  story: (id: number) => `story-${id}`,
  rubric: (id: number) => `rubric-${id}`,
  tag: (id: number) => `tag-${id}`,
  author: (id: number) => `author-${id}`,
  archive: (e: EditionCode, day: string) => `archive-${e}-${day}`,
  /** Story pages whose related list is drawn from a rubric. */
  related: (rubricId: number) => `related-${rubricId}`,
  sitemap: () => 'sitemap',
  /** The sitemap of an edition's stories of one UTC month ("2025-12"). */
  sitemapMonth: (e: EditionCode, month: string) => `sitemap-${e}-${month}`,
  /** robots.txt: it changes only with the configuration, never with a story. */
  robots: () => 'robots',
};

/** The Surrogate-Key / Cache-Tag header value: keys separated by spaces, each once. */
export function surrogateHeader(keys: Iterable<string>): string {
  return [...new Set(keys)].join(' ');
}
