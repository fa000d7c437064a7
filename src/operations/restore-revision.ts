// Brings back an earlier version of a story as a new save, so nothing in between is lost.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { mayEdit } from '../domain/workflow.js';
import type { Deps } from './deps.js';
import { findRevisionOf } from './get-revision.js';
import { saveStoryContent } from './story-save.js';
import { ViewContext, type StoryView } from './story-view.js';
import { resolveRubric } from './taxonomy.js';
import { lockForSave, saveOnBase } from './update-story.js';

/**
 * Saves the content of `version` (type, headline, rubric, lead, body, tags, author, embargo, cover)
 * as the next version. Status, slug, publication time and corrections stay as they are now.
 */
export async function restoreRevision(
  deps: Deps,
  actor: Actor,
  storyId: number,
  version: number,
  baseVersion?: number,
): Promise<StoryView> {
  return saveOnBase(deps, actor, async (store) => {
    const view = new ViewContext(deps, store);
    const current = await lockForSave(store, storyId, baseVersion);
    const decision = mayEdit(actor, current);
    if (!decision.ok) throw new LedeError(decision.code, decision.reason);
    const { story: old } = await findRevisionOf(store, storyId, version);
    // A rubric renamed or removed since keeps the story where it is now.
    const rubricThere = await resolveRubric(store, actor, current.edition, old.rubric, false).then(
      () => true,
      () => false,
    );
    const saved = await saveStoryContent(
      { ...deps, store },
      actor,
      current,
      {
        type: old.type,
        title: old.title,
        ...(rubricThere ? { rubric: old.rubric } : {}),
        lead: old.lead,
        blocks: old.blocks,
        tags: old.tags,
        author: old.author,
        // Revisions written before several authors keep their one byline.
        ...(old.authors ? { authors: old.authors.map((a) => a.id) } : {}),
        embargoUntil: old.embargoUntil,
        // A version saved before covers existed has none to bring back: the cover stays.
        ...(old.cover !== undefined ? { cover: old.cover } : {}),
        // A version saved before related picks existed leaves the picks as they are.
        ...(old.related !== undefined ? { related: old.related.map((r) => r.id) } : {}),
      },
      {
        audit: {
          action: 'story.restore',
          detail: (s) => ({ restored: version, version: s.version }),
        },
        event: current.status === 'published' ? 'story.updated' : null,
        view,
      },
    );
    return view.view(saved, actor);
  });
}
