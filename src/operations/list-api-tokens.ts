// Lists a user's API tokens (never the tokens themselves): the user's own, or anyone's for admins.

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { ApiTokenView } from './create-api-token.js';
import type { Deps } from './deps.js';

export async function listApiTokens(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
  userId: number,
): Promise<ApiTokenView[]> {
  const self = actor.kind === 'user' && actor.id === userId;
  if (!self && !canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', "only admins may list other users' tokens");
  const tokens = await deps.store.accounts.listApiTokens(userId);
  return tokens.map(({ hash: _hash, ...view }) => view);
}
