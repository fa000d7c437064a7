// The latest public stories of an edition, for the side column of list pages.

import type { EditionCode } from '../domain/editions.js';
import type { Rubric } from '../domain/taxonomy.js';
import type { Deps } from './deps.js';
import { readStories, type StoryRead } from './story-read-model.js';

/** The edition's newest public stories (one walk down the edition's list index), read as cards. */
export async function latestStories(
  deps: Deps,
  edition: EditionCode,
  limit: number,
  rubrics?: ReadonlyMap<number, Rubric>,
): Promise<StoryRead[]> {
  const now = deps.clock.now().toISOString();
  const page = await deps.store.stories.list({
    edition,
    statuses: ['published'],
    publishedTo: now,
    visibleAt: now,
    limit,
    countUpTo: 0,
  });
  return readStories(deps, page.items, rubrics ? { rubrics } : {});
}
