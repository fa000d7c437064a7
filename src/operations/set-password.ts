// Sets a user's password (argon2id): users change their own with the current one; admins set anyone's.
// Every other session of the user ends and the user's API tokens are revoked.

import { z } from 'zod';
import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { hashPassword, verifyPassword } from '../platform/secrets.js';
import { parseInput, passwordSchema } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { revokeCredentials, type Revoked } from './revoke-credentials.js';

export const setPasswordSchema = z
  .object({
    userId: z.number().int().positive(),
    password: passwordSchema,
    /** Required when users change their own password. */
    currentPassword: z.string().max(1000).optional(),
  })
  .strict();
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

export interface SetPasswordOptions {
  /** A session to keep signed in (the one that made the change); all others end. */
  keepSessionId?: string;
}

export async function setPassword(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  raw: SetPasswordInput,
  options: SetPasswordOptions = {},
): Promise<Revoked> {
  const input = parseInput(setPasswordSchema, raw);
  const self = actor.kind === 'user' && actor.id === input.userId;
  if (!self && !canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', "only admins may set another user's password");
  const user = await deps.store.accounts.findUserById(input.userId);
  if (!user) throw new LedeError('not_found', `user ${input.userId} does not exist`);
  if (self && !(await verifyPassword(user.passwordHash, input.currentPassword ?? '')))
    throw new LedeError('invalid_credentials', 'the current password is wrong', {
      field: 'currentPassword',
    });
  const hash = await hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    await store.accounts.setPasswordHash(user.id, hash);
    const revoked = await revokeCredentials(store, user.id, now, options.keepSessionId);
    await recordAudit(store, actor, 'user.password-set', {
      detail: { userId: user.id, email: user.email, ...revoked },
      at: now,
    });
    return revoked;
  });
}
