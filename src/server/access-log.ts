// The access log: one JSON line per request (method, path, status, bytes, ms, page cache, worker) through the logger.

import cluster from 'node:cluster';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../platform/logger.js';
import { cacheOutcome, rawHitBytes } from './page-cache-hooks.js';

/** This process's number among `lede serve`'s workers; 0 when it runs alone. */
export const workerId = (): number => (cluster.isWorker ? (cluster.worker?.id ?? 0) : 0);

export function registerAccessLog(app: FastifyInstance, logger: Logger): void {
  const worker = workerId();
  app.addHook('onResponse', async (req, reply) => {
    const at = req.url.indexOf('?');
    const length = rawHitBytes(req) ?? Number(reply.getHeader('content-length'));
    logger.info('request', {
      method: req.method,
      path: at < 0 ? req.url : req.url.slice(0, at),
      status: reply.statusCode,
      bytes: Number.isFinite(length) && req.method !== 'HEAD' ? length : 0,
      ms: Math.round(reply.elapsedTime * 100) / 100,
      cache: cacheOutcome(req) ?? 'none',
      worker,
    });
  });
}
