// Turns any error into the API's JSON answer: a LedeError keeps its code and status; nothing leaks a stack.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, LedeError, type ErrorCode } from '../../domain/errors.js';
import type { Logger } from '../../platform/logger.js';

export interface ApiErrorBody {
  error: ErrorCode;
  message: string;
  [extra: string]: unknown;
}

export function sendApiError(
  req: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  logger: Logger,
): FastifyReply {
  if (error instanceof LedeError) {
    if (error.status >= 500) logger.error(error.detail, { code: error.code, url: req.url });
    else logger.warn(error.detail, { code: error.code, url: req.url });
    const retryAfter = error.data.retryAfter;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    const body: ApiErrorBody = { ...error.data, error: error.code, message: error.detail };
    return reply.code(error.status).send(body);
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own answers: unreadable JSON, body too large, unsupported content type.
    const message = error instanceof Error ? error.message : 'bad request';
    return reply.code(status).send({ error: 'invalid_input', message });
  }
  logger.error('request failed', {
    code: 'internal',
    url: req.url,
    error: error instanceof Error ? error.stack : String(error),
  });
  return reply.code(500).send({ error: 'internal', message: ERRORS.internal.messages.en });
}
