// The latest public stories of an edition, for the side column of list pages.

import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { Deps } from './deps.js';

/** The edition's newest public stories (one walk down the edition's list index). */
export async function latestStories(
  deps: Deps,
  edition: EditionCode,
  limit: number,
): Promise<Story[]> {
  const now = deps.clock.now().toISOString();
  const page = await deps.store.listStories({
    edition,
    statuses: ['published'],
    publishedTo: now,
    visibleAt: now,
    limit,
    countUpTo: 0,
  });
  return page.items;
}
