// A newsroom account as the rest of the code sees it (never with its password hash), and its actor.

import type { Role, UserActor } from './actor.js';
import type { EditionCode } from './editions.js';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The editions a reporter or editor works in; chiefs and admins act in all regardless. */
  editions: EditionCode[];
  /** The language of the newsroom interface. */
  uiLanguage: EditionCode;
  /** UTC ISO time. */
  createdAt: string;
  disabled: boolean;
  hasPassword: boolean;
  /** UTC ISO time of the last sign-in; null when the account never signed in. */
  lastSignInAt: string | null;
}

/** The key that makes emails unique whatever their case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function actorOf(user: User): UserActor {
  return {
    kind: 'user',
    id: user.id,
    name: user.name,
    role: user.role,
    editions: [...user.editions],
  };
}
