// When a public page, feed or sitemap last changed: the Last-Modified that CDNs and browsers revalidate with.

import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { Deps } from './deps.js';

const latest = (times: (string | null | undefined)[]): string | null =>
  times.reduce<string | null>((max, t) => (t && (max === null || t > max) ? t : max), null);

/**
 * When what readers see of a story last changed: its last edit, or the moment it came out
 * (a publication time or an embargo that has arrived since the story was written).
 */
export function storyShownSince(story: Story, now: string): string {
  return latest([
    story.updatedAt,
    story.publishedAt && story.publishedAt <= now ? story.publishedAt : null,
    story.embargoUntil && story.embargoUntil <= now ? story.embargoUntil : null,
  ])!;
}

/**
 * The Last-Modified of a response showing `shown`: the newest change among them, and the
 * latest story write of the edition (all editions without one). The second moves when a story
 * leaves the list (unpublished, moved to another rubric, a tag taken off), which the stories
 * still shown cannot tell. Null when there is nothing at all.
 */
export async function lastModifiedOf(
  deps: Pick<Deps, 'store' | 'clock'>,
  shown: readonly Story[],
  edition?: EditionCode,
): Promise<string | null> {
  const now = deps.clock.now().toISOString();
  const written = await deps.store.distribution.lastStoryChange(edition);
  return latest([written, ...shown.map((s) => storyShownSince(s, now))]);
}

/** An HTTP date ("Sat, 06 Dec 2025 09:00:00 GMT") of a UTC ISO time. */
export function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}
