// The composition root: named boot phases (config, store, demo, http, background work) and one
// clean shutdown; one-shot commands stop after the store (bootOneShot).

import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { defaultEditions } from '../domain/editions.js';
import { loadDemoArchive } from '../importers/load-demo.js';
import { validateBlocksWithSchema } from '../newsroom/editor/validate-blocks.js';
import type { Deps } from '../operations/deps.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { memoryEventBus, type EventBus } from '../platform/events.js';
import { redisEventBus } from '../platform/redis-event-bus.js';
import { memoryPageCache, type PageCache } from '../platform/page-cache.js';
import { surrogate } from '../domain/surrogate-keys.js';
import { consoleLogger, silentLogger, type Logger } from '../platform/logger.js';
import { memoryPresence, type Presence } from '../platform/presence.js';
import { localMediaStorage } from '../platform/local-media-storage.js';
import { sharpImageProcessor } from '../platform/sharp-image-processor.js';
import { timerScheduler } from '../platform/scheduler.js';
import { startScheduledBackups } from './backup/schedule.js';
import { publishDueStories } from '../operations/publish-due-stories.js';
import { pollDueSources } from '../importers/news/ingest-poll.js';
import type { Config } from './config.js';
import { wireDistribution, type Distribution, type DistributionOptions } from './distribution.js';
import { buildHttpApp } from './http-app.js';
import type { DeliveryLoop } from '../syndication/delivery-loop.js';
import { openStore } from './open-store.js';
import { ReadCounter } from '../operations/read-counter.js';
import { QueryMemo } from '../operations/query-memo.js';
import { MOST_READ_TTL_MS } from '../operations/most-read.js';
import { followTrends } from '../operations/hot-tag-trend.js';
import { startSearchIndexer, type SearchIndexer } from './search-indexer.js';

export interface Lede {
  deps: Deps;
  app: FastifyInstance;
  /** This process's page cache (rendered pages and their compressed bytes). */
  pages: PageCache;
  /** Sends webhooks and CDN purges; tests drive it with runOnce(). */
  deliveries: DeliveryLoop;
  /** Indexes the stories writes queued, after their commit; `idle()` waits for it (tests). */
  searchIndexer: SearchIndexer;
  close(): Promise<void>;
}

export interface BootOptions {
  clock?: Clock;
  logger?: Logger;
  /** An open store to use instead of the configured one (tests); the caller closes it. */
  store?: Deps['store'];
  /** The delivery loop's settings (retries, timeouts) and whether it starts with the app. */
  delivery?: DistributionOptions;
  /**
   * Whether this process runs the scheduler and the delivery loop (default): of `lede serve`'s
   * workers only one does; the others serve requests.
   */
  background?: boolean;
  /** Shares who has a story open with the other workers of `lede serve` (cluster.ts). */
  sharePresence?: (local: Presence) => Presence;
  /** Whether wire sources are polled in the background (default true; tests poll by hand). */
  ingest?: boolean;
}

/** What a one-shot command (the CLI) works with: the operations' dependencies and their shutdown. */
export interface LedeCommand {
  deps: Deps;
  /** Waits for the work the command queued, then closes the event bus and the store. */
  close(): Promise<void>;
}

/** Phases config and store: the operations' dependencies, and how to close what was opened. */
async function wireDeps(config: Config, options: BootOptions): Promise<LedeCommand> {
  const logger = options.logger ?? (config.log ? consoleLogger() : silentLogger);
  const ownStore = options.store === undefined;
  const store = options.store ?? (await openStore(config, logger));
  const closeStore = () => (ownStore ? store.close() : Promise.resolve());
  const clock = options.clock ?? systemClock;
  let events: EventBus;
  try {
    events = config.redisUrl
      ? await redisEventBus(config.redisUrl, logger)
      : memoryEventBus(logger);
  } catch (error) {
    await closeStore();
    throw error;
  }
  const deps: Deps = {
    store,
    clock,
    editions: defaultEditions(config.timeZone, config.siteName),
    publicUrl: config.publicUrl,
    logger,
    events,
    presence: (options.sharePresence ?? ((p: Presence) => p))(memoryPresence(clock)),
    checkBlocks: validateBlocksWithSchema,
    media: {
      storage: localMediaStorage(path.join(config.dataDir, 'media')),
      images: sharpImageProcessor(),
      ...config.media,
    },
  };
  return {
    deps,
    async close() {
      await closeStore();
      await events.close();
    },
  };
}

