// The stable key of a crawled story: the same headline on the same day is the same story on re-import.

import { createHash } from 'node:crypto';

import type { EditionCode } from '../../domain/editions.js';

/** The headline as compared across crawls: case, quotes, dashes, punctuation and spacing do not count. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "crawl:<edition>:<sha1 of normalised title and local day>" */
export function crawlSourceKey(edition: EditionCode, title: string, localDay: string): string {
  const digest = createHash('sha1')
    .update(`${normaliseTitle(title)}\n${localDay}`)
    .digest('hex');
  return `crawl:${edition}:${digest}`;
}
