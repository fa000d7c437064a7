// The composition root: named boot phases (config, store, demo, http) and one clean shutdown.

import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { defaultEditions } from '../domain/editions.js';
import { loadDemoArchive } from '../importers/load-demo.js';
import type { Deps } from '../operations/deps.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { memoryEventBus } from '../platform/events.js';
import { redisEventBus } from '../platform/redis-event-bus.js';
import { memoryPageCache } from '../platform/page-cache.js';
import { surrogate } from '../domain/surrogate-keys.js';
import { consoleLogger, silentLogger, type Logger } from '../platform/logger.js';
import { memoryPresence } from '../platform/presence.js';
import { localMediaStorage } from '../platform/local-media-storage.js';
import { sharpImageProcessor } from '../platform/sharp-image-processor.js';
import { timerScheduler } from '../platform/scheduler.js';
import { publishDueStories } from '../operations/publish-due-stories.js';
import type { Store } from '../storage/port.js';
import type { Config } from './config.js';
import { wireDistribution, type Distribution, type DistributionOptions } from './distribution.js';
import { buildHttpApp } from './http-app.js';
import type { DeliveryLoop } from '../syndication/delivery-loop.js';
import { openStore } from './open-store.js';

export interface Lede {
  deps: Deps;
  app: FastifyInstance;
  /** Sends webhooks and CDN purges; tests drive it with runOnce(). */
  deliveries: DeliveryLoop;
  close(): Promise<void>;
}

export interface BootOptions {
  clock?: Clock;
  logger?: Logger;
  /** An open store to use instead of the configured one (tests); the caller closes it. */
  store?: Store;
  /** The delivery loop's settings (retries, timeouts) and whether it starts with the app. */
  delivery?: DistributionOptions;
}

/** Wires everything from a configuration; does not listen (see listen()). */
export async function boot(config: Config, options: BootOptions = {}): Promise<Lede> {
  const logger = options.logger ?? (config.log ? consoleLogger() : silentLogger);
  const ownStore = options.store === undefined;
  const store = options.store ?? (await openStore(config));
  const closeStore = () => (ownStore ? store.close() : Promise.resolve());
  const deps: Deps = {
    store,
    clock: options.clock ?? systemClock,
    editions: defaultEditions(config.timeZone, config.siteName),
    publicUrl: config.publicUrl,
    logger,
    events: config.redisUrl ? await redisEventBus(config.redisUrl, logger) : memoryEventBus(logger),
    presence: memoryPresence(options.clock ?? systemClock),
    media: {
      storage: localMediaStorage(path.join(config.dataDir, 'media')),
      images: sharpImageProcessor(),
      ...config.media,
    },
  };
  let distribution: Distribution | undefined;
  try {
    if (config.loadDemo) {
      const loaded = await loadDemoArchive(deps);
      if (loaded > 0) logger.info('demo archive loaded', { stories: loaded });
    }
    const pages = memoryPageCache();
    deps.events.subscribe(
      (event) => {
        pages.purge(
          event.type === 'edition.changed' ? [surrogate.edition(event.edition)] : event.keys,
        );
      },
      { sync: true, everyProcess: true },
    );
    distribution = wireDistribution(deps, config, options.delivery);
    const app = await buildHttpApp(deps, pages, distribution.api, {
      trustProxy: config.trustProxy,
      feedContent: config.feedContent,
    });
    // Scheduled stories and embargo lifts; their state is in the database, so restarts lose nothing.
    const scheduler = timerScheduler({
      clock: deps.clock,
      logger,
      tick: async () => (await publishDueStories(deps)).next,
    });
    scheduler.start();
    distribution.start();
    const wired = distribution;
    return {
      deps,
      app,
      deliveries: wired.loop,
      async close() {
        await scheduler.stop();
        await wired.close();
        await app.close();
        await closeStore();
        await deps.events.close();
      },
    };
  } catch (error) {
    await distribution?.close();
    await closeStore();
    await deps.events.close();
    throw error;
  }
}

/** Listens and closes cleanly on SIGINT/SIGTERM. */
export async function listen(lede: Lede, config: Config): Promise<string> {
  const address = await lede.app.listen({ port: config.port, host: config.host });
  const stop = (signal: string) => {
    lede.deps.logger.info('shutting down', { signal });
    lede.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return address;
}
