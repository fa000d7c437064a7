// The composition root: named boot phases (config, store, demo, http) and one clean shutdown.

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
import { timerScheduler } from '../platform/scheduler.js';
import { publishDueStories } from '../operations/publish-due-stories.js';
import type { Store } from '../storage/port.js';
import type { Config } from './config.js';
import { buildHttpApp } from './http-app.js';
import { openStore } from './open-store.js';

export interface Lede {
  deps: Deps;
  app: FastifyInstance;
  close(): Promise<void>;
}

export interface BootOptions {
  clock?: Clock;
  logger?: Logger;
  /** An open store to use instead of the configured one (tests); the caller closes it. */
  store?: Store;
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
  };
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
    const app = await buildHttpApp(deps, pages);
    // Scheduled stories and embargo lifts; their state is in the database, so restarts lose nothing.
    const scheduler = timerScheduler({
      clock: deps.clock,
      logger,
      tick: async () => (await publishDueStories(deps)).next,
    });
    scheduler.start();
    return {
      deps,
      app,
      async close() {
        await scheduler.stop();
        await app.close();
        await closeStore();
        await deps.events.close();
      },
    };
  } catch (error) {
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
