// The newsroom API's sign-in, sessions, CSRF, tokens, throttling, errors and docs over HTTP, on either database.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify from 'fastify';
import { defineRoute } from '../src/newsroom/api/define-route.js';
import type { ApiDeps } from '../src/newsroom/api/route-spec.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { newsroomClient, PASSWORD } from './support/newsroom-client.js';

let t: TestApp;
let c: ReturnType<typeof newsroomClient>;

before(async () => {
  // As behind a TLS-terminating proxy on this machine: its X-Forwarded-Proto is believed.
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z', env: { LEDE_TRUST_PROXY: '127.0.0.1' } });
  c = newsroomClient(t);
});
after(async () => {
  await t.dispose();
});

const json = (res: { json: <T>() => T }) => res.json<Record<string, unknown>>();

describe('signing in and out', () => {
  test('the right password signs in: user, CSRF token and a safe session cookie', async () => {
    const u = await c.user('editor', ['ru', 'en']);
    const res = await c.login(u.email.toUpperCase(), PASSWORD);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json<{ user: Record<string, unknown>; csrfToken: string }>();
    assert.deepEqual(
      [body.user.id, body.user.email, body.user.role, body.user.editions, body.user.uiLanguage],
      [u.id, u.email, 'editor', ['ru', 'en'], 'ru'],
    );
    assert.equal(body.user.passwordHash, undefined);
    assert.match(body.csrfToken, /^[\w-]{43}$/);
    const cookie = res.cookies.find((x) => x.name === 'lede_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined);
    assert.equal(res.headers['cache-control'], 'no-store');
  });

  test('over https the cookie is Secure', async () => {
    const u = await c.user('reporter');
    const res = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: u.email, password: PASSWORD },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.cookies.find((x) => x.name === 'lede_session')?.secure, true);
  });

  test('a wrong password and an unknown email get the same 401', async () => {
    const u = await c.user('reporter');
    const wrong = await c.login(u.email, 'not the password', '10.9.0.1');
    const unknown = await c.login('nobody@agency.example', PASSWORD, '10.9.0.1');
    for (const res of [wrong, unknown]) {
      assert.equal(res.statusCode, 401);
      assert.deepEqual(json(res), {
        error: 'invalid_credentials',
        message: 'wrong email or password',
      });
      assert.equal(res.cookies.length, 0);
    }
  });

  test('/me answers with the session user; logout ends the session', async () => {
    const s = await c.signIn('reporter', ['az']);
    const me = await c.asSession(s, 'GET', '/api/auth/me');
    assert.equal(me.statusCode, 200);
    const body = me.json<{ user: { id: number }; csrfToken: string; via: string }>();
    assert.equal(body.user.id, s.user.id);
    assert.equal(body.csrfToken, s.csrf);
    assert.equal(body.via, 'session');
    const out = await c.asSession(s, 'POST', '/api/auth/logout');
    assert.equal(out.statusCode, 204);
    assert.match(String(out.headers['set-cookie']), /lede_session=;/);
    const again = await c.asSession(s, 'GET', '/api/auth/me');
    assert.equal(again.statusCode, 401);
    assert.equal(json(again).error, 'unauthenticated');
  });

  test('a session slides with use and ends after 12 idle hours', async () => {
    const s = await c.signIn('reporter');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(11 * 3600_000);
      assert.equal((await c.asSession(s, 'GET', '/api/auth/me')).statusCode, 200);
    }
    t.clock.advance(13 * 3600_000);
    assert.equal((await c.asSession(s, 'GET', '/api/auth/me')).statusCode, 401);
  });

  test('without credentials: 401', async () => {
    const res = await t.lede.app.inject({ method: 'GET', url: '/api/auth/me' });
    assert.equal(res.statusCode, 401);
    assert.equal(json(res).error, 'unauthenticated');
    const garbage = await t.lede.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'lede_session=forged' },
    });
    assert.equal(garbage.statusCode, 401);
  });
});

