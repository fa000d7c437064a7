// Sets a password with a one-time token from a set-password link; the token works once, until it expires.

import { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import { actorOf } from '../domain/user.js';
import { hashPassword, secretHash } from '../platform/secrets.js';
import { parseInput, passwordSchema } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';

export const resetPasswordSchema = z
  .object({ token: z.string().min(1).max(200), password: passwordSchema })
  .strict();
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

const badLink = () =>
  new LedeError('invalid_input', 'token: the link is not valid or has expired', {
    field: 'token',
  });

/** Returns the email of the account, for the sign-in form that follows. */
export async function resetPassword(
  deps: Pick<Deps, 'store' | 'clock'>,
  raw: ResetPasswordInput,
): Promise<{ email: string }> {
  const input = parseInput(resetPasswordSchema, raw);
  const now = deps.clock.now().toISOString();
  const hash = secretHash(input.token);
  const reset = await deps.store.accounts.findPasswordReset(hash);
  if (!reset || reset.usedAt !== null || reset.expiresAt <= now) throw badLink();
  const user = await deps.store.accounts.findUserById(reset.userId);
  if (!user || user.disabled) throw badLink();
  const passwordHash = await hashPassword(input.password);
  await deps.store.transaction(async (store) => {
    if (!(await store.accounts.usePasswordReset(hash, now))) throw badLink();
    await store.accounts.setPasswordHash(user.id, passwordHash);
    await store.accounts.deleteUserSessions(user.id);
    await recordAudit(store, actorOf(user), 'user.password-reset', {
      detail: { userId: user.id },
      at: now,
    });
  });
  return { email: user.email };
}
