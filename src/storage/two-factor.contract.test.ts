// The two-factor contract: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

const T0 = '2025-12-06T09:00:00.000Z';
const T1 = '2025-12-06T09:05:00.000Z';

async function person(email: string) {
  return t.store.accounts.createUser({
    email,
    name: email,
    role: 'editor',
    editions: ['az'],
    uiLanguage: 'az',
    passwordHash: null,
    createdAt: T0,
  });
}

describe('two-factor repo contract', () => {
  test('the users enrolled: a confirmed enrolment only, gone when removed', async () => {
    const { twoFactor } = t.store;
    const pending = await person('enrol-pending@agency.example');
    const on = await person('enrol-on@agency.example');
    await twoFactor.putPending(pending.id, 'B'.repeat(32), T0);
    await twoFactor.putPending(on.id, 'C'.repeat(32), T0);
    await twoFactor.confirm(on.id, T1, 1);
    const enrolled = await twoFactor.enrolledUserIds();
    assert.equal(enrolled.has(on.id), true);
    assert.equal(enrolled.has(pending.id), false);
    await twoFactor.remove(on.id);
    assert.equal((await twoFactor.enrolledUserIds()).has(on.id), false);
  });

  test('pending, confirmed once, steps only forward, removed with its codes', async () => {
    const { twoFactor } = t.store;
    const u = await person('steps@agency.example');
    assert.equal(await twoFactor.find(u.id), null);
    await twoFactor.putPending(u.id, 'A'.repeat(32), T0);
    assert.deepEqual(await twoFactor.find(u.id), {
      userId: u.id,
      secret: 'A'.repeat(32),
      createdAt: T0,
      confirmedAt: null,
      lastStep: null,
    });
    // A step number past 2^31 (real ones are about 58 million; a bigint column either way).
    assert.equal(await twoFactor.confirm(u.id, T1, 3_000_000_000), true);
    assert.equal(await twoFactor.confirm(u.id, T1, 3_000_000_001), false);
    assert.equal((await twoFactor.find(u.id))?.lastStep, 3_000_000_000);
    assert.equal(await twoFactor.useStep(u.id, 3_000_000_000), false);
    assert.equal(await twoFactor.useStep(u.id, 2_999_999_999), false);
    assert.equal(await twoFactor.useStep(u.id, 3_000_000_001), true);
    await twoFactor.replaceRecoveryCodes(u.id, ['h1', 'h2'], T1);
    assert.equal(await twoFactor.remove(u.id), true);
    assert.equal(await twoFactor.remove(u.id), false);
    assert.equal(await twoFactor.unusedRecoveryCodes(u.id), 0);
  });

  test("recovery codes: each once, only the owner's", async () => {
    const { twoFactor } = t.store;
    const a = await person('codes-a@agency.example');
    const b = await person('codes-b@agency.example');
    await twoFactor.replaceRecoveryCodes(a.id, ['x1', 'x2', 'x3'], T0);
    assert.equal(await twoFactor.useRecoveryCode(b.id, 'x1', T1), false);
    assert.equal(await twoFactor.useRecoveryCode(a.id, 'x1', T1), true);
    assert.equal(await twoFactor.useRecoveryCode(a.id, 'x1', T1), false);
    assert.equal(await twoFactor.unusedRecoveryCodes(a.id), 2);
    await twoFactor.replaceRecoveryCodes(a.id, ['y1'], T1);
    assert.equal(await twoFactor.useRecoveryCode(a.id, 'x2', T1), false);
    assert.equal(await twoFactor.unusedRecoveryCodes(a.id), 1);
  });

  test('pending sign-ins and required roles', async () => {
    const { twoFactor } = t.store;
    const u = await person('pending@agency.example');
    await twoFactor.createChallenge({ id: 'c1', userId: u.id, createdAt: T0, expiresAt: T1 });
    assert.deepEqual(await twoFactor.findChallenge('c1'), {
      id: 'c1',
      userId: u.id,
      createdAt: T0,
      expiresAt: T1,
    });
    await twoFactor.deleteExpiredChallenges(T0);
    assert.ok(await twoFactor.findChallenge('c1'));
    await twoFactor.deleteExpiredChallenges('2025-12-06T10:00:00.000Z');
    assert.equal(await twoFactor.findChallenge('c1'), null);

    assert.deepEqual(await twoFactor.requiredRoles(), []);
    await twoFactor.setRequiredRoles(['chief', 'admin'], T0);
    assert.deepEqual(await twoFactor.requiredRoles(), ['admin', 'chief']);
    await twoFactor.setRequiredRoles([], T1);
    assert.deepEqual(await twoFactor.requiredRoles(), []);
  });
});
