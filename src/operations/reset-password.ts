// Sets a password with a one-time token from a set-password link; the token works once, until it expires.
// The user's sessions end and API tokens are revoked.

import { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import { actorOf } from '../domain/user.js';
import { hashPassword, secretHash } from '../platform/secrets.js';
import { parseInput, passwordSchema } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { revokeCredentials, type Revoked } from './revoke-credentials.js';

export const resetPasswordSchema = z
  .object({ token: z.string().min(1).max(200), password: passwordSchema })
  .strict();
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

const badLink = () =>
  new LedeError('invalid_input', 'token: the link is not valid or has expired', {
    field: 'token',
  });

/** Returns the email of the account, for the sign-in form that follows, and what was revoked. */
export async function resetPassword(
  deps: Pick<Deps, 'store' | 'clock'>,
  raw: ResetPasswordInput,
): Promise<{ email: string; revoked: Revoked }> {
  const input = parseInput(resetPasswordSchema, raw);
  const now = deps.clock.now().toISOString();
  const hash = secretHash(input.token);
  const reset = await deps.store.accounts.findPasswordReset(hash);
  if (!reset || reset.usedAt !== null || reset.expiresAt <= now) throw badLink();
  const user = await deps.store.accounts.findUserById(reset.userId);
  if (!user || user.disabled) throw badLink();
  const passwordHash = await hashPassword(input.password);
  const revoked = await deps.store.transaction(async (store) => {
    if (!(await store.accounts.usePasswordReset(hash, now))) throw badLink();
    await store.accounts.setPasswordHash(user.id, passwordHash);
    const ended = await revokeCredentials(store, user.id, now);
    await recordAudit(store, actorOf(user), 'user.password-reset', {
      detail: { userId: user.id, ...ended },
      at: now,
    });
    return ended;
  });
  return { email: user.email, revoked };
}
