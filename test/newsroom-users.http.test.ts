// User administration, set-password links, password changes and the audit log over HTTP, on either database.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { totpCode } from '../src/platform/totp.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { newsroomClient, PASSWORD, type Signed } from './support/newsroom-client.js';

let t: TestApp;
let c: ReturnType<typeof newsroomClient>;

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  c = newsroomClient(t);
});
after(async () => {
  await t.dispose();
});

describe('user administration', () => {
  test('an admin adds a user without a password; the one-time link sets it once', async () => {
    const admin = await c.signIn('admin');
    const added = await c.asSession(admin, 'POST', '/api/users', {
      email: 'Nigar@Agency.example',
      name: 'Nigar',
      role: 'reporter',
      editions: ['az'],
    });
    assert.equal(added.statusCode, 201, added.body);
    const body = added.json<{
      user: { id: number; hasPassword: boolean };
      setPassword: { url: string };
    }>();
    assert.equal(body.user.hasPassword, false);
    const url = new URL(body.setPassword.url);
    assert.equal(url.pathname, '/newsroom/set-password');
    const token = url.searchParams.get('token')!;

    const dup = await c.asSession(admin, 'POST', '/api/users', {
      email: 'nigar@agency.example',
      name: 'Other',
      role: 'reporter',
      editions: ['az'],
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json<{ field: string }>().field, 'email');

    const short = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { token, password: 'short' },
    });
    assert.equal(short.json<{ field: string }>().field, 'password');
    const set = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { token, password: 'a long new password' },
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json<{ email: string }>().email, 'Nigar@Agency.example');
    const reuse = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { token, password: 'another long password' },
    });
    assert.equal(reuse.statusCode, 400);
    assert.equal(reuse.json<{ field: string }>().field, 'token');
    assert.equal(
      (await c.login('nigar@agency.example', 'a long new password', '10.5.0.1')).statusCode,
      200,
    );
  });

  test('a new set-password link cancels the earlier one', async () => {
    const admin = await c.signIn('admin');
    const added = await c.asSession(admin, 'POST', '/api/users', {
      email: 'twice@agency.example',
      name: 'Twice',
      role: 'editor',
      editions: ['en'],
    });
    const { user } = added.json<{ user: { id: number } }>();
    const tokenOf = (url: string) => new URL(url).searchParams.get('token');
    const first = tokenOf(added.json<{ setPassword: { url: string } }>().setPassword.url);
    const again = await c.asSession(admin, 'POST', `/api/users/${user.id}/set-password-link`);
    const second = tokenOf(again.json<{ url: string }>().url);
    const set = (token: string | null) =>
      t.lede.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { token, password: 'a long new password' },
      });
    const earlier = await set(first);
    assert.equal(earlier.statusCode, 400);
    assert.equal(earlier.json<{ field: string }>().field, 'token');
    assert.equal((await set(second)).statusCode, 200);
  });

  test('an expired set-password link does not work; a new one can be issued', async () => {
    const admin = await c.signIn('admin');
    const added = await c.asSession(admin, 'POST', '/api/users', {
      email: 'late@agency.example',
      name: 'Late',
      role: 'editor',
      editions: ['en'],
    });
    const { user } = added.json<{ user: { id: number } }>();
    const old = new URL(
      added.json<{ setPassword: { url: string } }>().setPassword.url,
    ).searchParams.get('token');
    t.clock.advance(73 * 3600_000);
    const expired = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { token: old, password: 'a long new password' },
    });
    assert.equal(expired.statusCode, 400);
    const admin2 = await c.signIn('admin');
    const fresh = await c.asSession(admin2, 'POST', `/api/users/${user.id}/set-password-link`);
    assert.equal(fresh.statusCode, 200, fresh.body);
    const token = new URL(fresh.json<{ url: string }>().url).searchParams.get('token');
    const set = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { token, password: 'a long new password' },
    });
    assert.equal(set.statusCode, 200);
  });

  test('admins list and change users; disabling signs the user out', async () => {
    const admin = await c.signIn('admin');
    const editor = await c.signIn('editor', ['ru']);
    const list = await c.asSession(admin, 'GET', '/api/users');
    assert.equal(list.statusCode, 200);
    const items = list.json<{ items: { email: string; passwordHash?: string }[] }>().items;
    assert.ok(items.some((u) => u.email === editor.user.email));
    assert.ok(items.every((u) => u.passwordHash === undefined));

    const promoted = await c.asSession(admin, 'PATCH', `/api/users/${editor.user.id}`, {
      role: 'chief',
      editions: [],
    });
    assert.equal(promoted.statusCode, 200, promoted.body);
    const me = await c.asSession(editor, 'GET', '/api/auth/me');
    assert.equal(me.json<{ user: { role: string } }>().user.role, 'chief');

    const reporterNoEdition = await c.asSession(admin, 'PATCH', `/api/users/${editor.user.id}`, {
      role: 'reporter',
    });
    assert.equal(reporterNoEdition.statusCode, 400);

    const selfDisable = await c.asSession(admin, 'PATCH', `/api/users/${admin.user.id}`, {
      disabled: true,
    });
    assert.equal(selfDisable.statusCode, 400);

    const disabled = await c.asSession(admin, 'PATCH', `/api/users/${editor.user.id}`, {
      disabled: true,
    });
    assert.equal(disabled.json<{ user: { disabled: boolean } }>().user.disabled, true);
    assert.equal((await c.asSession(editor, 'GET', '/api/auth/me')).statusCode, 401);
    assert.equal((await c.login(editor.user.email, PASSWORD, '10.6.0.1')).statusCode, 401);
    assert.equal((await c.asSession(admin, 'GET', '/api/users/999999')).statusCode, 404);
  });

  test('users change their own name and language, not their role', async () => {
    const s = await c.signIn('reporter', ['az']);
    const ok = await c.asSession(s, 'PATCH', '/api/auth/me', { name: 'Renamed', uiLanguage: 'en' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json<{ user: { uiLanguage: string } }>().user.uiLanguage, 'en');
    const role = await c.asSession(s, 'PATCH', '/api/auth/me', { role: 'admin' });
    assert.equal(role.statusCode, 400);
    assert.equal(
      (await c.asSession(s, 'PATCH', `/api/users/${s.user.id}`, { role: 'admin' })).statusCode,
      403,
    );
  });

  test('changing your password needs the current one, ends your other sessions and revokes your tokens', async () => {
    const s = await c.signIn('editor');
    const other = await c.login(s.user.email, PASSWORD, '10.7.0.1');
    const otherCookie = `lede_session=${other.cookies.find((x) => x.name === 'lede_session')!.value}`;
    const made = await c.asSession(s, 'POST', '/api/tokens', { name: 'script' });
    const { token } = made.json<{ token: string }>();
    assert.equal((await c.asToken(token, 'GET', '/api/auth/me')).statusCode, 200);
    const wrong = await c.asSession(s, 'PUT', '/api/auth/me/password', {
      currentPassword: 'nope',
      password: 'brand new password',
    });
    assert.equal(wrong.statusCode, 401);
    const ok = await c.asSession(s, 'PUT', '/api/auth/me/password', {
      currentPassword: PASSWORD,
      password: 'brand new password',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json<{ revoked: unknown }>().revoked, { sessions: 1, tokens: 1 });
    assert.match(ok.json<{ message: string }>().message, /1 other session.*1 API token/);
    const tokenGone = await c.asToken(token, 'GET', '/api/auth/me');
    assert.equal(tokenGone.statusCode, 401);
    assert.equal((await c.asSession(s, 'GET', '/api/auth/me')).statusCode, 200);
    const gone = await t.lede.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: otherCookie },
    });
    assert.equal(gone.statusCode, 401);
    assert.equal((await c.login(s.user.email, 'brand new password', '10.7.0.2')).statusCode, 200);
  });
});

