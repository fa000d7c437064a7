// Signing in: argon2id hashes, the throttle's window and retry time, sessions that slide and end.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { addUser } from './add-user.js';
import { SESSION_MAX_MS } from './create-session.js';
import { login } from './login.js';
import { delayAfter, FREE_FAILURES, MAX_DELAY_MS } from './login-throttle.js';
import { logout } from './logout.js';
import { recordAudit } from './record-audit.js';
import { resolveSession } from './resolve-session.js';

let deps: TestDeps;
before(async () => {
  deps = await openTestDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

const PASSWORD = 'a good long password';

describe('login', () => {
  test('stores an argon2id hash, never the password', async () => {
    const { user } = await addUser(deps, SYSTEM, {
      email: 'hash@agency.example',
      name: 'H',
      role: 'editor',
      editions: ['en'],
      password: PASSWORD,
    });
    const stored = await deps.store.accounts.findUserById(user.id);
    assert.match(stored!.passwordHash!, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(JSON.stringify(user).includes('argon2'), false);
  });

  test('failures from one address grow its delay; the right password elsewhere still works', async () => {
    await addUser(deps, SYSTEM, {
      email: 'slow@agency.example',
      name: 'S',
      role: 'reporter',
      editions: ['az'],
      password: PASSWORD,
    });
    const attempt = (password: string, address = '192.0.2.1') =>
      login(deps, { email: 'slow@agency.example', password }, address);
    for (let i = 0; i < FREE_FAILURES.pair; i++)
      await assert.rejects(attempt('wrong'), { code: 'invalid_credentials' });
    // The delay runs from the last failure and doubles with each: 1 s, 2 s, 4 s …
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const error = await attempt(PASSWORD).catch((e: unknown) => e);
      assert.ok(error instanceof LedeError && error.code === 'too_many_attempts', String(error));
      waits.push(error.data.retryAfter as number);
      deps.clock.advance((error.data.retryAfter as number) * 1000);
      await assert.rejects(attempt('wrong'), { code: 'invalid_credentials' });
    }
    assert.deepEqual(waits, [1, 2, 4, 8]);
    // Another address has not failed for this account: no delay, the right password signs in.
    assert.equal((await attempt(PASSWORD, '192.0.2.99')).user.email, 'slow@agency.example');
    // The address that failed still waits out its delay (16 s after the 7th failure).
    await assert.rejects(attempt(PASSWORD), {
      code: 'too_many_attempts',
      data: { retryAfter: 16 },
    });
    assert.equal(delayAfter(100, 3), MAX_DELAY_MS);
  });

  test('sessions slide but end at the latest a week after sign-in; logout ends them', async () => {
    const { session } = await login(
      deps,
      { email: 'hash@agency.example', password: PASSWORD },
      '192.0.2.2',
    );
    const start = deps.clock.now().getTime();
    while (deps.clock.now().getTime() + 10 * 3600_000 < start + SESSION_MAX_MS) {
      deps.clock.advance(10 * 3600_000);
      assert.ok(await resolveSession(deps, session.token));
    }
    deps.clock.set(new Date(start + SESSION_MAX_MS));
    assert.equal(await resolveSession(deps, session.token), null);

    const again = await login(
      deps,
      { email: 'HASH@agency.example', password: PASSWORD },
      '192.0.2.2',
    );
    assert.equal(await logout(deps, again.session.token), true);
    assert.equal(await resolveSession(deps, again.session.token), null);
    assert.equal(await logout(deps, again.session.token), false);
  });

  test('the audit line lands with its transaction or not at all', async () => {
    await assert.rejects(
      deps.store.transaction(async (tx) => {
        await recordAudit(tx, SYSTEM, 'test.rolled-back', { storyId: 1, edition: 'ru' });
        throw new Error('stop');
      }),
    );
    await recordAudit(deps.store, SYSTEM, 'test.kept', {
      detail: { n: 1 },
      at: '2025-12-06T09:00:00.000Z',
    });
    const [kept] = await deps.store.audit.list({ action: 'test.kept', limit: 5 });
    assert.deepEqual(
      [kept?.actorName, kept?.detail, kept?.at],
      ['system', { n: 1 }, '2025-12-06T09:00:00.000Z'],
    );
    assert.equal((await deps.store.audit.list({ action: 'test.rolled-back', limit: 5 })).length, 0);
  });
});
