// The access log: one JSON line per request (method, path, status, bytes, ms, page cache, worker) through the logger.

import cluster from 'node:cluster';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../platform/logger.js';
import { cacheOutcome, rawHitBytes, type RawHitLog } from './page-cache-hooks.js';

/** This process's number among `lede serve`'s workers; 0 when it runs alone. */
export const workerId = (): number => (cluster.isWorker ? (cluster.worker?.id ?? 0) : 0);

const pathOf = (url: string) => {
  const at = url.indexOf('?');
  return at < 0 ? url : url.slice(0, at);
};

/** The fields of one request's line. */
const requestFields = (
  method: string | undefined,
  url: string,
  status: number,
  bytes: number,
  ms: number,
  cache: string,
  worker: number,
) => ({ method, path: pathOf(url), status, bytes, ms: Math.round(ms * 100) / 100, cache, worker });

export function registerAccessLog(app: FastifyInstance, logger: Logger): void {
  const worker = workerId();
  app.addHook('onResponse', async (req, reply) => {
    const length = rawHitBytes(req) ?? Number(reply.getHeader('content-length'));
    const bytes = Number.isFinite(length) && req.method !== 'HEAD' ? length : 0;
    logger.info(
      'request',
      requestFields(
        req.method,
        req.url,
        reply.statusCode,
        bytes,
        reply.elapsedTime,
        cacheOutcome(req) ?? 'none',
        worker,
      ),
    );
  });
}

/** The same line for a page-cache hit answered before Fastify (cacheHitsFirst). */
export function rawHitLog(logger: Logger): RawHitLog {
  const worker = workerId();
  return (req: IncomingMessage, status, bytes, ms, outcome) =>
    logger.info(
      'request',
      requestFields(req.method, req.url ?? '/', status, bytes, ms, outcome, worker),
    );
}
