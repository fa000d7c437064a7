// The read counter on a port of its own: a process that takes only the readers' beacons, so that a stream of views never waits in the event loop that answers pages.
//
// Pages report their view to `/beacon/<story id>` on the site's own origin; a front server routes
// that path to this port (bench/README.md and README.md show how). Without such a route the
// workers of `lede serve` take the beacons themselves, as before: nothing is lost either way.

import Fastify from 'fastify';
import { ReadCounter } from '../operations/read-counter.js';
import { systemClock } from '../platform/clock.js';
import { consoleLogger, silentLogger, type Logger } from '../platform/logger.js';
import { answerBeaconsFirst } from '../site/beacon-routes.js';
import { registerAccessLog } from './access-log.js';
import type { Config } from './config.js';
import { openStore } from './open-store.js';

export interface RunningCounter {
  /** Where it listens ("http://127.0.0.1:3001"). */
  address: string;
  counter: ReadCounter;
  /** Stops listening, writes the views it holds, closes the database. */
  close(): Promise<void>;
}

const NOT_A_BEACON =
  'Not found. This port counts story views only: POST /beacon/<story id> without a body, or GET /beacon/<story id>/pixel.gif.\n';

/**
 * Opens the database, starts a read counter and listens on `port` (LEDE_COUNTER_PORT; 0 picks a
 * free one). The client address is taken as the site takes it (LEDE_TRUST_PROXY), so a reader
 * behind the front server is one reader, not the proxy's address.
 */
export async function startCounter(
  config: Pick<Config, 'database' | 'host' | 'trustProxy' | 'log' | 'accessLog'>,
  port: number,
  options: { logger?: Logger } = {},
): Promise<RunningCounter> {
  const logger = options.logger ?? (config.log ? consoleLogger() : silentLogger);
  const store = await openStore(config, logger);
  const counter = new ReadCounter({ store, clock: systemClock, logger });
  // A beacon has no body: anything longer than this is refused before it is read.
  const app = Fastify({ logger: false, trustProxy: config.trustProxy, bodyLimit: 1024 });
  try {
    // The site's own lean path: the same rules, headers and answers as the workers'.
    answerBeaconsFirst(app, counter);
    app.setNotFoundHandler((_req, reply) =>
      reply.code(404).type('text/plain; charset=utf-8').send(NOT_A_BEACON),
    );
    app.setErrorHandler((error: { statusCode?: number }, _req, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      return reply
        .code(status)
        .type('text/plain; charset=utf-8')
        .send(
          status === 413
            ? 'A beacon carries no body.\n'
            : status === 500
              ? 'The read counter failed on this request.\n'
              : NOT_A_BEACON,
        );
    });
    if (config.accessLog) registerAccessLog(app, logger);
    counter.start();
    const address = await app.listen({ port, host: config.host });
    logger.info('read counter listening', { address });
    return {
      address,
      counter,
      async close() {
        try {
          await app.close();
          await counter.close();
        } finally {
          await store.close();
        }
      },
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    await counter.close().catch(() => undefined);
    await store.close();
    throw error;
  }
}

/** `lede counter`, or the counter process of `lede serve`: serves until SIGINT/SIGTERM, then writes what it holds. */
export async function serveCounter(
  config: Parameters<typeof startCounter>[0],
  port: number,
  out: (s: string) => void,
): Promise<number> {
  const running = await startCounter(config, port);
  out(`Lede's read counter is running at ${running.address}`);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}
