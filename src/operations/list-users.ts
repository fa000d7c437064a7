// Lists the newsroom's accounts, by name, with their two-step sign-in and last sign-in: admins only.

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import type { Deps } from './deps.js';
import { withoutSecrets } from './user-view.js';

/** An account as the Users list shows it: with whether its two-step sign-in is on. */
export interface UserListEntry extends User {
  twoFactor: boolean;
}

export async function listUsers(deps: Pick<Deps, 'store'>, actor: Actor): Promise<UserListEntry[]> {
  if (!canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', 'only admins may list users');
  const [users, enrolled] = await Promise.all([
    deps.store.accounts.listUsers(),
    deps.store.twoFactor.enrolledUserIds(),
  ]);
  return users.map((u) => ({ ...withoutSecrets(u), twoFactor: enrolled.has(u.id) }));
}
