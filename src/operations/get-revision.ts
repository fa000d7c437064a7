// One saved version of a story: the whole story as it was once saved.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Store } from '../storage/port.js';
import type { RevisionSummary } from '../storage/workflow-port.js';
import type { Deps } from './deps.js';
import { requireStory, type StorySnapshot } from './story-view.js';

export interface RevisionView extends RevisionSummary {
  story: StorySnapshot;
}

export async function findRevisionOf(
  store: Store,
  storyId: number,
  version: number,
): Promise<RevisionView> {
  const found = await store.workflow.findRevision(storyId, version);
  if (!found)
    throw new LedeError('not_found', `story ${storyId} has no revision of version ${version}`);
  const { snapshot, ...summary } = found;
  return { ...summary, story: snapshot as StorySnapshot };
}

export async function getRevision(
  deps: Deps,
  _actor: Actor,
  storyId: number,
  version: number,
): Promise<RevisionView> {
  await requireStory(deps.store, storyId);
  return findRevisionOf(deps.store, storyId, version);
}