describe('CSRF and tokens', () => {
  test('a cookie POST needs the session CSRF token; a bearer POST does not', async () => {
    const admin = await c.signIn('admin');
    const payload = {
      email: 'csrf-check@agency.example',
      name: 'C',
      role: 'reporter',
      editions: ['ru'],
    };
    const none = await c.asSession(admin, 'POST', '/api/users', payload, null);
    assert.equal(none.statusCode, 403);
    assert.equal(json(none).error, 'csrf');
    const wrong = await c.asSession(admin, 'POST', '/api/users', payload, 'x'.repeat(43));
    assert.equal(wrong.statusCode, 403);
    const right = await c.asSession(admin, 'POST', '/api/users', payload);
    assert.equal(right.statusCode, 201, right.body);

    const made = await c.asSession(admin, 'POST', '/api/tokens', { name: 'script' });
    assert.equal(made.statusCode, 201);
    const token = made.json<{ token: string }>().token;
    assert.match(token, /^lede_/);
    const viaToken = await c.asToken(token, 'POST', '/api/users', {
      ...payload,
      email: 'b@agency.example',
    });
    assert.equal(viaToken.statusCode, 201, viaToken.body);
  });

  test("a bearer token acts with its user's role; a revoked token gets 401", async () => {
    const reporter = await c.signIn('reporter');
    const made = await c.asSession(reporter, 'POST', '/api/tokens', { name: 'mine' });
    const { token, apiToken } = made.json<{ token: string; apiToken: { id: number } }>();
    const me = await c.asToken(token, 'GET', '/api/auth/me');
    assert.equal(me.json<{ user: { id: number }; csrfToken: null }>().user.id, reporter.user.id);
    assert.equal(me.json<{ csrfToken: null }>().csrfToken, null);
    assert.equal((await c.asToken(token, 'GET', '/api/users')).statusCode, 403);
    const list = await c.asToken(token, 'GET', '/api/tokens');
    assert.deepEqual(
      list.json<{ items: { name: string }[] }>().items.map((x) => x.name),
      ['mine'],
    );
    assert.equal(JSON.stringify(list.json()).includes(token), false);
    assert.equal((await c.asToken(token, 'DELETE', `/api/tokens/${apiToken.id}`)).statusCode, 204);
    const revoked = await c.asToken(token, 'GET', '/api/auth/me');
    assert.equal(revoked.statusCode, 401);
    assert.equal(json(revoked).error, 'unauthenticated');
    assert.equal((await c.asToken('lede_made-up', 'GET', '/api/auth/me')).statusCode, 401);
    const malformed = await t.lede.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Basic abc' },
    });
    assert.equal(malformed.statusCode, 401);
  });
});

describe('throttling sign-ins', () => {
  test('ten wrong passwords from one address; the right one from another address signs in', async () => {
    const u = await c.user('editor');
    const delays: number[] = [];
    for (let wrong = 0; wrong < 10;) {
      const res = await c.login(u.email, 'wrong password', '10.20.0.1');
      // While a delay runs the answer is 429 with Retry-After; wait it out and try again.
      if (res.statusCode === 429) {
        delays.push(Number(res.headers['retry-after']));
        t.clock.advance(delays.at(-1)! * 1000);
      } else {
        assert.equal(res.statusCode, 401);
        wrong++;
      }
    }
    assert.deepEqual(delays, [1, 2, 4, 8, 16, 32, 64]);
    const held = await c.login(u.email, PASSWORD, '10.20.0.1');
    assert.equal(held.statusCode, 429);
    assert.equal(json(held).error, 'too_many_attempts');
    const retry = Number(held.headers['retry-after']);
    assert.ok(retry > 0 && retry <= 900, String(retry));
    assert.equal(json(held).retryAfter, retry);
    assert.equal((await c.login(u.email, PASSWORD, '10.20.1.1')).statusCode, 200);
  });

  test('failures from one office address do not hold back the other accounts there', async () => {
    const u = await c.user('reporter');
    for (let i = 0; i < 40; i++)
      assert.notEqual(
        (await c.login(`ghost${i}@agency.example`, 'x', '10.30.0.1')).statusCode,
        200,
      );
    assert.equal((await c.login(u.email, PASSWORD, '10.30.0.1')).statusCode, 200);
  });
});

