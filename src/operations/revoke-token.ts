// Revokes an API token at once: its owner or an admin may.

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';

export async function revokeToken(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  tokenId: number,
): Promise<void> {
  const token = await deps.store.accounts.findApiTokenById(tokenId);
  const own = token !== null && actor.kind === 'user' && actor.id === token.userId;
  if (!token || (!own && !canSomewhere(actor, 'manage-users')))
    throw new LedeError('not_found', `token ${tokenId} does not exist`);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    if (!(await store.accounts.revokeApiToken(tokenId, now)))
      throw new LedeError('conflict', `token ${tokenId} was revoked already`);
    await recordAudit(store, actor, 'token.revoke', {
      detail: { tokenId, userId: token.userId, name: token.name },
      at: now,
    });
  });
}
