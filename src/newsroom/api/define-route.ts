// Defines a newsroom API route on the shared declaration (src/http): the newsroom's gate, CSRF and JSON errors.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ACTIONS, canSomewhere } from '../../domain/actor.js';
import { LedeError } from '../../domain/errors.js';
import { defineRoute as declareRoute, type Gate, type Surface } from '../../http/define-route.js';
import type { PermissionDoc } from '../../http/route-record.js';
import { sameSecret } from '../../platform/secrets.js';
import { sendApiError } from './api-errors.js';
import { authenticate } from './authenticate.js';
import type { ApiDeps, Auth, Permission, RouteContext, RouteSpec } from './route-spec.js';
import {
  clearSessionCookie,
  cookieMaxAge,
  SESSION_COOKIE,
  setSessionCookie,
} from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function isPermission(value: unknown): value is Permission {
  return (
    value === 'authenticated' ||
    value === 'public' ||
    (typeof value === 'string' && (ACTIONS as readonly string[]).includes(value))
  );
}

/** What a user who must enrol in two-factor sign-in may still do: see who they are, sign out, enrol. */
function allowedBeforeEnrolment(req: FastifyRequest): boolean {
  const url = req.routeOptions.url ?? '';
  return (
    (url === '/api/auth/me' && req.method === 'GET') ||
    url === '/api/auth/logout' ||
    url.startsWith('/api/auth/me/two-factor')
  );
}

function checkAccess(permission: Permission, req: FastifyRequest, auth: Auth | null): void {
  if (permission === 'public') return;
  if (!auth) throw new LedeError('unauthenticated', 'sign in, or send an API token');
  if (auth.via === 'session' && auth.mustEnrolTwoFactor && !allowedBeforeEnrolment(req))
    throw new LedeError(
      'two_factor_required',
      'your role requires two-step sign-in: turn it on in your account first',
    );
  if (permission !== 'authenticated' && !canSomewhere(auth.actor, permission))
    throw new LedeError('forbidden', `${auth.actor.role} may not ${permission}`);
  if (auth.via === 'session' && !SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken))
      throw new LedeError('csrf', `send the session's CSRF token in the ${CSRF_HEADER} header`);
  }
}

const PUBLIC_DOC: PermissionDoc = { security: [], schemes: {}, refusals: {} };
const SIGNED_IN_DOC: PermissionDoc = {
  security: [{ session: [] }, { bearer: [] }],
  schemes: {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description: `from POST /api/auth/login; requests that change state send the csrfToken in ${CSRF_HEADER}`,
    },
    bearer: { type: 'http', scheme: 'bearer', description: 'a newsroom API token' },
  },
  refusals: {
    '401': 'No valid session or token',
    '403': 'Not allowed, or a missing CSRF token',
  },
};

/**
 * Who may call a newsroom route: credentials (401), the permission (403), the CSRF token of
 * cookie requests that change state (403). A wrong cookie is cleared.
 */
export function newsroomGate(deps: ApiDeps): Gate<Permission, Auth | null> {
  return {
    permits: isPermission,
    async admit(permission, req, reply) {
      const found = await authenticate(req, deps);
      if (found === 'invalid' && permission !== 'public') {
        if (!req.headers.authorization) clearSessionCookie(req, reply, deps.publicUrl);
        throw new LedeError('unauthenticated', 'the session or token is not valid any more');
      }
      const auth = found === 'invalid' ? null : found;
      if (auth?.via === 'session' && auth.renewedUntil)
        setSessionCookie(
          req,
          reply,
          auth.token,
          cookieMaxAge(auth.renewedUntil, deps.clock.now()),
          deps.publicUrl,
        );
      checkAccess(permission, req, auth);
      return auth;
    },
    describe: (permission) => (permission === 'public' ? PUBLIC_DOC : SIGNED_IN_DOC),
  };
}

function newsroomSurface(deps: ApiDeps): Surface<Permission, Auth | null> {
  return {
    gate: newsroomGate(deps),
    sendError: (req, reply, error) => sendApiError(req, reply, error, deps.logger),
    registry: deps.routes,
  };
}

/**
 * Registers a newsroom route and records it for /api/openapi.json. Throws at once (start-up
 * fails) when the spec has no valid permission. Order per request: credentials (401),
 * permission (403), CSRF for cookie requests that change state (403), input (400), handler.
 * Every error, thrown anywhere, answers `{ error, message }` as JSON with its status.
 */
export function defineRoute<
  BS extends z.ZodType | undefined = undefined,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  Perm extends Permission = Permission,
>(app: FastifyInstance, deps: ApiDeps, spec: RouteSpec<BS, PS, QS, Perm>): void {
  const handler = spec?.handler as (ctx: RouteContext<unknown, unknown, unknown, Perm>) => unknown;
  declareRoute<
    Permission,
    Auth | null,
    z.ZodType | undefined,
    z.ZodType | undefined,
    z.ZodType | undefined
  >(app, newsroomSurface(deps), {
    method: spec?.method,
    url: spec?.url,
    permission: spec?.permission,
    answer: 'json',
    ...(spec?.params ? { params: spec.params } : {}),
    ...(spec?.query ? { query: spec.query } : {}),
    ...(spec?.body ? { body: spec.body } : {}),
    ...(spec?.status ? { status: spec.status } : {}),
    doc: {
      summary: spec?.summary,
      tags: spec?.tags,
      ...(spec?.response ? { response: spec.response } : {}),
      ...(spec?.multipart ? { multipart: spec.multipart } : {}),
    },
    // The context's actor and auth are present whenever the permission is not 'public'.
    handler: async ({ who, params, query, body, req, reply }) =>
      handler({
        actor: (who?.actor ?? null) as RouteContext<unknown, unknown, unknown, Perm>['actor'],
        auth: who as RouteContext<unknown, unknown, unknown, Perm>['auth'],
        params,
        query,
        body,
        req,
        reply,
        deps,
      }),
  });
}