/**
 * For a one-shot command: the store and the operations' dependencies, and nothing that runs in
 * the background. No scheduler (a due story waits for the server), no delivery loop, no HTTP
 * app, never the demo archive. What the command changes reaches subscribers and the CDN the way
 * it does from any process: story events and edition-wide changes are written to the outbox
 * with the change, and a running server fans them out to webhooks and CDN purges; the event bus
 * (Redis when configured) tells the servers' page caches.
 */
export function bootOneShot(
  config: Config,
  options: Omit<BootOptions, 'delivery'> = {},
): Promise<LedeCommand> {
  return wireDeps(config, options).then((command) => ({
    deps: command.deps,
    async close() {
      // What the command wrote is searchable when it ends, server or no server.
      try {
        await command.deps.store.search.drain();
      } finally {
        await command.close();
      }
    },
  }));
}

/**
 * For `lede serve` and the tests of the whole app: wires everything from a configuration and
 * starts the scheduler and the delivery loop; does not listen (see listen()).
 */
export async function boot(config: Config, options: BootOptions = {}): Promise<Lede> {
  const opened = await wireDeps(config, options);
  const { deps } = opened;
  const { logger } = deps;
  let distribution: Distribution | undefined;
  // Readers' views: buffered here, written in batches (each worker of `lede serve` its own).
  const counter = new ReadCounter(deps);
  deps.reads = { counter, memo: new QueryMemo(MOST_READ_TTL_MS) };
  try {
    if (config.loadDemo) {
      const loaded = await loadDemoArchive(deps);
      if (loaded > 0) logger.info('demo archive loaded', { stories: loaded });
      // Searchable from the first request.
      if (loaded > 0) await deps.store.search.drain();
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
      accessLog: config.accessLog,
    });
    // Scheduled stories and embargo lifts; their state is in the database, so restarts lose nothing.
    const scheduler = timerScheduler({
      clock: deps.clock,
      logger,
      tick: async () => (await publishDueStories(deps)).next,
    });
    // Of `lede serve`'s workers only one runs the background jobs; their claims in the database
    // make a second one harmless, but one is enough.
    const background = options.background ?? true;
    if (background) scheduler.start();
    // Wire sources: each poll claims its source in the database, so several servers share them.
    const ingest = timerScheduler({
      clock: deps.clock,
      logger,
      tick: () => pollDueSources(deps),
      maxSleepMs: 5000,
    });
    if (background && options.ingest !== false) ingest.start();
    counter.start();
    // Editions whose hot-tags strip follows the trend: checked every minute.
    const trends = timerScheduler({
      clock: deps.clock,
      logger,
      tick: () => followTrends(deps),
      maxSleepMs: 60_000,
    });
    if (background) trends.start();
    const backups = background ? startScheduledBackups(config, logger) : { stop: async () => {} };
    if (background) distribution.start();
    // Stories are indexed after their write commits; the background worker also polls the queue.
    const searchIndexer = startSearchIndexer(deps.store.search, deps.events, logger, {
      poll: background,
    });
    const wired = distribution;
    return {
      deps,
      app,
      pages,
      deliveries: wired.loop,
      searchIndexer,
      async close() {
        await searchIndexer.stop();
        await scheduler.stop();
        await ingest.stop();
        await trends.stop();
        await backups.stop();
        await wired.close();
        await app.close();
        // The views still buffered are written before the store closes: a restart loses none.
        await counter.close();
        await opened.close();
      },
    };
  } catch (error) {
    await counter.close();
    await distribution?.close();
    await opened.close();
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

/**
 * Reads the search tables and the stories into the database server's memory (Store.warm), in the
 * background of a starting server, and logs what fitted: until then the first searches read the
 * archive from disk. Never throws.
 */
export async function warmDatabase(deps: Pick<Deps, 'store' | 'logger'>): Promise<void> {
  const started = Date.now();
  try {
    const report = await deps.store.warm();
    const fields = {
      ms: Date.now() - started,
      read: report.parts.filter((p) => p.loaded).map((p) => p.what),
      skipped: report.parts.filter((p) => !p.loaded).map((p) => p.what),
    };
    if (report.note) deps.logger.warn(`database warmed in part: ${report.note}`, fields);
    else deps.logger.info('database warmed', fields);
  } catch (error) {
    deps.logger.warn('the database could not be warmed', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
