// Two-step sign-in over HTTP on either database: enrolment, the pending second step (no cookie
// until the code), codes once and in their window, recovery codes, turning it off, required roles.

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

const epoch = () => Math.floor(t.clock.now().getTime() / 1000);

async function enrol(s: Signed): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await c.asSession(s, 'POST', '/api/auth/me/two-factor');
  assert.equal(start.statusCode, 200, start.body);
  const { secret, qrSvg, uri } = start.json<{ secret: string; qrSvg: string; uri: string }>();
  assert.match(qrSvg, /^<svg/);
  assert.ok(uri.startsWith('otpauth://totp/'));
  const confirm = await c.asSession(s, 'POST', '/api/auth/me/two-factor/confirm', {
    code: await totpCode(secret, epoch()),
  });
  assert.equal(confirm.statusCode, 200, confirm.body);
  t.clock.advance(30_000);
  return { secret, recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

function secondStep(challenge: string, code: string, address = '10.0.0.1') {
  return t.lede.app.inject({
    method: 'POST',
    url: '/api/auth/login/code',
    payload: { challenge, code },
    remoteAddress: address,
  });
}

describe('two-step sign-in over HTTP', () => {
  test('after the password comes a pending token, no cookie; the code gives the session', async () => {
    const s = await c.signIn('editor');
    const { secret } = await enrol(s);
    const me = await c.asSession(s, 'GET', '/api/auth/me');
    assert.deepEqual(me.json<{ twoFactor: unknown }>().twoFactor, {
      enabled: true,
      required: false,
      mustEnrol: false,
      recoveryCodesLeft: 10,
    });

    const first = await c.login(s.user.email, PASSWORD);
    assert.equal(first.statusCode, 200, first.body);
    const pending = first.json<{ twoFactor: boolean; challenge: string; user?: unknown }>();
    assert.equal(pending.twoFactor, true);
    assert.equal(pending.user, undefined);
    assert.equal(first.cookies.length, 0);

    const wrong = await secondStep(pending.challenge, '000000');
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json<{ error: string }>().error, 'invalid_code');
    const right = await secondStep(pending.challenge, await totpCode(secret, epoch()));
    assert.equal(right.statusCode, 200, right.body);
    assert.equal(right.json<{ user: { id: number } }>().user.id, s.user.id);
    assert.ok(right.cookies.find((x) => x.name === 'lede_session'));

    // The same code once more, in the same window, is refused.
    const again = await c.login(s.user.email, PASSWORD);
    const replay = await secondStep(
      again.json<{ challenge: string }>().challenge,
      await totpCode(secret, epoch()),
    );
    assert.equal(replay.statusCode, 401);
  });

  test('a code two steps old is refused; a recovery code works once', async () => {
    const s = await c.signIn('reporter');
    const { secret, recoveryCodes } = await enrol(s);
    const challenge = async () =>
      (await c.login(s.user.email, PASSWORD)).json<{ challenge: string }>().challenge;
    const old = await secondStep(await challenge(), await totpCode(secret, epoch() - 60));
    assert.equal(old.statusCode, 401);
    const recovery = await secondStep(await challenge(), recoveryCodes[0]!);
    assert.equal(recovery.statusCode, 200, recovery.body);
    const twice = await secondStep(await challenge(), recoveryCodes[0]!);
    assert.equal(twice.statusCode, 401);
  });

  test('turning it off needs the password', async () => {
    const s = await c.signIn('reporter');
    await enrol(s);
    const wrong = await c.asSession(s, 'POST', '/api/auth/me/two-factor/disable', {
      password: 'not it at all',
    });
    assert.equal(wrong.statusCode, 401);
    const right = await c.asSession(s, 'POST', '/api/auth/me/two-factor/disable', {
      password: PASSWORD,
    });
    assert.equal(right.statusCode, 200, right.body);
    assert.equal(right.json<{ twoFactor: { enabled: boolean } }>().twoFactor.enabled, false);
    const plain = await c.login(s.user.email, PASSWORD);
    assert.ok(plain.cookies.find((x) => x.name === 'lede_session'));
  });

  test('a required role: nothing but enrolment works until the user enrols', async () => {
    const admin = await c.signIn('admin');
    const chief = await c.signIn('chief');
    const forbidden = await c.asSession(chief, 'PUT', '/api/two-factor/roles', {
      roles: ['chief'],
    });
    assert.equal(forbidden.statusCode, 403);
    const set = await c.asSession(admin, 'PUT', '/api/two-factor/roles', { roles: ['chief'] });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json(), { roles: ['chief'] });

    const blocked = await c.asSession(chief, 'GET', '/api/stories');
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json<{ error: string }>().error, 'two_factor_required');
    const me = await c.asSession(chief, 'GET', '/api/auth/me');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json<{ twoFactor: { mustEnrol: boolean } }>().twoFactor.mustEnrol, true);
    await enrol(chief);
    assert.equal((await c.asSession(chief, 'GET', '/api/stories')).statusCode, 200);
    // Other roles go on as before.
    assert.equal((await c.asSession(admin, 'GET', '/api/stories')).statusCode, 200);
    await c.asSession(admin, 'PUT', '/api/two-factor/roles', { roles: [] });
  });
});
