// Defines a newsroom API route: who may call it, its input checked with zod, CSRF, and errors as JSON.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ACTIONS, canSomewhere } from '../../domain/actor.js';
import { LedeError } from '../../domain/errors.js';
import { sameSecret } from '../../platform/secrets.js';
import { sendApiError } from './api-errors.js';
import { authenticate } from './authenticate.js';
import type { ApiDeps, AnyRouteSpec, Auth, Permission, RouteSpec } from './route-spec.js';
import { clearSessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function isPermission(value: unknown): value is Permission {
  return (
    value === 'authenticated' ||
    value === 'public' ||
    (typeof value === 'string' && (ACTIONS as readonly string[]).includes(value))
  );
}

/** Parses one part of the request, or throws invalid_input naming the field. */
function parsePart(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || where;
  throw new LedeError('invalid_input', `${field}: ${issue.message}`, { field });
}

function checkAccess(spec: AnyRouteSpec, req: FastifyRequest, auth: Auth | null): void {
  if (spec.permission === 'public') return;
  if (!auth) throw new LedeError('unauthenticated', 'sign in, or send an API token');
  if (spec.permission !== 'authenticated' && !canSomewhere(auth.actor, spec.permission))
    throw new LedeError('forbidden', `${auth.actor.role} may not ${spec.permission}`);
  if (auth.via === 'session' && !SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken))
      throw new LedeError('csrf', `send the session's CSRF token in the ${CSRF_HEADER} header`);
  }
}

async function run(
  spec: RouteSpec<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined, Permission>,
  deps: ApiDeps,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const found = await authenticate(req, deps);
  if (found === 'invalid' && spec.permission !== 'public') {
    if (!req.headers.authorization) clearSessionCookie(req, reply);
    throw new LedeError('unauthenticated', 'the session or token is not valid any more');
  }
  const auth = found === 'invalid' ? null : found;
  checkAccess(spec, req, auth);
  const ctx = {
    actor: auth?.actor ?? null,
    auth,
    params: parsePart(spec.params, req.params, 'params'),
    query: parsePart(spec.query, req.query, 'query'),
    body: parsePart(spec.body, req.body, 'body'),
    req,
    reply,
    deps,
  };
  // The context's actor and auth are present whenever the permission is not 'public'.
  const result = await spec.handler(ctx);
  if (reply.sent) return reply;
  if (result === undefined) return reply.code(204).send();
  return reply.code(spec.status ?? 200).send(result);
}

/**
 * Registers a route and records it for /api/openapi.json. Throws at once (start-up fails) when
 * the spec has no valid permission. Order per request: credentials (401), permission (403),
 * CSRF for cookie requests that change state (403), input (400), handler. Every error,
 * thrown anywhere, answers `{ error, message }` as JSON with its status.
 */
export function defineRoute<
  BS extends z.ZodType | undefined = undefined,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  Perm extends Permission = Permission,
>(app: FastifyInstance, deps: ApiDeps, spec: RouteSpec<BS, PS, QS, Perm>): void {
  const label = `${String(spec?.method)} ${String(spec?.url)}`;
  if (!isPermission((spec as { permission?: unknown } | undefined)?.permission))
    throw new Error(
      `route ${label} declares no valid permission (an action, 'authenticated' or 'public')`,
    );
  if (typeof spec.summary !== 'string' || !Array.isArray(spec.tags))
    throw new Error(`route ${label} needs a summary and tags for the API docs`);
  const { handler: _handler, ...doc } = spec;
  deps.routes.push(doc);
  const generic = spec as unknown as Parameters<typeof run>[0];
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (req, reply) => {
      try {
        return await run(generic, deps, req, reply);
      } catch (error) {
        return sendApiError(req, reply, error, deps.logger);
      }
    },
  });
}
