// A write's related picks checked: stories that exist, not the story itself, at most MAX_RELATED_PICKS, each once.

import { LedeError } from '../domain/errors.js';
import { MAX_RELATED_PICKS } from '../domain/related.js';
import type { Story } from '../domain/story.js';
import type { Store } from '../storage/port.js';

/** The ids of a write's picks, in order, each once. */
export function relatedIdsOf(refs: readonly (number | { id: number })[]): number[] {
  return [...new Set(refs.map((r) => (typeof r === 'number' ? r : r.id)))];
}

/** A story's picks in order, each a story that exists and is not the story itself, at most MAX_RELATED_PICKS. */
export async function checkRelated(
  store: Store,
  storyId: number,
  refs: readonly (number | { id: number })[],
): Promise<Story[]> {
  const ids = relatedIdsOf(refs);
  if (ids.length > MAX_RELATED_PICKS)
    throw new LedeError('invalid_input', `related: at most ${MAX_RELATED_PICKS} related stories`, {
      field: 'related',
    });
  if (ids.includes(storyId))
    throw new LedeError('invalid_input', 'related: a story is not related to itself', {
      field: 'related',
    });
  if (ids.length === 0) return [];
  const found = new Map((await store.stories.findByIds(ids)).map((s) => [s.id, s]));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined)
    throw new LedeError('invalid_input', `related: there is no story ${missing}`, {
      field: 'related',
    });
  return ids.map((id) => found.get(id)!);
}

/** The same ids in the same order (picks, a byline). */
export function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
