// Adds a newsroom account: with a password, or with a one-time link to set one. Admins (and the CLI) only.

import { z } from 'zod';
import { allEditions, canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import { hashPassword } from '../platform/secrets.js';
import {
  editionSchema,
  editionsSchema,
  emailSchema,
  parseInput,
  passwordSchema,
  personNameSchema,
  roleSchema,
} from './account-schema.js';
import type { Deps } from './deps.js';
import { writePasswordReset, type PasswordResetTicket } from './issue-password-reset.js';
import { recordAudit } from './record-audit.js';
import { withoutSecrets } from './user-view.js';

export const addUserSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: roleSchema,
    editions: editionsSchema.default([]),
    uiLanguage: editionSchema.optional(),
    password: passwordSchema.optional(),
  })
  .strict()
  .refine((u) => allEditions(u.role) || u.editions.length > 0, {
    message: 'reporters and editors need at least one edition',
    path: ['editions'],
  });
export type AddUserInput = z.input<typeof addUserSchema>;

export interface AddUserResult {
  user: User;
  /** When no password was given: the one-time link to set it. */
  passwordReset: PasswordResetTicket | null;
}

export async function addUser(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  raw: AddUserInput,
): Promise<AddUserResult> {
  if (!canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', 'only admins may add users');
  const input = parseInput(addUserSchema, raw);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const now = deps.clock.now();
  return deps.store.transaction(async (store) => {
    if (await store.accounts.findUserByEmail(input.email))
      throw new LedeError('duplicate', `a user with the email ${input.email} exists already`, {
        field: 'email',
      });
    const user = await store.accounts.createUser({
      email: input.email,
      name: input.name,
      role: input.role,
      editions: input.editions,
      uiLanguage: input.uiLanguage ?? input.editions[0] ?? 'en',
      passwordHash,
      createdAt: now.toISOString(),
    });
    const passwordReset = passwordHash ? null : await writePasswordReset(store, user.id, now);
    await recordAudit(store, actor, 'user.add', {
      detail: { userId: user.id, email: user.email, role: user.role, editions: user.editions },
      at: now.toISOString(),
    });
    return { user: withoutSecrets(user), passwordReset };
  });
}
