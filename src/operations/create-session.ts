// Starts a signed-in session: a random token for the cookie (stored as its sha256) and a CSRF token.

import type { User } from '../domain/user.js';
import { newSecret, secretHash } from '../platform/secrets.js';
import type { Store } from '../storage/port.js';

/** A session ends after this long without a request (it slides with each one) … */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** … and at the latest this long after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;

export interface NewSession {
  /** Goes into the cookie; shown once, only its hash is stored. */
  token: string;
  /** Sent back by the client in the x-csrf-token header of state-changing requests. */
  csrfToken: string;
  expiresAt: string;
  /** The cookie lives as long as the session (seconds until `expiresAt`). */
  maxAgeSeconds: number;
}

export function sessionExpiry(createdAt: string, now: Date): string {
  const idle = now.getTime() + SESSION_IDLE_MS;
  const max = new Date(createdAt).getTime() + SESSION_MAX_MS;
  return new Date(Math.min(idle, max)).toISOString();
}

export async function createSession(store: Store, user: User, now: Date): Promise<NewSession> {
  const token = newSecret();
  const csrfToken = newSecret();
  const createdAt = now.toISOString();
  const expiresAt = sessionExpiry(createdAt, now);
  await store.accounts.deleteExpiredSessions(createdAt);
  await store.accounts.createSession({
    id: secretHash(token),
    userId: user.id,
    csrfToken,
    createdAt,
    expiresAt,
    lastSeenAt: createdAt,
  });
  return {
    token,
    csrfToken,
    expiresAt,
    maxAgeSeconds: Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000),
  };
}
