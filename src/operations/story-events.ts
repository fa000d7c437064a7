// Announces a change readers see: written to the outbox inside the change's transaction, published after commit.

import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import { surrogate } from '../domain/surrogate-keys.js';
import type { StoryEvent, StoryEventType } from '../platform/events.js';
import type { Store } from '../storage/port.js';
import { storyChangeKeys } from './affected-keys.js';
import type { Deps } from './deps.js';
import type { ViewContext } from './story-view.js';

/** The outbox's type of an edition-wide change; its row names no story (story id 0). */
export const EDITION_CHANGED = 'edition.changed';

/**
 * Call inside the change's transaction. The outbox row commits (or rolls back) with the change,
 * so webhooks and the CDN purge are sent once per change even if this process dies right after;
 * the event bus then tells page caches and wakes the delivery loop.
 */
export async function announceStoryEvent(
  deps: Pick<Deps, 'events' | 'clock'>,
  store: Store,
  event: StoryEvent,
): Promise<void> {
  const { type, storyId, edition, at, keys } = event;
  await store.distribution.recordStoryEvent(
    { type, storyId, edition, at, keys },
    deps.clock.now().toISOString(),
  );
  store.afterCommit(() => deps.events.publish(event));
}

/** Tells listeners (page cache, search, subscribers) that a story readers may see has changed. */
export async function announceChange(
  deps: Deps,
  store: Store,
  type: StoryEventType,
  before: Story | null,
  after: Story,
  at: string,
  /** The change's context on the same transaction, if the caller has one. */
  view?: ViewContext,
): Promise<void> {
  const keys = await storyChangeKeys(deps, store, after, before, view);
  await announceStoryEvent(deps, store, {
    type,
    storyId: after.id,
    edition: after.edition,
    at,
    keys,
  });
}

/**
 * An edition-wide change (hot tags, rubric or tag names): every page of the edition shows it.
 * Written to the outbox like a story event, so the CDN purge of the edition is made once by the
 * delivery loop of whichever process fans it out, and the page caches hear of it after commit.
 */
export async function announceEditionChange(
  deps: Pick<Deps, 'events' | 'clock'>,
  store: Store,
  edition: EditionCode,
  at: string,
): Promise<void> {
  await store.distribution.recordStoryEvent(
    { type: EDITION_CHANGED, storyId: 0, edition, at, keys: [surrogate.edition(edition)] },
    deps.clock.now().toISOString(),
  );
  store.afterCommit(() => deps.events.publish({ type: 'edition.changed', edition, at }));
}
