// After a password change: the user's other sessions end and every API token is revoked.

import type { Store } from '../storage/port.js';

export interface Revoked {
  /** Sessions that ended (the kept one is not counted). */
  sessions: number;
  tokens: number;
}

/** Runs inside the caller's transaction; `keepSessionId` stays signed in (the one making the change). */
export async function revokeCredentials(
  store: Store,
  userId: number,
  at: string,
  keepSessionId?: string,
): Promise<Revoked> {
  const keep = keepSessionId ? await store.accounts.findSession(keepSessionId) : null;
  let sessions = await store.accounts.deleteUserSessions(userId);
  if (keep && keep.userId === userId) {
    await store.accounts.createSession(keep);
    sessions -= 1;
  }
  let tokens = 0;
  for (const token of await store.accounts.listApiTokens(userId))
    if (token.revokedAt === null && (await store.accounts.revokeApiToken(token.id, at))) tokens++;
  return { sessions, tokens };
}
