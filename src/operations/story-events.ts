// Announces a story change: written to the outbox inside the change's transaction, published after commit.

import type { StoryEvent } from '../platform/events.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';

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
