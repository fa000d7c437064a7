// The side column's view of a list page: the edition's latest stories as compact cards.

import type { Edition } from '../domain/editions.js';
import type { Deps } from '../operations/deps.js';
import { latestStories } from '../operations/read-latest.js';
import type { EditionChrome } from '../operations/read-site.js';
import { storyCard } from './build-views.js';
import type { SideView } from './view-models.js';

/** Stories in the side column. */
export const SIDE_STORIES = 8;

/** The side column of a list page; `mostRead` stays out until read counts are kept. */
export async function sideView(
  deps: Deps,
  edition: Edition,
  chrome: EditionChrome,
): Promise<SideView> {
  const latest = await latestStories(deps, edition.code, SIDE_STORIES, chrome.rubricById);
  // Compact cards: headlines and times, no pictures.
  return { latest: latest.map((read) => storyCard(edition, { ...read, cover: null })) };
}
