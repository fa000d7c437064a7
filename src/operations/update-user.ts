// Changes an account: admins change anything of anyone but themselves out of office; users their name and language.

import { z } from 'zod';
import { allEditions, canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import {
  editionSchema,
  editionsSchema,
  parseInput,
  personNameSchema,
  roleSchema,
} from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { withoutSecrets } from './user-view.js';

export const updateUserSchema = z
  .object({
    name: personNameSchema.optional(),
    role: roleSchema.optional(),
    editions: editionsSchema.optional(),
    uiLanguage: editionSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** What users may change of their own account without being admins. */
const SELF_FIELDS = new Set(['name', 'uiLanguage']);

export async function updateUser(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  userId: number,
  raw: UpdateUserInput,
): Promise<User> {
  const patch = parseInput(updateUserSchema, raw);
  const admin = canSomewhere(actor, 'manage-users');
  const self = actor.kind === 'user' && actor.id === userId;
  const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
  if (!admin && !(self && fields.every((f) => SELF_FIELDS.has(f))))
    throw new LedeError(
      'forbidden',
      self ? 'only admins may change roles, editions or access' : 'only admins may change users',
    );
  if (self && admin && (patch.disabled === true || (patch.role && patch.role !== 'admin')))
    throw new LedeError(
      'invalid_input',
      'admins may not disable themselves or give up their role',
      {
        field: patch.disabled === true ? 'disabled' : 'role',
      },
    );
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const before = await store.accounts.findUserById(userId);
    if (!before) throw new LedeError('not_found', `user ${userId} does not exist`);
    const role = patch.role ?? before.role;
    const editions = patch.editions ?? before.editions;
    if (!allEditions(role) && editions.length === 0)
      throw new LedeError(
        'invalid_input',
        'editions: reporters and editors need at least one edition',
        {
          field: 'editions',
        },
      );
    const after = (await store.accounts.updateUser(userId, patch))!;
    if (patch.disabled === true) await store.accounts.deleteUserSessions(userId);
    const changes: Record<string, unknown> = {};
    for (const f of fields) changes[f] = patch[f as keyof typeof patch];
    await recordAudit(store, actor, 'user.update', {
      detail: { userId, email: after.email, changes },
      at: now,
    });
    return withoutSecrets(after);
  });
}
