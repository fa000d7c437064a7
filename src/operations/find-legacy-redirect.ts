// Where an old address (an imported WordPress permalink) now lives: the story's URL, while the story is public.

import { normaliseLegacyPath } from '../domain/legacy-path.js';
import { isPublic } from '../domain/story.js';
import { paths } from '../domain/urls.js';
import { editionOf, type Deps } from './deps.js';

/** The site path to answer 301 with for this request URL, or null when it is no old address of a public story. */
export async function findLegacyRedirect(deps: Deps, url: string): Promise<string | null> {
  const key = normaliseLegacyPath(url);
  if (!key) return null;
  const storyId = await deps.store.legacy.findStoryId(key);
  if (storyId === null) return null;
  const story = await deps.store.stories.findById(storyId);
  if (!story || !isPublic(story.status)) return null;
  const rubric = await deps.store.taxonomy.findRubricById(story.rubricId);
  if (!rubric) return null;
  return paths.story(editionOf(deps, story.edition), rubric.slug, story.slug);
}
