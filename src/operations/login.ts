// Signs a person in with email and password: failures slow down with growing delays, then a new session.

import { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import { actorOf, emailKey, type User } from '../domain/user.js';
import { verifyPassword } from '../platform/secrets.js';
import { parseInput } from './account-schema.js';
import { createSession, type NewSession } from './create-session.js';
import { startSecondStep, type PendingSignIn } from './login-second-step.js';
import type { Deps } from './deps.js';
import { checkThrottle, clearFailures, recordFailure, throttleKeys } from './login-throttle.js';
import { recordAudit } from './record-audit.js';
import { withoutSecrets } from './user-view.js';

export const loginSchema = z
  .object({
    email: z.string().trim().min(1, 'must not be empty').max(320),
    password: z.string().min(1, 'must not be empty').max(1000),
  })
  .strict();
export type LoginInput = z.input<typeof loginSchema>;

export interface LoginResult {
  user: User;
  session: NewSession;
}

/** Signed in; or, for a user with two-factor on, the pending token of the second step. */
export type SignInResult =
  | (LoginResult & { challenge?: undefined })
  | { challenge: PendingSignIn; user?: undefined; session?: undefined };

/**
 * Signs in a user without two-factor sign-in; for one with it on, refuses (sign in through
 * `signIn` and `completeSecondStep`).
 */
export async function login(
  deps: Pick<Deps, 'store' | 'clock'>,
  raw: LoginInput,
  address: string,
): Promise<LoginResult> {
  const result = await signIn(deps, raw, address);
  if (result.challenge)
    throw new LedeError('invalid_code', 'this account needs a second-step code');
  return result;
}

/** `address` is the client's IP address, as the HTTP layer sees it. */
export async function signIn(
  deps: Pick<Deps, 'store' | 'clock'>,
  raw: LoginInput,
  address: string,
): Promise<SignInResult> {
  const input = parseInput(loginSchema, raw);
  const now = deps.clock.now();
  const keys = throttleKeys(emailKey(input.email), address);
  await checkThrottle(deps.store, keys, now);

  const found = await deps.store.accounts.findUserByEmail(input.email);
  // Unknown emails verify against a decoy hash: as slow as a wrong password.
  const ok = await verifyPassword(found?.passwordHash ?? null, input.password);
  if (!found || !ok || found.disabled) {
    await deps.store.transaction(async (store) => {
      await recordFailure(store, keys, now);
      await recordAudit(
        store,
        found ? actorOf(found) : { kind: 'system', name: 'anonymous' },
        'login.failed',
        {
          detail: { email: input.email, address },
          at: now.toISOString(),
        },
      );
    });
    throw new LedeError('invalid_credentials', 'wrong email or password');
  }

  const twoFactor = await deps.store.twoFactor.find(found.id);
  if (twoFactor?.confirmedAt)
    return { challenge: await startSecondStep(deps.store, found.id, now) };

  return deps.store.transaction(async (store) => {
    await clearFailures(store, keys);
    const user = withoutSecrets(found);
    const session = await createSession(store, user, now);
    await store.accounts.recordSignIn(user.id, now.toISOString());
    await recordAudit(store, actorOf(user), 'login', {
      detail: { address },
      at: now.toISOString(),
    });
    return { user, session };
  });
}
