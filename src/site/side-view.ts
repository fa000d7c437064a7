// The side column's view of a list page: the edition's latest and most read stories as compact cards.

import type { Edition } from '../domain/editions.js';
import type { Deps } from '../operations/deps.js';
import { latestStories } from '../operations/read-latest.js';
import { mostRead } from '../operations/most-read.js';
import type { StoryRead } from '../operations/story-read-model.js';
import type { EditionChrome } from '../operations/read-site.js';
import { storyCard } from './build-views.js';
import type { SideView } from './view-models.js';

/** Stories in the side column. */
export const SIDE_STORIES = 8;

/** Stories in the side column's most read. */
export const SIDE_MOST_READ = 5;

/**
 * The side column of a list page: the latest, and the most read of the last 24 hours (of the
 * rubric on a rubric page: `rubricIds` are the rubric and its children), when there are any.
 */
export async function sideView(
  deps: Deps,
  edition: Edition,
  chrome: EditionChrome,
  rubricIds?: readonly number[],
): Promise<SideView> {
  const [latest, read] = await Promise.all([
    latestStories(deps, edition.code, SIDE_STORIES, chrome.rubricById),
    mostRead(deps, {
      edition: edition.code,
      window: 'day',
      limit: SIDE_MOST_READ,
      rubrics: chrome.rubricById,
      ...(rubricIds ? { rubricIds } : {}),
    }),
  ]);
  // Compact cards: headlines and times, no pictures.
  const card = (r: StoryRead) => storyCard(edition, { ...r, cover: null });
  return {
    latest: latest.map(card),
    ...(read.length > 0 ? { mostRead: read.map((r) => card(r.read)) } : {}),
  };
}
