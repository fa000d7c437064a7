// Two-factor sign-in: enrolment, codes within their window only and once, recovery codes once,
// throttled wrong codes, turning it off with the password, an admin's reset, required roles.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { actorOf } from '../domain/user.js';
import { totpCode } from '../platform/totp.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { addUser } from './add-user.js';
import { signIn } from './login.js';
import { completeSecondStep } from './login-second-step.js';
import { FREE_FAILURES } from './login-throttle.js';
import { resolveSession } from './resolve-session.js';
import {
  confirmTwoFactor,
  disableTwoFactor,
  resetTwoFactor,
  setTwoFactorRoles,
  startTwoFactor,
  twoFactorStatus,
} from './two-factor.js';

let deps: TestDeps;
before(async () => {
  deps = await openTestDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

const PASSWORD = 'a good long password';
const epoch = () => Math.floor(deps.clock.now().getTime() / 1000);

async function enrolled(email: string) {
  const { user } = await addUser(deps, SYSTEM, {
    email,
    name: email.split('@')[0]!,
    role: 'editor',
    editions: ['az'],
    password: PASSWORD,
  });
  const actor = actorOf(user);
  const { secret, uri, qrSvg } = await startTwoFactor(deps, actor);
  assert.match(uri, /^otpauth:\/\/totp\//);
  assert.ok(uri.includes(`secret=${secret}`));
  assert.match(qrSvg, /^<svg[\s\S]*<\/svg>\s*$/);
  const { recoveryCodes } = await confirmTwoFactor(deps, actor, await totpCode(secret, epoch()));
  // The next code is of a later step: the enrolment's code is used.
  deps.clock.advance(30_000);
  return { user, actor, secret, recoveryCodes };
}

async function challenge(email: string, address = '198.51.100.7') {
  const result = await signIn(deps, { email, password: PASSWORD }, address);
  assert.ok(result.challenge, 'a second step is asked for');
  assert.equal(result.session, undefined);
  return result.challenge.token;
}

describe('two-factor sign-in', () => {
  test('enrolment: a wrong first code is refused; the secret is never answered again', async () => {
    const { user } = await addUser(deps, SYSTEM, {
      email: 'first@agency.example',
      name: 'F',
      role: 'reporter',
      editions: ['en'],
      password: PASSWORD,
    });
    const actor = actorOf(user);
    const { secret } = await startTwoFactor(deps, actor);
    const wrong = (Number(await totpCode(secret, epoch())) + 1) % 1_000_000;
    await assert.rejects(confirmTwoFactor(deps, actor, String(wrong).padStart(6, '0')), {
      code: 'invalid_code',
    });
    assert.equal((await twoFactorStatus(deps.store, user)).enabled, false);
    const { recoveryCodes } = await confirmTwoFactor(deps, actor, await totpCode(secret, epoch()));
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    const status = await twoFactorStatus(deps.store, user);
    assert.deepEqual(status, {
      enabled: true,
      required: false,
      mustEnrol: false,
      recoveryCodesLeft: 10,
    });
    // On: starting again is refused, so the stored secret is never handed out again.
    await assert.rejects(startTwoFactor(deps, actor), { code: 'duplicate' });
    const audit = await deps.store.audit.list({ actorUserId: user.id, limit: 10 });
    assert.ok(audit.some((e) => e.action === 'two-factor.enrol'));
    assert.equal(JSON.stringify(audit).includes(secret), false);
  });

  test('a code of this step or the next or last is taken; two steps away it is refused', async () => {
    const { secret } = await enrolled('window@agency.example');
    const email = 'window@agency.example';
    for (const offset of [-30, 0, 30]) {
      deps.clock.advance(90_000);
      const code = await totpCode(secret, epoch() + offset);
      const { session } = await completeSecondStep(
        deps,
        { challenge: await challenge(email), code },
        '198.51.100.7',
      );
      assert.ok(await resolveSession(deps, session.token), `offset ${offset}s signs in`);
    }
    for (const offset of [-90, 60, 90]) {
      deps.clock.advance(150_000);
      const code = await totpCode(secret, epoch() + offset);
      await assert.rejects(
        completeSecondStep(deps, { challenge: await challenge(email), code }, '198.51.100.7'),
        { code: 'invalid_code' },
        `offset ${offset}s is refused`,
      );
    }
  });

  test('a code is taken once in its window, and a pending sign-in is not a session', async () => {
    const { secret } = await enrolled('replay@agency.example');
    const email = 'replay@agency.example';
    const pending = await challenge(email);
    assert.equal(await resolveSession(deps, pending), null);
    const code = await totpCode(secret, epoch());
    await completeSecondStep(deps, { challenge: pending, code }, '198.51.100.7');
    // The same code again, on a new sign-in, within the same 30 seconds.
    await assert.rejects(
      completeSecondStep(deps, { challenge: await challenge(email), code }, '198.51.100.7'),
      { code: 'invalid_code' },
    );
    // The pending token is gone once used.
    deps.clock.advance(30_000);
    await assert.rejects(
      completeSecondStep(
        deps,
        { challenge: pending, code: await totpCode(secret, epoch()) },
        '198.51.100.7',
      ),
      { code: 'unauthenticated' },
    );
  });

  test('a pending sign-in expires after five minutes', async () => {
    const { secret } = await enrolled('late@agency.example');
    const pending = await challenge('late@agency.example');
    deps.clock.advance(5 * 60_000 + 1000);
    await assert.rejects(
      completeSecondStep(
        deps,
        { challenge: pending, code: await totpCode(secret, epoch()) },
        '198.51.100.7',
      ),
      { code: 'unauthenticated' },
    );
  });

  test('a recovery code signs in once, and its use is in the audit log', async () => {
    const { user, recoveryCodes } = await enrolled('lost@agency.example');
    const email = 'lost@agency.example';
    const code = recoveryCodes[3]!;
    await completeSecondStep(
      deps,
      { challenge: await challenge(email), code: code.toUpperCase() },
      '198.51.100.7',
    );
    await assert.rejects(
      completeSecondStep(deps, { challenge: await challenge(email), code }, '198.51.100.7'),
      { code: 'invalid_code' },
    );
    assert.equal((await twoFactorStatus(deps.store, user)).recoveryCodesLeft, 9);
    const used = await deps.store.audit.list({ action: 'two-factor.recovery-used', limit: 5 });
    assert.equal(used[0]?.actorUserId, user.id);
    assert.deepEqual(used[0]?.detail, { userId: user.id, left: 9 });
  });

  test('wrong codes slow down like wrong passwords; another address is not held back', async () => {
    const { secret } = await enrolled('guess@agency.example');
    const email = 'guess@agency.example';
    const pending = await challenge(email, '203.0.113.9');
    for (let i = 0; i < FREE_FAILURES.pair; i++)
      await assert.rejects(
        completeSecondStep(deps, { challenge: pending, code: '000000' }, '203.0.113.9'),
        { code: 'invalid_code' },
      );
    const error = await completeSecondStep(
      deps,
      { challenge: pending, code: await totpCode(secret, epoch()) },
      '203.0.113.9',
    ).catch((e: unknown) => e);
    assert.ok(error instanceof LedeError && error.code === 'too_many_attempts', String(error));
    // The owner, elsewhere, signs in.
    const { session } = await completeSecondStep(
      deps,
      { challenge: await challenge(email, '192.0.2.44'), code: await totpCode(secret, epoch()) },
      '192.0.2.44',
    );
    assert.ok(session.token);
  });

  test('turning it off needs the password; an admin reset removes it and is audited', async () => {
    const { user, actor } = await enrolled('off@agency.example');
    await assert.rejects(disableTwoFactor(deps, actor, 'not the password'), {
      code: 'invalid_credentials',
    });
    assert.equal((await twoFactorStatus(deps.store, user)).enabled, true);
    await disableTwoFactor(deps, actor, PASSWORD);
    assert.equal((await twoFactorStatus(deps.store, user)).enabled, false);
    const plain = await signIn(deps, { email: 'off@agency.example', password: PASSWORD }, '::1');
    assert.ok(plain.session, 'the password alone signs in again');

    const other = await enrolled('reset@agency.example');
    await assert.rejects(resetTwoFactor(deps, actor, 'reset@agency.example'), {
      code: 'forbidden',
    });
    assert.deepEqual(await resetTwoFactor(deps, SYSTEM, 'reset@agency.example'), {
      userId: other.user.id,
      removed: true,
    });
    const actions = (await deps.store.audit.list({ limit: 20 })).map((e) => e.action);
    assert.ok(actions.includes('two-factor.disable'));
    assert.ok(actions.includes('two-factor.reset'));
  });

  test('a role that requires it: its users without it must enrol; admins alone set it', async () => {
    const { user } = await addUser(deps, SYSTEM, {
      email: 'chief@agency.example',
      name: 'C',
      role: 'chief',
      editions: [],
      password: PASSWORD,
    });
    await assert.rejects(setTwoFactorRoles(deps, actorOf(user), ['chief']), { code: 'forbidden' });
    assert.deepEqual(await setTwoFactorRoles(deps, SYSTEM, ['chief', 'admin', 'chief']), [
      'admin',
      'chief',
    ]);
    const { session } = await signIn(
      deps,
      { email: 'chief@agency.example', password: PASSWORD },
      '::1',
    );
    assert.ok(session);
    assert.equal((await resolveSession(deps, session.token))?.mustEnrolTwoFactor, true);
    const { secret } = await startTwoFactor(deps, actorOf(user));
    await confirmTwoFactor(deps, actorOf(user), await totpCode(secret, epoch()));
    assert.equal((await resolveSession(deps, session.token))?.mustEnrolTwoFactor, false);
    await setTwoFactorRoles(deps, SYSTEM, []);
  });
});
