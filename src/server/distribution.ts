// Wires distribution: the delivery loop (webhooks, CDN purges) woken by events, and the content API's rate-limit store.

import { Redis } from 'ioredis';
import type { Deps } from '../operations/deps.js';
import {
  deliveryLoop,
  type DeliveryLoop,
  type DeliveryLoopOptions,
} from '../syndication/delivery-loop.js';
import type { SubscriberApiOptions } from '../syndication/subscriber-auth.js';
import type { Config } from './config.js';

export type DistributionOptions = Partial<Omit<DeliveryLoopOptions, 'origin' | 'cdn'>>;

export interface Distribution {
  loop: DeliveryLoop;
  /** What the content API's routes are registered with (rate limits, their shared store). */
  api: SubscriberApiOptions;
  start(): void;
  close(): Promise<void>;
}

export function wireDistribution(
  deps: Deps,
  config: Pick<Config, 'distribution' | 'redisUrl'>,
  options: DistributionOptions = {},
): Distribution {
  const cdn = config.distribution.cdnPurge;
  const loop = deliveryLoop(deps, { origin: deps.publicUrl, cdn, ...options });
  // Counts of the rate limit live in Redis when there is one, so every process shares them.
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1 })
    : null;
  redis?.on('error', (error: Error) =>
    deps.logger.warn('rate-limit store unreachable', { code: 'internal', error: error.message }),
  );
  // Every change (a story's, or an edition-wide one) is in the outbox with the change; the
  // process that made it wakes its loop to fan it out now (no everyProcess: work done once).
  const unsubscribe = deps.events.subscribe(() => loop.wake());
  return {
    loop,
    api: {
      rateLimit: config.distribution.apiRateLimit,
      ...(redis ? { redis } : {}),
    },
    start() {
      loop.start();
    },
    async close() {
      unsubscribe();
      await loop.stop();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
