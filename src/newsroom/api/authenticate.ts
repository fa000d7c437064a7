// Finds who makes a request: an `Authorization: Bearer` API token, else the session cookie.

import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../operations/deps.js';
import { resolveApiToken } from '../../operations/resolve-api-token.js';
import { resolveSession } from '../../operations/resolve-session.js';
import type { Auth } from './route-spec.js';
import { readSessionCookie } from './session-cookie.js';

/**
 * The request's credentials: null when it brings none, 'invalid' when it brings a wrong,
 * revoked or expired one. A bearer token wins over a cookie.
 */
export async function authenticate(
  req: FastifyRequest,
  deps: Pick<Deps, 'store' | 'clock'>,
): Promise<Auth | null | 'invalid'> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match) return 'invalid';
    const resolved = await resolveApiToken(deps, match[1]!);
    if (!resolved) return 'invalid';
    return { via: 'token', ...resolved };
  }
  const token = readSessionCookie(req);
  if (token === undefined || token === '') return null;
  const session = await resolveSession(deps, token);
  if (!session) return 'invalid';
  return {
    via: 'session',
    actor: session.actor,
    user: session.user,
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
    token,
    ...(session.slid ? { renewedUntil: session.expiresAt } : {}),
    ...(session.mustEnrolTwoFactor ? { mustEnrolTwoFactor: true } : {}),
  };
}
