// The account and audit contract: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { NewUser } from './accounts-port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

const T0 = '2025-12-06T09:00:00.000Z';
let n = 0;
function newUser(over: Partial<NewUser> = {}): NewUser {
  n += 1;
  return {
    email: `person${n}@agency.example`,
    name: `Person ${n}`,
    role: 'reporter',
    editions: ['ru'],
    uiLanguage: 'ru',
    passwordHash: null,
    createdAt: T0,
    ...over,
  };
}

describe('account repo contract', () => {
  test('users: created, found by id and by email whatever its case, unique email', async () => {
    const { accounts } = t.store;
    const u = await accounts.createUser(
      newUser({ email: 'Leyla.M@Agency.example', editions: ['az', 'ru'], role: 'editor' }),
    );
    assert.equal(u.email, 'Leyla.M@Agency.example');
    assert.deepEqual(u.editions, ['az', 'ru']);
    assert.equal(u.role, 'editor');
    assert.equal(u.disabled, false);
    assert.equal(u.hasPassword, false);
    assert.equal((await accounts.findUserByEmail('  leyla.m@agency.EXAMPLE '))?.id, u.id);
    assert.equal((await accounts.findUserById(u.id))?.email, u.email);
    assert.equal(await accounts.findUserById(999_999), null);
    assert.equal(await accounts.findUserByEmail('nobody@agency.example'), null);
    await assert.rejects(accounts.createUser(newUser({ email: 'LEYLA.M@agency.example' })));
  });

  test('users: updated field by field, password hash set and cleared, listed by name', async () => {
    const { accounts } = t.store;
    const u = await accounts.createUser(newUser({ name: 'Zaur', role: 'chief', editions: [] }));
    assert.deepEqual(u.editions, []);
    const changed = await accounts.updateUser(u.id, { disabled: true, uiLanguage: 'en' });
    assert.equal(changed?.disabled, true);
    assert.equal(changed?.uiLanguage, 'en');
    assert.equal(changed?.name, 'Zaur');
    assert.equal((await accounts.updateUser(u.id, { editions: ['en'] }))?.editions[0], 'en');
    assert.equal(await accounts.updateUser(999_999, { name: 'x' }), null);
    await accounts.setPasswordHash(u.id, '$argon2id$fake');
    assert.equal((await accounts.findUserById(u.id))?.passwordHash, '$argon2id$fake');
    await accounts.setPasswordHash(u.id, null);
    assert.equal((await accounts.findUserById(u.id))?.hasPassword, false);
    await accounts.createUser(newUser({ name: 'Aysel' }));
    const names = (await accounts.listUsers()).map((x) => x.name);
    assert.deepEqual(names, [...names].sort());
  });

  test('users: the last sign-in kept on the account, null until the first', async () => {
    const { accounts } = t.store;
    const u = await accounts.createUser(newUser());
    assert.equal(u.lastSignInAt, null);
    await accounts.recordSignIn(u.id, '2025-12-06T10:00:00.000Z');
    await accounts.recordSignIn(u.id, '2025-12-07T08:30:00.000Z');
    assert.equal((await accounts.findUserById(u.id))?.lastSignInAt, '2025-12-07T08:30:00.000Z');
    const listed = (await accounts.listUsers()).find((x) => x.id === u.id);
    assert.equal(listed?.lastSignInAt, '2025-12-07T08:30:00.000Z');
  });

  test('sessions: created, slid, deleted one by one, per user, and when expired', async () => {
    const { accounts } = t.store;
    const u = await accounts.createUser(newUser());
    const s = {
      id: 'a'.repeat(64),
      userId: u.id,
      csrfToken: 'csrf',
      createdAt: T0,
      expiresAt: '2025-12-06T21:00:00.000Z',
      lastSeenAt: T0,
    };
    await accounts.createSession(s);
    await accounts.createSession({
      ...s,
      id: 'b'.repeat(64),
      expiresAt: '2025-12-06T10:00:00.000Z',
    });
    await accounts.createSession({ ...s, id: 'c'.repeat(64) });
    assert.deepEqual(await accounts.findSession(s.id), s);
    await accounts.touchSession(s.id, '2025-12-06T10:00:00.000Z', '2025-12-06T22:00:00.000Z');
    assert.equal((await accounts.findSession(s.id))?.expiresAt, '2025-12-06T22:00:00.000Z');
    assert.equal(await accounts.deleteExpiredSessions('2025-12-06T11:00:00.000Z'), 1);
    assert.equal(await accounts.findSession('b'.repeat(64)), null);
    await accounts.deleteSession('c'.repeat(64));
    assert.equal(await accounts.findSession('c'.repeat(64)), null);
    assert.equal(await accounts.deleteUserSessions(u.id), 1);
    assert.equal(await accounts.findSession(s.id), null);
  });

  test('API tokens: found by hash and id, listed newest first, revoked once', async () => {
    const { accounts } = t.store;
    const u = await accounts.createUser(newUser());
    const a = await accounts.createApiToken({
      hash: '1'.repeat(64),
      userId: u.id,
      name: 'a',
      createdAt: T0,
    });
    const b = await accounts.createApiToken({
      hash: '2'.repeat(64),
      userId: u.id,
      name: 'b',
      createdAt: T0,
    });
    assert.equal(a.revokedAt, null);
    assert.equal((await accounts.findApiTokenByHash('1'.repeat(64)))?.id, a.id);
    assert.equal((await accounts.findApiTokenById(b.id))?.name, 'b');
    assert.deepEqual(
      (await accounts.listApiTokens(u.id)).map((x) => x.name),
      ['b', 'a'],
    );
    await accounts.touchApiToken(a.id, '2025-12-06T09:05:00.000Z');
    assert.equal((await accounts.findApiTokenById(a.id))?.lastUsedAt, '2025-12-06T09:05:00.000Z');
    assert.equal(await accounts.revokeApiToken(a.id, T0), true);
    assert.equal(await accounts.revokeApiToken(a.id, T0), false);
    assert.equal((await accounts.findApiTokenById(a.id))?.revokedAt, T0);
    await assert.rejects(
      accounts.createApiToken({ hash: '2'.repeat(64), userId: u.id, name: 'dup', createdAt: T0 }),
    );
  });

  test('password resets: used only once', async () => {
    const { accounts } = t.store;
    const u = await accounts.createUser(newUser());
    await accounts.createPasswordReset({
      hash: 'r'.repeat(64),
      userId: u.id,
      createdAt: T0,
      expiresAt: T0,
    });
    assert.equal((await accounts.findPasswordReset('r'.repeat(64)))?.usedAt, null);
    assert.equal(await accounts.usePasswordReset('r'.repeat(64), T0), true);
    assert.equal(await accounts.usePasswordReset('r'.repeat(64), T0), false);
    assert.equal((await accounts.findPasswordReset('r'.repeat(64)))?.usedAt, T0);
    assert.equal(await accounts.findPasswordReset('x'), null);
  });

  test('login failures: counted since a time, in order, cleared before a time or all', async () => {
    const { accounts } = t.store;
    for (const at of [
      '2025-12-06T09:10:00.000Z',
      '2025-12-06T09:00:00.000Z',
      '2025-12-06T09:20:00.000Z',
    ])
      await accounts.recordLoginFailure('account:x', at);
    await accounts.recordLoginFailure('address:1.2.3.4', T0);
    assert.deepEqual(await accounts.loginFailuresSince('account:x', '2025-12-06T09:05:00.000Z'), [
      '2025-12-06T09:10:00.000Z',
      '2025-12-06T09:20:00.000Z',
    ]);
    await accounts.clearLoginFailures('account:x', '2025-12-06T09:15:00.000Z');
    assert.deepEqual(await accounts.loginFailuresSince('account:x', T0), [
      '2025-12-06T09:20:00.000Z',
    ]);
    await accounts.clearLoginFailures('account:x');
    assert.deepEqual(await accounts.loginFailuresSince('account:x', T0), []);
    assert.equal((await accounts.loginFailuresSince('address:1.2.3.4', T0)).length, 1);
  });

  test('a rolled-back transaction leaves no account behind', async () => {
    const email = 'rollback@agency.example';
    await assert.rejects(
      t.store.transaction(async (tx) => {
        await tx.accounts.createUser(newUser({ email }));
        await tx.audit.append({
          at: T0,
          actorUserId: null,
          actorName: 'system',
          action: 'user.add',
          storyId: null,
          edition: null,
          detail: {},
        });
        throw new Error('stop');
      }),
    );
    assert.equal(await t.store.accounts.findUserByEmail(email), null);
    assert.equal((await t.store.audit.list({ action: 'user.add', limit: 10 })).length, 0);
  });
});

