// Compares two saved versions of a story: changed fields, and blocks added, removed or changed.

import type { Actor } from '../domain/actor.js';
import { diffStories, type StoryDiff } from '../domain/revision-diff.js';
import type { Deps } from './deps.js';
import { findRevisionOf } from './get-revision.js';
import { requireStory } from './story-view.js';

/** The fields of the story's shape a comparison reports, besides its blocks. */
export const COMPARED_FIELDS = [
  'type',
  'title',
  'slug',
  'rubric',
  'lead',
  'tags',
  'author',
  'publishedAt',
  'embargoUntil',
  'corrections',
  'cover',
] as const;

export interface RevisionComparison extends StoryDiff {
  storyId: number;
  from: number;
  to: number;
}

/** `to` defaults to the story's present version. */
export async function compareRevisions(
  deps: Deps,
  _actor: Actor,
  storyId: number,
  from: number,
  to?: number,
): Promise<RevisionComparison> {
  const story = await requireStory(deps.store, storyId);
  const target = to ?? story.version;
  const [a, b] = await Promise.all([
    findRevisionOf(deps.store, storyId, from),
    findRevisionOf(deps.store, storyId, target),
  ]);
  const diff = diffStories(
    a.story as unknown as Parameters<typeof diffStories>[0],
    b.story as unknown as Parameters<typeof diffStories>[1],
    COMPARED_FIELDS,
  );
  return { storyId, from, to: target, ...diff };
}
