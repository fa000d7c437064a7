// Creates a draft from a story in its JSON shape (what the crawl parser prints), as the newsroom's first save.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import { mayCreate } from '../domain/workflow.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { newStorySchema, parseFields, utc } from './story-fields.js';
import { resolveRubric, tagIdsOf, writeRevision } from './story-save.js';
import { viewStory, type StoryView } from './story-view.js';
import { ensureAuthor, freeStorySlug } from './taxonomy.js';

/**
 * A new draft of version 1 with its first revision. A `publishedAt` given (an archive page)
 * is kept as the story's original time; `hotTags` of a parsed page are ignored, since the
 * strip is a setting of the edition.
 */
export async function createStory(deps: Deps, actor: Actor, raw: unknown): Promise<StoryView> {
  const input = parseFields(newStorySchema, raw);
  const decision = mayCreate(actor, input.edition);
  if (!decision.ok) throw new LedeError(decision.code, decision.reason);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    if (input.sourceKey) {
      const existing = await store.findStoryBySourceKey(input.sourceKey);
      if (existing)
        throw new LedeError('duplicate', `sourceKey: story ${existing.id} comes from that source`, {
          field: 'sourceKey',
          id: existing.id,
        });
    }
    const rubric = await resolveRubric(store, actor, input.edition, input.rubric);
    const author = input.author ? await ensureAuthor(store, input.author) : null;
    const slug = await freeStorySlug(
      store,
      input.edition,
      input.slug ?? slugify(input.title, input.edition),
    );
    const story = await store.insertStory({
      edition: input.edition,
      type: input.type,
      status: 'draft',
      title: input.title,
      slug,
      lead: input.lead,
      blocks: input.blocks,
      rubricId: rubric.id,
      authorId: author?.id ?? null,
      tagIds: await tagIdsOf(store, input.edition, input.tags ?? []),
      publishedAt: utc(input.publishedAt) ?? null,
      updatedAt: now,
      translationGroup: null,
      translatedFromVersion: null,
      sourceKey: input.sourceKey ?? null,
      embargoUntil: utc(input.embargoUntil) ?? null,
      createdBy: actor.kind === 'user' ? actor.id : null,
    });
    await writeRevision(deps, store, actor, story, now);
    await recordAudit(store, actor, 'story.create', {
      storyId: story.id,
      edition: story.edition,
      detail: { title: story.title },
      at: now,
    });
    return viewStory(deps, store, story, actor);
  });
}
