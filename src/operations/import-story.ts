// Stores a story arriving in its JSON shape (crawl page, demo archive, export): new, or an update of the same source.

import { can, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Story } from '../domain/story.js';
import { storyChangeKeys } from './affected-keys.js';
import type { Deps } from './deps.js';
import { announceStoryEvent } from './story-events.js';
import { parseStoryInput } from './story-schema.js';
import { ensureAuthor, ensureRubric, ensureTag, freeStorySlug } from './taxonomy.js';

export interface ImportStoryOptions {
  /** Joins the story to a translation group (same story in other editions). */
  translationGroup?: string;
}

export interface ImportStoryResult {
  story: Story;
  created: boolean;
}

/**
 * Imports one story as published. Importing the same source again (same sourceKey)
 * updates that story in place and keeps its slug, so its URL never changes.
 */
export async function importStory(
  deps: Deps,
  actor: Actor,
  raw: unknown,
  options: ImportStoryOptions = {},
): Promise<ImportStoryResult> {
  const input = parseStoryInput(raw);
  if (!can(actor, 'import', input.edition))
    throw new LedeError('forbidden', `may not import into the ${input.edition} edition`);
  const now = deps.clock.now().toISOString();
  const publishedAt = input.publishedAt ? new Date(input.publishedAt).toISOString() : now;

  return deps.store.transaction(async (store) => {
    const existing = input.sourceKey ? await store.findStoryBySourceKey(input.sourceKey) : null;
    if (existing && existing.edition !== input.edition)
      throw new LedeError(
        'invalid_input',
        `sourceKey ${input.sourceKey} belongs to a story of the ${existing.edition} edition`,
      );
    const rubric = await ensureRubric(store, input.edition, input.rubric);
    const tagIds: number[] = [];
    for (const name of input.tags ?? [])
      tagIds.push((await ensureTag(store, input.edition, name)).id);
    // The page's hot-tags strip names tags of the edition: make sure they exist.
    for (const name of input.hotTags ?? []) await ensureTag(store, input.edition, name);
    const author = input.author ? await ensureAuthor(store, input.author) : null;
    const slug =
      existing?.slug ??
      (await freeStorySlug(
        store,
        input.edition,
        input.slug ?? slugify(input.title, input.edition),
      ));
    const write = {
      edition: input.edition,
      type: input.type,
      status: 'published' as const,
      title: input.title,
      slug,
      lead: input.lead,
      blocks: input.blocks,
      rubricId: rubric.id,
      authorId: author?.id ?? null,
      tagIds,
      publishedAt,
      // An archive page brought in is not an edit: a new story was last updated when it came out.
      updatedAt: existing || publishedAt > now ? now : publishedAt,
      translationGroup: options.translationGroup ?? existing?.translationGroup ?? null,
      translatedFromVersion: existing?.translatedFromVersion ?? null,
      sourceKey: input.sourceKey ?? null,
    };
    const story = existing
      ? (await store.updateStory(existing.id, write))!
      : await store.insertStory(write);
    const keys = await storyChangeKeys(deps, store, story, existing);
    await announceStoryEvent(deps, store, {
      type: existing ? 'story.updated' : 'story.published',
      storyId: story.id,
      edition: story.edition,
      at: now,
      keys,
    });
    return { story, created: existing === null };
  });
}
