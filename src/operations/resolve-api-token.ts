// Finds who an `Authorization: Bearer` token acts for; revoked tokens and disabled users get nothing.

import type { UserActor } from '../domain/actor.js';
import { actorOf, type User } from '../domain/user.js';
import { secretHash } from '../platform/secrets.js';
import { API_TOKEN_PREFIX } from './create-api-token.js';
import type { Deps } from './deps.js';
import { withoutSecrets } from './user-view.js';

/** Last-used times are written at most once a minute per token. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface ResolvedToken {
  actor: UserActor;
  user: User;
  tokenId: number;
}

export async function resolveApiToken(
  deps: Pick<Deps, 'store' | 'clock'>,
  token: string,
): Promise<ResolvedToken | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const record = await deps.store.accounts.findApiTokenByHash(secretHash(token));
  if (!record || record.revokedAt !== null) return null;
  const user = await deps.store.accounts.findUserById(record.userId);
  if (!user || user.disabled) return null;
  const now = deps.clock.now();
  if (!record.lastUsedAt || now.getTime() - new Date(record.lastUsedAt).getTime() >= TOUCH_EVERY_MS)
    await deps.store.accounts.touchApiToken(record.id, now.toISOString());
  const plain = withoutSecrets(user);
  return { actor: actorOf(plain), user: plain, tokenId: record.id };
}
