// Creates a draft from a story in its JSON shape (what the crawl parser prints), as the newsroom's first save.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import { mayCreate } from '../domain/workflow.js';
import type { Deps } from './deps.js';
import { utc, type NewStoryInput } from './story-fields.js';
import { viewStory, type StoryView } from './story-view.js';
import { freeStorySlug } from './taxonomy.js';
import { writeStory } from './write-story.js';

/**
 * A new draft of version 1 with its first revision. A `publishedAt` given (an archive page)
 * is kept as the story's original time; `hotTags` of a parsed page are ignored, since the
 * strip is a setting of the edition. The input is parsed with newStorySchema by its caller.
 */
export async function createStory(
  deps: Deps,
  actor: Actor,
  input: NewStoryInput,
): Promise<StoryView> {
  const decision = mayCreate(actor, input.edition);
  if (!decision.ok) throw new LedeError(decision.code, decision.reason);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    if (input.sourceKey) {
      const existing = await store.stories.findBySourceKey(input.sourceKey);
      if (existing)
        throw new LedeError('duplicate', `sourceKey: story ${existing.id} comes from that source`, {
          field: 'sourceKey',
          id: existing.id,
        });
    }
    const slug = await freeStorySlug(
      store,
      input.edition,
      input.slug ?? slugify(input.title, input.edition),
    );
    const story = await writeStory({ ...deps, store }, actor, {
      current: null,
      at: now,
      audit: { action: 'story.create', detail: { title: input.title } },
      fields: {
        edition: input.edition,
        type: input.type,
        status: 'draft',
        title: input.title,
        slug,
        lead: input.lead,
        blocks: input.blocks,
        rubric: input.rubric,
        author: input.author ?? null,
        ...(input.authors ? { authors: input.authors } : {}),
        tags: input.tags ?? [],
        publishedAt: utc(input.publishedAt) ?? null,
        updatedAt: now,
        translationGroup: null,
        translatedFromVersion: null,
        sourceKey: input.sourceKey ?? null,
        embargoUntil: utc(input.embargoUntil) ?? null,
        createdBy: actor.kind === 'user' ? actor.id : null,
        ...(input.cover ? { cover: input.cover } : {}),
        ...(input.related ? { related: input.related } : {}),
      },
    });
    return viewStory(deps, store, story, actor);
  });
}
