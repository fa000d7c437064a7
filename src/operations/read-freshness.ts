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

/** The newest public story (of an edition, or of all), or null. */
export async function newestPublicStory(
  deps: Pick<Deps, 'store' | 'clock'>,
  edition?: EditionCode,
): Promise<Story | null> {
  const now = deps.clock.now().toISOString();
  const page = await deps.store.stories.list({
    ...(edition ? { edition } : {}),
    statuses: ['published'],
    publishedTo: now,
    visibleAt: now,
    limit: 1,
  });
  return page.items[0] ?? null;
}

/**
 * When the last story dropped out of a list of the last `hours` (a news sitemap): the newest
 * public story older than the window, plus the window. Null when none has dropped out.
 */
export async function windowDroppedAt(
  deps: Pick<Deps, 'store' | 'clock'>,
  edition: EditionCode,
  hours: number,
): Promise<string | null> {
  const now = deps.clock.now();
  const from = new Date(now.getTime() - hours * 3600_000).toISOString();
  const page = await deps.store.stories.list({
    edition,
    statuses: ['published'],
    publishedTo: from,
    visibleAt: now.toISOString(),
    limit: 1,
  });
  const out = page.items[0]?.publishedAt;
  return out ? new Date(Date.parse(out) + hours * 3600_000).toISOString() : null;
}
