// The event bus of a scaled-out Lede: local delivery as in memory, plus Redis pub/sub to the other processes.

import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { memoryEventBus, type EventBus, type LedeEvent } from './events.js';
import type { Logger } from './logger.js';

const CHANNEL = 'lede:events';

interface Envelope {
  origin: string;
  event: LedeEvent;
}

/**
 * Publishes every event locally and on a Redis channel; events from other processes reach
 * only the handlers subscribed with `everyProcess` (cache purges), never the once-only ones.
 */
export async function redisEventBus(
  url: string,
  logger: Logger,
  options: { channel?: string } = {},
): Promise<EventBus> {
  const channel = options.channel ?? CHANNEL;
  const origin = randomUUID();
  const local = memoryEventBus(logger);
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await Promise.all([pub.connect(), sub.connect()]);
  await sub.subscribe(channel);
  sub.on('message', (_channel: string, message: string) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      logger.warn('unreadable event on the bus', { code: 'invalid_input' });
      return;
    }
    if (envelope.origin !== origin) local.deliverRemote(envelope.event);
  });
  return {
    publish(event) {
      local.publish(event);
      pub
        .publish(channel, JSON.stringify({ origin, event } satisfies Envelope))
        .catch((error: unknown) =>
          logger.error('event not sent to the other processes', {
            code: 'internal',
            event: event.type,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
    },
    subscribe: (handler, opts) => local.subscribe(handler, opts),
    deliverRemote: (event) => local.deliverRemote(event),
    async close() {
      await local.close();
      sub.disconnect();
      await pub.quit();
    },
  };
}
