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

/** A stale base found under the story's lock: answered (saveOnBase) once the transaction ends. */
class StaleBase extends Error {
  constructor(
    readonly id: number,
    readonly baseVersion: number,
  ) {
    super(`story ${id}: stale base version ${baseVersion}`);
  }
}

/**
 * Locks the story, refuses a stale base (answered by saveOnBase after the transaction) and
 * returns the story as it is now, for the caller to check rights against.
 */
export async function lockForSave(
  store: Store,
  id: number,
  baseVersion: number | undefined,
): Promise<Story> {
  const current = await store.stories.lockById(id);
  if (!current) throw new LedeError('not_found', `story ${id} does not exist`);
  if (baseVersion !== undefined && baseVersion !== current.version)
    throw new StaleBase(id, baseVersion);
  return current;
}

/**
 * Runs a save made on a base version in one transaction (`write` calls lockForSave). A stale
 * base is a StaleVersionError with the story as it is now, so the editor can merge and nothing
 * is lost; that answer is read after the transaction has ended, holding no lock while it is built.
 */
export async function saveOnBase<T>(
  deps: Deps,
  actor: Actor,
  write: (store: Deps['store']) => Promise<T>,
): Promise<T> {
  try {
    return await deps.store.transaction(write);
  } catch (error) {
    if (!(error instanceof StaleBase)) throw error;
    const current = await deps.store.stories.findById(error.id);
    if (!current) throw new LedeError('not_found', `story ${error.id} does not exist`);
    throw new StaleVersionError(
      `story ${error.id} is at version ${current.version}; this change was made on version ${error.baseVersion}`,
      await viewStory(deps, deps.store, current, actor),
    );
  }
}

export async function updateStory(
  deps: Deps,
  actor: Actor,
  id: number,
  input: UpdateStoryInput,
): Promise<StoryView> {
  return saveOnBase(deps, actor, async (store) => {
    const current = await lockForSave(store, id, input.baseVersion);
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
