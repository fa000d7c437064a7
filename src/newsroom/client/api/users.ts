// Accounts for the Users screen (admins): list, add, change, set-password links; and setting a password by a link.

import type { Role } from '../../../domain/actor.js';
import type { EditionCode } from '../../../domain/editions.js';
import type { User } from '../../../domain/user.js';
import { request } from './http.js';

/** A one-time link to the page that sets the password, and when it stops working. */
export interface SetPasswordLink {
  url: string;
  expiresAt: string;
}

export interface UserDraft {
  name: string;
  email: string;
  role: Role;
  editions: EditionCode[];
  uiLanguage: EditionCode;
}

/** An account in the list: with whether two-step sign-in is on (lastSignInAt is the account's). */
export interface UserListEntry extends User {
  twoFactor: boolean;
}

export async function listUsers(): Promise<UserListEntry[]> {
  return (await request<{ items: UserListEntry[] }>('GET', '/api/users')).items;
}

/** Adds an account without a password: the answer holds the link that sets it. */
export function addUser(
  draft: UserDraft,
): Promise<{ user: User; setPassword: SetPasswordLink | null }> {
  return request('POST', '/api/users', draft);
}

export async function updateUser(
  id: number,
  patch: Partial<Omit<UserDraft, 'email'> & { disabled: boolean }>,
): Promise<User> {
  return (await request<{ user: User }>('PATCH', `/api/users/${id}`, patch)).user;
}

/** A new set-password link; earlier links of the user stop working. */
export function issueSetPasswordLink(id: number): Promise<SetPasswordLink> {
  return request('POST', `/api/users/${id}/set-password-link`);
}

/** Sets a password with a link's token; answers the account's email for signing in. */
export async function setPasswordByLink(token: string, password: string): Promise<string> {
  return (await request<{ email: string }>('POST', '/api/auth/password', { token, password }))
    .email;
}
