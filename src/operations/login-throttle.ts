// Counts failed sign-ins per account and per address; too many in a window answer 429 with a retry time.

import { LedeError } from '../domain/errors.js';
import type { Store } from '../storage/port.js';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures one account may see in the window, from anywhere. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failures one address may make in the window, across accounts (a newsroom shares one address). */
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface ThrottleKeys {
  account: string;
  address: string;
}

export function throttleKeys(emailKey: string, address: string): ThrottleKeys {
  return { account: `account:${emailKey}`, address: `address:${address}` };
}

/** Seconds until a key with these failure times drops below its limit; 0 when it is below. */
function waitSeconds(times: string[], max: number, now: Date): number {
  if (times.length < max) return 0;
  const lifts = new Date(times[times.length - max]!).getTime() + THROTTLE_WINDOW_MS;
  return Math.max(1, Math.ceil((lifts - now.getTime()) / 1000));
}

/** Throws too_many_attempts (with `retryAfter` seconds) when either key is over its limit. */
export async function checkThrottle(store: Store, keys: ThrottleKeys, now: Date): Promise<void> {
  // A failure counts while it is less than the window old.
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS + 1).toISOString();
  const [account, address] = await Promise.all([
    store.accounts.loginFailuresSince(keys.account, since),
    store.accounts.loginFailuresSince(keys.address, since),
  ]);
  const wait = Math.max(
    waitSeconds(account, MAX_FAILURES_PER_ACCOUNT, now),
    waitSeconds(address, MAX_FAILURES_PER_ADDRESS, now),
  );
  if (wait > 0)
    throw new LedeError(
      'too_many_attempts',
      `too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min`,
      { retryAfter: wait },
    );
}

export async function recordFailure(store: Store, keys: ThrottleKeys, now: Date): Promise<void> {
  const at = now.toISOString();
  const old = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  for (const key of [keys.account, keys.address]) {
    await store.accounts.clearLoginFailures(key, old);
    await store.accounts.recordLoginFailure(key, at);
  }
}
