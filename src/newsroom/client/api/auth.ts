// Signing in and out, who is signed in, and the user's interface language.

import type { Role, Session, TwoFactorStatus, User } from './types.js';
import { request, setCsrfToken } from './http.js';
import type { UiLanguage } from '../i18n/index.js';

/** Signed in, or (two-step sign-in on) the pending token to send with the code. */
export type LoginAnswer = { session: Session } | { challenge: string };

export async function login(email: string, password: string): Promise<LoginAnswer> {
  const data = await request<{ user: User; csrfToken: string } | { challenge: string }>(
    'POST',
    '/api/auth/login',
    { email, password },
    { quiet401: true },
  );
  if ('challenge' in data) return { challenge: data.challenge };
  return { session: await signedIn(data) };
}

/** The second step: the pending token and an app code or a recovery code. */
export async function loginCode(challenge: string, code: string): Promise<Session> {
  const data = await request<{ user: User; csrfToken: string }>(
    'POST',
    '/api/auth/login/code',
    { challenge, code },
    { quiet401: true },
  );
  return signedIn(data);
}

async function signedIn(data: { user: User; csrfToken: string }): Promise<Session> {
  setCsrfToken(data.csrfToken);
  return (await currentSession()) ?? { user: data.user, csrfToken: data.csrfToken };
}

/** The signed-in session, or null when there is none. */
export async function currentSession(): Promise<Session | null> {
  try {
    const data = await request<{
      user: User;
      csrfToken: string | null;
      twoFactor: TwoFactorStatus;
    }>('GET', '/api/auth/me', undefined, { quiet401: true });
    setCsrfToken(data.csrfToken);
    return { user: data.user, csrfToken: data.csrfToken, twoFactor: data.twoFactor };
  } catch (error) {
    if ((error as { status?: number }).status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/api/auth/logout', undefined, { quiet401: true });
  } finally {
    setCsrfToken(null);
  }
}

export async function saveUiLanguage(uiLanguage: UiLanguage): Promise<User> {
  const data = await request<{ user: User }>('PATCH', '/api/auth/me', { uiLanguage });
  return data.user;
}

export function startTwoFactor(): Promise<{ secret: string; uri: string; qrSvg: string }> {
  return request('POST', '/api/auth/me/two-factor');
}

export function confirmTwoFactor(code: string): Promise<{ recoveryCodes: string[] }> {
  return request('POST', '/api/auth/me/two-factor/confirm', { code });
}

export async function disableTwoFactor(password: string): Promise<TwoFactorStatus> {
  const data = await request<{ twoFactor: TwoFactorStatus }>(
    'POST',
    '/api/auth/me/two-factor/disable',
    { password },
  );
  return data.twoFactor;
}

export async function twoFactorRoles(): Promise<Role[]> {
  return (await request<{ roles: Role[] }>('GET', '/api/two-factor/roles')).roles;
}

export async function saveTwoFactorRoles(roles: Role[]): Promise<Role[]> {
  return (await request<{ roles: Role[] }>('PUT', '/api/two-factor/roles', { roles })).roles;
}
