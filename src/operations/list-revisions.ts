// The saved versions of a story, newest first: who saved each and when.

import type { Actor } from '../domain/actor.js';
import type { RevisionSummary } from '../storage/workflow-port.js';
import type { Deps } from './deps.js';
import { requireStory } from './story-view.js';

export async function listRevisions(
  deps: Deps,
  _actor: Actor,
  storyId: number,
): Promise<RevisionSummary[]> {
  await requireStory(deps.store, storyId);
  return deps.store.workflow.listRevisions(storyId);
}
