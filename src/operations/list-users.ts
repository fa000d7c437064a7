// Lists the newsroom's accounts, by name: admins only.

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import type { Deps } from './deps.js';
import { withoutSecrets } from './user-view.js';

export async function listUsers(deps: Pick<Deps, 'store'>, actor: Actor): Promise<User[]> {
  if (!canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', 'only admins may list users');
  return (await deps.store.accounts.listUsers()).map(withoutSecrets);
}