describe('strict transport', () => {
  test('an https public URL: HSTS on every answer, the cookie Secure, Max-Age the session lifetime', async () => {
    const https = await bootTestApp({
      now: '2025-12-06T09:00:00Z',
      env: { LEDE_PUBLIC_URL: 'https://news.agency.example' },
    });
    try {
      const hc = newsroomClient(https);
      const u = await hc.user('reporter');
      const res = await hc.login(u.email, PASSWORD);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['strict-transport-security']), /^max-age=31536000/);
      const cookie = res.cookies.find((x) => x.name === 'lede_session')!;
      assert.equal(cookie.secure, true);
      const { expiresAt } = res.json<{ expiresAt: string }>();
      assert.equal(cookie.maxAge, (Date.parse(expiresAt) - https.clock.now().getTime()) / 1000);
      assert.equal(cookie.maxAge, 12 * 3600);
      const page = await https.lede.app.inject({ method: 'GET', url: '/health' });
      assert.match(String(page.headers['strict-transport-security']), /max-age=31536000/);
    } finally {
      await https.dispose();
    }
    const plain = await t.lede.app.inject({ method: 'GET', url: '/health' });
    assert.equal(plain.headers['strict-transport-security'], undefined);
    // The other security headers are there whatever the URL.
    assert.match(String(plain.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(plain.headers['x-content-type-options'], 'nosniff');
    assert.equal(plain.headers['x-frame-options'], 'SAMEORIGIN');
  });

  test('a session that slides sends its cookie again with the new lifetime', async () => {
    const s = await c.signIn('reporter');
    t.clock.advance(3 * 3600_000);
    const res = await c.asSession(s, 'GET', '/api/auth/me');
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((x) => x.name === 'lede_session')!;
    assert.equal(cookie.maxAge, 12 * 3600);
  });
});

describe('permissions, input and errors', () => {
  test('a reporter gets 403 on the user administration', async () => {
    const s = await c.signIn('reporter');
    const res = await c.asSession(s, 'GET', '/api/users');
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).error, 'forbidden');
    assert.equal((await c.asSession(s, 'GET', '/api/audit')).statusCode, 403);
  });

  test('malformed input answers 400 naming the field', async () => {
    const admin = await c.signIn('admin');
    const bad = await c.asSession(admin, 'POST', '/api/users', {
      email: 'not-an-email',
      name: 'X',
      role: 'reporter',
      editions: ['ru'],
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(json(bad), {
      error: 'invalid_input',
      message: 'email: must be an email address',
      field: 'email',
    });
    const role = await c.asSession(admin, 'POST', '/api/users', {
      email: 'r@agency.example',
      name: 'X',
      role: 'boss',
    });
    assert.equal(json(role).field, 'role');
    const editions = await c.asSession(admin, 'PATCH', `/api/users/${admin.user.id}`, {
      editions: ['ru', 'fr'],
    });
    assert.equal(json(editions).field, 'editions.1');
    const id = await c.asSession(admin, 'GET', '/api/users/abc');
    assert.equal(json(id).field, 'id');
    const login = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.c' },
    });
    assert.deepEqual([login.statusCode, json(login).field], [400, 'password']);
    const broken = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal(json(broken).error, 'invalid_input');
    assert.doesNotMatch(broken.body, /at .*\.(ts|js):\d+/);
  });

  test('an unknown API path answers JSON 404, not the site', async () => {
    const res = await t.lede.app.inject({ method: 'GET', url: '/api/nope' });
    assert.equal(res.statusCode, 404);
    assert.equal(json(res).error, 'not_found');
  });
});

describe('the API description', () => {
  test('/api/openapi.json lists the routes with their permissions', async () => {
    const res = await t.lede.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json<{
      openapi: string;
      paths: Record<string, Record<string, { 'x-permission': string; requestBody?: unknown }>>;
    }>();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/auth/login',
      '/api/auth/me',
      '/api/users',
      '/api/users/{id}',
      '/api/audit',
    ])
      assert.ok(doc.paths[path], path);
    assert.equal(doc.paths['/api/users']?.post?.['x-permission'], 'manage-users');
    assert.equal(doc.paths['/api/auth/login']?.post?.['x-permission'], 'public');
    assert.ok(doc.paths['/api/users/{id}']?.patch?.requestBody);
  });

  test('a route without a permission throws at registration, and start-up fails', async () => {
    const app = Fastify();
    const deps = { ...t.lede.deps, routes: [] } as ApiDeps;
    const spec = { method: 'GET', url: '/api/x', summary: 'x', tags: [], handler: async () => 1 };
    assert.throws(
      () => defineRoute(app, deps, spec as unknown as Parameters<typeof defineRoute>[2]),
      /GET \/api\/x declares no valid permission/,
    );
    assert.throws(() =>
      defineRoute(app, deps, { ...spec, permission: 'rule-the-world' } as unknown as Parameters<
        typeof defineRoute
      >[2]),
    );
    void app.register(async (scope) => {
      defineRoute(scope, deps, spec as unknown as Parameters<typeof defineRoute>[2]);
    });
    await assert.rejects(async () => {
      await app.ready();
    }, /declares no valid permission/);
  });
});
