// Indexes the stories a write queued (search_queue) after it committed, off the writer's path: kicked by this process's story events, and polled for the rest.

import type { EventBus } from '../platform/events.js';
import type { Logger } from '../platform/logger.js';
import type { SearchIndex } from '../search/port.js';

/** How often the queue is looked at when nothing kicked it (drafts, other processes, a crash). */
export const SEARCH_QUEUE_POLL_MS = 500;

export interface SearchIndexer {
  /** Drains the queue now (again after the drain running, if one is). */
  kick(): void;
  /** Resolves once every story queued before the call is indexed (tests, the CLI). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `search.drain()` whenever this process publishes a story event and, with `poll`, every
 * SEARCH_QUEUE_POLL_MS (the one background worker of `lede serve` polls; the others index what
 * they saved themselves). The drain gives the event loop back between slices, so readers are
 * served while a long story is indexed; a failed drain is logged and tried at the next kick.
 */
export function startSearchIndexer(
  search: Pick<SearchIndex, 'drain'>,
  events: EventBus,
  logger: Logger,
  options: { poll: boolean },
): SearchIndexer {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = async () => {
    do {
      again = false;
      try {
        await search.drain();
      } catch (error) {
        logger.error('search indexing failed', {
          code: 'internal',
          error: error instanceof Error ? error.message : String(error),
        });
      }
    } while (again && !stopped);
  };
  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
    });
  };
  const unsubscribe = events.subscribe(() => kick());
  const timer = options.poll ? setInterval(kick, SEARCH_QUEUE_POLL_MS) : null;
  timer?.unref();
  if (options.poll) kick();
  return {
    kick,
    async idle() {
      await running;
      await search.drain();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
