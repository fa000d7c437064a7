// One story for the newsroom, with what the asking user may do with it now.

import type { Actor } from '../domain/actor.js';
import type { Deps } from './deps.js';
import { requireStory, viewStory, type StoryView } from './story-view.js';

/** Any signed-in newsroom user may read any story, whatever its status or edition. */
export async function getStory(deps: Deps, actor: Actor, id: number): Promise<StoryView> {
  return viewStory(deps, deps.store, await requireStory(deps.store, id), actor);
}
