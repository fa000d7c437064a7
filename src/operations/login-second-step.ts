// The second step of a sign-in with two-factor on: a short-lived pending token (not a session)
// traded, with an app code or a recovery code, for a session; wrong codes slow down like passwords.

import { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import { actorOf, emailKey, type User } from '../domain/user.js';
import { newSecret, secretHash } from '../platform/secrets.js';
import type { Store } from '../storage/port.js';
import { parseInput } from './account-schema.js';
import { createSession, type NewSession } from './create-session.js';
import type { Deps } from './deps.js';
import { checkThrottle, clearFailures, recordFailure, throttleKeys } from './login-throttle.js';
import { recordAudit } from './record-audit.js';
import { codeSchema, useSecondFactor } from './two-factor.js';
import { withoutSecrets } from './user-view.js';

/** How long the second step waits for its code. */
export const SECOND_STEP_MS = 5 * 60 * 1000;

export interface PendingSignIn {
  /** Sent back with the code; only its hash is stored. */
  token: string;
  expiresAt: string;
}

export async function startSecondStep(
  store: Store,
  userId: number,
  now: Date,
): Promise<PendingSignIn> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SECOND_STEP_MS).toISOString();
  await store.twoFactor.deleteExpiredChallenges(now.toISOString());
  await store.twoFactor.createChallenge({
    id: secretHash(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, expiresAt };
}

export const secondStepSchema = z
  .object({ challenge: z.string().min(1).max(200), code: codeSchema })
  .strict();
export type SecondStepInput = z.input<typeof secondStepSchema>;

/** `address` is the client's IP address, as the HTTP layer sees it. */
export async function completeSecondStep(
  deps: Pick<Deps, 'store' | 'clock'>,
  raw: SecondStepInput,
  address: string,
): Promise<{ user: User; session: NewSession }> {
  const input = parseInput(secondStepSchema, raw);
  const now = deps.clock.now();
  const expired = new LedeError('unauthenticated', 'the sign-in has expired; sign in again');
  const challenge = await deps.store.twoFactor.findChallenge(secretHash(input.challenge));
  if (!challenge || challenge.expiresAt <= now.toISOString()) throw expired;
  const found = await deps.store.accounts.findUserById(challenge.userId);
  if (!found || found.disabled) throw expired;
  const keys = throttleKeys(emailKey(found.email), address);
  await checkThrottle(deps.store, keys, now);

  const result = await deps.store.transaction(async (store) => {
    const how = await useSecondFactor(store, found.id, input.code, now);
    if (!how) return null;
    await store.twoFactor.deleteChallenge(challenge.id);
    await clearFailures(store, keys);
    const user = withoutSecrets(found);
    const session = await createSession(store, user, now);
    const at = now.toISOString();
    await store.accounts.recordSignIn(user.id, at);
    await recordAudit(store, actorOf(user), 'login', {
      detail: { address, secondFactor: how },
      at,
    });
    if (how === 'recovery')
      await recordAudit(store, actorOf(user), 'two-factor.recovery-used', {
        detail: { userId: user.id, left: await store.twoFactor.unusedRecoveryCodes(user.id) },
        at,
      });
    return { user, session };
  });
  if (result) return result;

  await deps.store.transaction(async (store) => {
    await recordFailure(store, keys, now);
    await recordAudit(store, actorOf(withoutSecrets(found)), 'login.failed', {
      detail: { email: found.email, address, step: 'two-factor' },
      at: now.toISOString(),
    });
  });
  throw new LedeError('invalid_code', 'the code is wrong, used already or out of its time');
}
