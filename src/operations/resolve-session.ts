// Finds who a session cookie belongs to, sliding its expiry; expired sessions and disabled users get nothing.

import type { UserActor } from '../domain/actor.js';
import { actorOf, type User } from '../domain/user.js';
import { secretHash } from '../platform/secrets.js';
import type { Deps } from './deps.js';
import { sessionExpiry } from './create-session.js';
import { mustEnrolTwoFactor } from './two-factor.js';
import { withoutSecrets } from './user-view.js';

/** Sliding writes at most once a minute per session. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface ResolvedSession {
  actor: UserActor;
  user: User;
  /** sha256 of the cookie's token: the session's id in the store. */
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  /** This call moved the expiry (the cookie should follow). */
  slid: boolean;
  /** The user's role requires two-factor sign-in and the user has not enrolled yet. */
  mustEnrolTwoFactor: boolean;
}

export async function resolveSession(
  deps: Pick<Deps, 'store' | 'clock'>,
  token: string,
): Promise<ResolvedSession | null> {
  if (token.length === 0 || token.length > 200) return null;
  const id = secretHash(token);
  const session = await deps.store.accounts.findSession(id);
  if (!session) return null;
  const now = deps.clock.now();
  if (session.expiresAt <= now.toISOString()) {
    await deps.store.accounts.deleteSession(id);
    return null;
  }
  const user = await deps.store.accounts.findUserById(session.userId);
  if (!user || user.disabled) return null;
  let expiresAt = session.expiresAt;
  let slid = false;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() >= TOUCH_EVERY_MS) {
    expiresAt = sessionExpiry(session.createdAt, now);
    await deps.store.accounts.touchSession(id, now.toISOString(), expiresAt);
    slid = true;
  }
  const plain = withoutSecrets(user);
  return {
    actor: actorOf(plain),
    user: plain,
    sessionId: id,
    csrfToken: session.csrfToken,
    expiresAt,
    slid,
    mustEnrolTwoFactor: await mustEnrolTwoFactor(deps.store, plain),
  };
}
