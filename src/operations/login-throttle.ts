// Slows failed sign-ins with growing delays per account+address, per account and per address; never a lock-out.

import { LedeError } from '../domain/errors.js';
import type { Store } from '../storage/port.js';

/** Failures are remembered this long. */
export const THROTTLE_WINDOW_MS = 60 * 60 * 1000;
/** The longest delay any key can impose. */
export const MAX_DELAY_MS = 15 * 60 * 1000;

/**
 * Free failures per key, then the delay after the last failure doubles from one second: the
 * account from this address; the account from anywhere (many addresses); this address across
 * accounts (a newsroom shares one office address, so it is generous).
 */
export const FREE_FAILURES = { pair: 3, account: 10, address: 30 } as const;

export interface ThrottleKeys {
  /** This account from this address. */
  pair: string;
  /** This account from anywhere. */
  account: string;
  /** This address, whatever the account. */
  address: string;
}

export function throttleKeys(emailKey: string, address: string): ThrottleKeys {
  return {
    pair: `pair:${emailKey}|${address}`,
    account: `account:${emailKey}`,
    address: `address:${address}`,
  };
}

/** The delay (ms) after `count` failures with `free` free ones: 0, then 1 s, 2 s, 4 s … 15 min. */
export function delayAfter(count: number, free: number): number {
  if (count < free) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(30, count - free));
}

function waitMs(times: string[], free: number, now: Date): number {
  const last = times[times.length - 1];
  if (!last) return 0;
  return new Date(last).getTime() + delayAfter(times.length, free) - now.getTime();
}

/**
 * Throws too_many_attempts (with `retryAfter` seconds) while a delay runs. An attempt from an
 * address that has not failed for this account in the window is never delayed: the right password
 * from elsewhere always gets through, and one address cannot hold back another person's account.
 */
export async function checkThrottle(store: Store, keys: ThrottleKeys, now: Date): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS + 1).toISOString();
  const pair = await store.accounts.loginFailuresSince(keys.pair, since);
  if (pair.length === 0) return;
  const [account, address] = await Promise.all([
    store.accounts.loginFailuresSince(keys.account, since),
    store.accounts.loginFailuresSince(keys.address, since),
  ]);
  const wait = Math.max(
    waitMs(pair, FREE_FAILURES.pair, now),
    waitMs(account, FREE_FAILURES.account, now),
    waitMs(address, FREE_FAILURES.address, now),
  );
  if (wait > 0) {
    const seconds = Math.max(1, Math.ceil(wait / 1000));
    throw new LedeError(
      'too_many_attempts',
      `too many failed sign-ins; try again in ${seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`}`,
      { retryAfter: seconds },
    );
  }
}

export async function recordFailure(store: Store, keys: ThrottleKeys, now: Date): Promise<void> {
  const at = now.toISOString();
  const old = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  for (const key of [keys.pair, keys.account, keys.address]) {
    await store.accounts.clearLoginFailures(key, old);
    await store.accounts.recordLoginFailure(key, at);
  }
}

/** After the right password: this account's failures are forgotten (the address's stay). */
export async function clearFailures(store: Store, keys: ThrottleKeys): Promise<void> {
  await store.accounts.clearLoginFailures(keys.pair);
  await store.accounts.clearLoginFailures(keys.account);
}