describe('the audit log', () => {
  test('admins read who did what, newest first, a page at a time; others may not', async () => {
    const admin = await c.signIn('admin');
    const added = await c.asSession(admin, 'POST', '/api/users', {
      email: 'audited@agency.example',
      name: 'Audited',
      role: 'reporter',
      editions: ['ru'],
    });
    const id = added.json<{ user: { id: number } }>().user.id;
    const res = await c.asSession(admin, 'GET', `/api/audit?userId=${admin.user.id}&limit=1`);
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json<{
      items: { action: string; detail: { userId?: number } }[];
      next: number;
    }>();
    assert.equal(page.items[0]?.action, 'user.add');
    assert.equal(page.items[0]?.detail.userId, id);
    const next = await c.asSession(
      admin,
      'GET',
      `/api/audit?userId=${admin.user.id}&before=${page.next}`,
    );
    assert.equal(next.json<{ items: { action: string }[] }>().items[0]?.action, 'login');
    const bad = await c.asSession(admin, 'GET', '/api/audit?limit=0');
    assert.equal(bad.json<{ field: string }>().field, 'limit');
    const chief = await c.signIn('chief');
    assert.equal((await c.asSession(chief, 'GET', '/api/audit')).statusCode, 403);
  });
});

describe('the Users list: two-step sign-in and the last sign-in', () => {
  interface Entry {
    email: string;
    twoFactor: boolean;
    lastSignInAt: string | null;
  }
  const entryOf = async (admin: Signed, email: string): Promise<Entry | undefined> => {
    const res = await c.asSession(admin, 'GET', '/api/users');
    assert.equal(res.statusCode, 200, res.body);
    return res.json<{ items: Entry[] }>().items.find((u) => u.email === email);
  };

  test('a new account never signed in; each sign-in, with or without the second step, is its last', async () => {
    const admin = await c.signIn('admin');
    const editor = await c.user('editor');
    const fresh = await entryOf(admin, editor.email);
    assert.deepEqual([fresh?.twoFactor, fresh?.lastSignInAt], [false, null]);

    t.clock.set('2025-12-06T10:15:00Z');
    const res = await c.login(editor.email, PASSWORD);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await entryOf(admin, editor.email))?.lastSignInAt, '2025-12-06T10:15:00.000Z');
    const signed: Signed = {
      user: editor,
      cookie: `lede_session=${res.cookies.find((x) => x.name === 'lede_session')!.value}`,
      csrf: res.json<{ csrfToken: string }>().csrfToken,
    };

    // Enrolled: the list says so; a sign-in counts once its code is taken, not at the password.
    const start = await c.asSession(signed, 'POST', '/api/auth/me/two-factor');
    const { secret } = start.json<{ secret: string }>();
    const epoch = () => Math.floor(t.clock.now().getTime() / 1000);
    const confirm = await c.asSession(signed, 'POST', '/api/auth/me/two-factor/confirm', {
      code: await totpCode(secret, epoch()),
    });
    assert.equal(confirm.statusCode, 200, confirm.body);
    assert.equal((await entryOf(admin, editor.email))?.twoFactor, true);

    t.clock.set('2025-12-07T08:00:00Z');
    const pending = await c.login(editor.email, PASSWORD);
    const { challenge } = pending.json<{ challenge: string }>();
    assert.equal((await entryOf(admin, editor.email))?.lastSignInAt, '2025-12-06T10:15:00.000Z');
    t.clock.set('2025-12-07T08:00:20Z');
    const code = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/login/code',
      payload: { challenge, code: await totpCode(secret, epoch()) },
    });
    assert.equal(code.statusCode, 200, code.body);
    assert.equal((await entryOf(admin, editor.email))?.lastSignInAt, '2025-12-07T08:00:20.000Z');
    // A failed attempt is no sign-in.
    t.clock.set('2025-12-07T09:00:00Z');
    assert.equal((await c.login(editor.email, 'a wrong password')).statusCode, 401);
    assert.equal((await entryOf(admin, editor.email))?.lastSignInAt, '2025-12-07T08:00:20.000Z');
  });
});
