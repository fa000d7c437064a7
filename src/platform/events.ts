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
}

export type EventHandler = (event: StoryEvent) => void | Promise<void>;

export interface EventBus {
  publish(event: StoryEvent): void;
  /** Returns a function that stops the subscription. */
  subscribe(handler: EventHandler): () => void;
}

/**
 * In-process bus: handlers run after the publisher has returned, each on its own,
 * so a slow or failing listener never delays publishing or the other listeners.
 */
export function memoryEventBus(logger: Logger): EventBus {
  const handlers = new Set<EventHandler>();
  return {
    publish(event) {
      for (const handler of handlers)
        setImmediate(() => {
          Promise.resolve()
            .then(() => handler(event))
            .catch((error: unknown) =>
              logger.error('event handler failed', {
                code: 'internal',
                event: event.type,
                error: error instanceof Error ? error.message : String(error),
              }),
            );
        });
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
