// Helpers for newsroom API tests: add accounts, sign in, and call the API with a cookie or a token.

import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM, type Role } from '../../src/domain/actor.js';
import type { EditionCode } from '../../src/domain/editions.js';
import type { User } from '../../src/domain/user.js';
import { addUser } from '../../src/operations/add-user.js';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery';

export interface Signed {
  user: User;
  cookie: string;
  csrf: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function newsroomClient(t: TestApp) {
  let n = 0;
  const app = () => t.lede.app;

  async function user(role: Role, editions: EditionCode[] = ['ru'], email?: string): Promise<User> {
    n += 1;
    const { user } = await addUser(t.lede.deps, SYSTEM, {
      email: email ?? `${role}${n}-${Math.random().toString(36).slice(2, 7)}@agency.example`,
      name: `${role} ${n}`,
      role,
      editions,
      password: PASSWORD,
    });
    return user;
  }

  function login(email: string, password: string, address = '10.0.0.1') {
    return app().inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: address,
    });
  }

  async function signIn(role: Role, editions: EditionCode[] = ['ru']): Promise<Signed> {
    const u = await user(role, editions);
    const res = await login(u.email, PASSWORD, `10.1.${n}.1`);
    assert.equal(res.statusCode, 200, res.body);
    const cookie = res.cookies.find((c) => c.name === 'lede_session');
    assert.ok(cookie);
    return {
      user: u,
      cookie: `lede_session=${cookie.value}`,
      csrf: res.json<{ csrfToken: string }>().csrfToken,
    };
  }

  /** A request with a session cookie (and its CSRF token unless `csrf` says otherwise). */
  function asSession(
    s: Signed,
    method: Method,
    url: string,
    payload?: unknown,
    csrf: string | null = s.csrf,
  ): Promise<LightMyRequestResponse> {
    return app().inject({
      method,
      url,
      headers: { cookie: s.cookie, ...(csrf !== null ? { 'x-csrf-token': csrf } : {}) },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }

  function asToken(
    token: string,
    method: Method,
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    return app().inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }

  return { user, login, signIn, asSession, asToken };
}
