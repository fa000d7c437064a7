// Issues a one-time token to set a password (a new account's first one, or a forgotten one).

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { newSecret, secretHash } from '../platform/secrets.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';

/** How long a set-password link works. */
export const PASSWORD_RESET_TTL_MS = 72 * 60 * 60 * 1000;

/** The path of the newsroom page that takes the token (the client serves it). */
export function setPasswordPath(token: string): string {
  return `/newsroom/set-password?token=${encodeURIComponent(token)}`;
}

export interface PasswordResetTicket {
  /** Shown once; only its hash is stored. */
  token: string;
  expiresAt: string;
  path: string;
}

/** Writes the token through `store` (the caller's transaction, if any); earlier links stop working. */
export async function writePasswordReset(
  store: Store,
  userId: number,
  now: Date,
): Promise<PasswordResetTicket> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS).toISOString();
  await store.accounts.cancelPasswordResets(userId, now.toISOString());
  await store.accounts.createPasswordReset({
    hash: secretHash(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, expiresAt, path: setPasswordPath(token) };
}

export async function issuePasswordReset(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  userId: number,
): Promise<PasswordResetTicket> {
  if (!canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', 'only admins may issue set-password links');
  const now = deps.clock.now();
  return deps.store.transaction(async (store) => {
    const user = await store.accounts.findUserById(userId);
    if (!user) throw new LedeError('not_found', `user ${userId} does not exist`);
    const ticket = await writePasswordReset(store, user.id, now);
    await recordAudit(store, actor, 'user.reset-link', {
      detail: { userId: user.id, email: user.email },
      at: now.toISOString(),
    });
    return ticket;
  });
}
