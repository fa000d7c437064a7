// Finds one account by id or email: yourself, or anyone for admins.

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { emailKey, type User } from '../domain/user.js';
import type { Deps } from './deps.js';
import { withoutSecrets } from './user-view.js';

export async function findUser(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
  by: { id: number } | { email: string },
): Promise<User> {
  const found =
    'id' in by
      ? await deps.store.accounts.findUserById(by.id)
      : await deps.store.accounts.findUserByEmail(by.email);
  const self =
    actor.kind === 'user' &&
    ('id' in by ? actor.id === by.id : found !== null && found.id === actor.id);
  const what = 'id' in by ? `user ${by.id}` : `user ${emailKey(by.email)}`;
  if (!self && !canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', `may not look up ${what}`);
  if (!found) throw new LedeError('not_found', `${what} does not exist`);
  return withoutSecrets(found);
}
