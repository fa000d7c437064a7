// Signing in and out, who is signed in, and the user's interface language.

import type { Session, User } from './types.js';
import { request, setCsrfToken } from './http.js';
import type { UiLanguage } from '../i18n/index.js';

export async function login(email: string, password: string): Promise<Session> {
  const data = await request<{ user: User; csrfToken: string }>(
    'POST',
    '/api/auth/login',
    { email, password },
    { quiet401: true },
  );
  setCsrfToken(data.csrfToken);
  return { user: data.user, csrfToken: data.csrfToken };
}

/** The signed-in session, or null when there is none. */
export async function currentSession(): Promise<Session | null> {
  try {
    const data = await request<{ user: User; csrfToken: string | null }>(
      'GET',
      '/api/auth/me',
      undefined,
      { quiet401: true },
    );
    setCsrfToken(data.csrfToken);
    return { user: data.user, csrfToken: data.csrfToken };
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
