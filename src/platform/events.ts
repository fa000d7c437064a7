// The event port: operations announce what changed after it committed; webhooks, caches and search listen.

import type { EditionCode } from '../domain/editions.js';
import type { Logger } from './logger.js';

export type StoryEventType =
  'story.published' | 'story.updated' | 'story.corrected' | 'story.unpublished';

export interface StoryEvent {
  type: StoryEventType;
  storyId: number;
  edition: EditionCode;
  /** UTC ISO time of the change. */
  at: string;
  /** Surrogate keys of every page and feed the change touches, before and after it (see operations/affected-keys). */
  keys: string[];
}

/** The edition's chrome changed (hot tags, rubric names or order): every page of it shows that. */
export interface EditionEvent {
  type: 'edition.changed';
  edition: EditionCode;
  at: string;
}

export type LedeEvent = StoryEvent | EditionEvent;

export type EventHandler = (event: LedeEvent) => void | Promise<void>;

export interface SubscribeOptions {
  /**
   * Run inside publish(), before it returns: for cheap in-process work that the very next
   * request must see (purging cached pages). Everything else runs later, on its own.
   */
  sync?: boolean;
  /**
   * Also receive the events other Lede processes publish (through Redis when scaled out):
   * for work every process must do, such as purging its own page cache. Work that must be
   * done once (webhooks) leaves this off and runs only in the process that made the change.
   */
  everyProcess?: boolean;
}

export interface EventBus {
  publish(event: LedeEvent): void;
  /** Returns a function that stops the subscription. */
  subscribe(handler: EventHandler, options?: SubscribeOptions): () => void;
  /** Delivers an event another process published to the handlers that want those. */
  deliverRemote(event: LedeEvent): void;
  close(): Promise<void>;
}

/**
 * In-process bus: handlers run after the publisher has returned, each on its own,
 * so a slow or failing listener never delays publishing or the other listeners.
 */
export function memoryEventBus(logger: Logger): EventBus {
  const handlers = new Set<EventHandler>();
  const syncHandlers = new Set<EventHandler>();
  const remoteHandlers = new Set<EventHandler>();
  const failed = (event: LedeEvent) => (error: unknown) =>
    logger.error('event handler failed', {
      code: 'internal',
      event: event.type,
      error: error instanceof Error ? error.message : String(error),
    });
  return {
    publish(event) {
      for (const handler of syncHandlers)
        try {
          void Promise.resolve(handler(event)).catch(failed(event));
        } catch (error) {
          failed(event)(error);
        }
      for (const handler of handlers)
        setImmediate(() => {
          Promise.resolve()
            .then(() => handler(event))
            .catch(failed(event));
        });
    },
    subscribe(handler, options = {}) {
      const set = options.sync ? syncHandlers : handlers;
      set.add(handler);
      if (options.everyProcess) remoteHandlers.add(handler);
      return () => {
        set.delete(handler);
        remoteHandlers.delete(handler);
      };
    },
    deliverRemote(event) {
      for (const handler of remoteHandlers)
        setImmediate(() => {
          Promise.resolve()
            .then(() => handler(event))
            .catch(failed(event));
        });
    },
    async close() {
      handlers.clear();
      syncHandlers.clear();
      remoteHandlers.clear();
    },
  };
}
