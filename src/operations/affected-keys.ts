// The surrogate keys of every page and feed a story change touches, worked out inside the change's transaction.

import { localDay } from '../domain/dates.js';
import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import { surrogate } from '../domain/surrogate-keys.js';
import type { Store } from '../storage/port.js';
import { editionOf, type Deps } from './deps.js';
import { ViewContext } from './story-view.js';

async function placeKeys(deps: Deps, view: ViewContext, story: Story): Promise<string[]> {
  const edition: EditionCode = story.edition;
  const keys = [surrogate.rubric(story.rubricId), surrogate.related(story.rubricId)];
  const rubric = await view.rubric(edition, story.rubricId);
  if (rubric?.parentId != null) keys.push(surrogate.rubric(rubric.parentId));
  for (const id of await view.tagIdsOf(edition, story.tags)) keys.push(surrogate.tag(id));
  if (story.publishedAt) keys.push(surrogate.sitemapMonth(edition, story.publishedAt.slice(0, 7)));
  if (story.publishedAt)
    keys.push(
      surrogate.archive(
        edition,
        localDay(new Date(story.publishedAt), editionOf(deps, edition).timeZone),
      ),
    );
  return keys;
}

/**
 * Keys of the story's own page, its edition's home, its rubric (and parent), tags, archive day,
 * the pages of its translations and the sitemap; for `before` (the story as it was) too,
 * so pages the story has left are refreshed as well.
 */
export async function storyChangeKeys(
  deps: Deps,
  store: Store,
  after: Story,
  before?: Story | null,
  /** A context on the same transaction that knows the story's tags, rubrics and authors. */
  view: ViewContext = new ViewContext(deps, store),
): Promise<string[]> {
  const keys = new Set<string>([
    surrogate.story(after.id),
    surrogate.home(after.edition),
    surrogate.sitemap(),
  ]);
  // The tags of both versions in one look-up.
  await view.tagIdsOf(after.edition, [...after.tags, ...(before?.tags ?? [])]);
  for (const k of await placeKeys(deps, view, after)) keys.add(k);
  if (before) for (const k of await placeKeys(deps, view, before)) keys.add(k);
  // The pages and feeds of every author of the story (byline order is what story_author holds now).
  const authorIds = await view.authorIdsOf(after);
  for (const id of [...authorIds, after.authorId, before?.authorId])
    if (id !== null && id !== undefined) keys.add(surrogate.author(id));
  if (after.translationGroup)
    for (const t of await store.stories.listTranslationGroup(after.translationGroup)) {
      keys.add(surrogate.story(t.id));
      keys.add(surrogate.home(t.edition));
      // Its month's sitemap lists this story among the translation's alternates.
      if (t.publishedAt) keys.add(surrogate.sitemapMonth(t.edition, t.publishedAt.slice(0, 7)));
    }
  return [...keys];
}