describe('audit repo contract', () => {
  test('appended entries come back newest first, filtered, a page at a time', async () => {
    const { audit, accounts } = t.store;
    const u = await accounts.createUser(newUser());
    const base = {
      at: T0,
      actorUserId: u.id,
      actorName: u.name,
      storyId: null,
      edition: null,
      detail: {},
    };
    const first = await audit.append({
      ...base,
      action: 'story.publish',
      storyId: 7,
      edition: 'ru',
    });
    await audit.append({
      ...base,
      action: 'story.submit',
      storyId: 7,
      edition: 'ru',
      detail: { note: 'Ёлка «ok»' },
    });
    await audit.append({
      ...base,
      action: 'story.publish',
      storyId: 8,
      edition: 'az',
      actorUserId: null,
      actorName: 'system',
    });
    assert.equal(typeof first.id, 'number');
    const story7 = await audit.list({ storyId: 7, limit: 10 });
    assert.deepEqual(
      story7.map((e) => e.action),
      ['story.submit', 'story.publish'],
    );
    assert.deepEqual(story7[0]?.detail, { note: 'Ёлка «ok»' });
    assert.equal(story7[0]?.edition, 'ru');
    assert.equal((await audit.list({ actorUserId: u.id, limit: 10 })).length, 2);
    assert.equal(
      (await audit.list({ action: 'story.publish', edition: 'az', limit: 10 }))[0]?.actorUserId,
      null,
    );
    const page1 = await audit.list({ storyId: 7, limit: 1 });
    const page2 = await audit.list({ storyId: 7, limit: 1, beforeId: page1[0]!.id });
    assert.equal(page2[0]?.id, first.id);
  });
});
