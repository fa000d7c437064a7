// Saves an edit of a story based on a version: a stale base is a conflict that hands back the story as it is now.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Story } from '../domain/story.js';
import { mayEdit } from '../domain/workflow.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import type { StoryChanges } from './story-fields.js';
import { saveStoryContent } from './story-save.js';
import { StaleVersionError, ViewContext, viewStory, type StoryView } from './story-view.js';

export interface UpdateStoryInput {
  /** The version the edit was made on (the API's If-Match). */
  baseVersion: number;
  /** Changed fields of the story's JSON shape (parsed with storyChangesSchema); left out, they stay. */
  story: StoryChanges;
}

/**
 * Locks the story, refuses a stale base (StaleVersionError with the current story, so the
 * editor can merge and nothing is lost) and checks rights against the story as it is now.
 */
export async function lockForSave(
  deps: Deps,
  store: Store,
  actor: Actor,
  id: number,
  baseVersion: number | undefined,
): Promise<Story> {
  const version = await store.workflow.lockStory(id);
  if (version === null) throw new LedeError('not_found', `story ${id} does not exist`);
  const current = (await store.stories.findById(id))!;
  if (baseVersion !== undefined && baseVersion !== version)
    throw new StaleVersionError(
      `story ${id} is at version ${version}; this change was made on version ${baseVersion}`,
      await viewStory(deps, store, current, actor),
    );
  return current;
}

export async function updateStory(
  deps: Deps,
  actor: Actor,
  id: number,
  input: UpdateStoryInput,
): Promise<StoryView> {
  return deps.store.transaction(async (store) => {
    const current = await lockForSave(deps, store, actor, id, input.baseVersion);
    const decision = mayEdit(actor, current);
    if (!decision.ok) throw new LedeError(decision.code, decision.reason);
    // One context for the save: its checks, revision, change keys and answer read once.
    const view = new ViewContext(deps, store);
    const saved = await saveStoryContent({ ...deps, store }, actor, current, input.story, {
      audit: { action: 'story.update', detail: (s) => ({ version: s.version }) },
      event: current.status === 'published' ? 'story.updated' : null,
      view,
    });
    return view.view(saved, actor);
  });
}
