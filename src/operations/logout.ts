// Ends a signed-in session: the cookie's token stops working at once.

import { secretHash } from '../platform/secrets.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { resolveSession } from './resolve-session.js';

/** Returns whether a session ended (false for an unknown or expired token). */
export async function logout(deps: Pick<Deps, 'store' | 'clock'>, token: string): Promise<boolean> {
  const resolved = await resolveSession(deps, token);
  if (!resolved) return false;
  await deps.store.transaction(async (store) => {
    await store.accounts.deleteSession(secretHash(token));
    await recordAudit(store, resolved.actor, 'logout', { at: deps.clock.now().toISOString() });
  });
  return true;
}
