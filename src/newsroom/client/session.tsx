// The signed-in user for the whole app: who it is, what the role may do, and signing out.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { can, canSomewhere, type Action } from '../../domain/actor.js';
import { actorOf } from '../../domain/user.js';
import type { EditionCode, TwoFactorStatus, User } from './api/types.js';

export interface SessionState {
  user: User;
  /** Two-step sign-in of the user. */
  twoFactor?: TwoFactorStatus;
  signOut: () => void;
  /** Reads the session again (after two-step sign-in changed). */
  refresh: () => void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in app');
  return session;
}

/** Whether the user may do an action in an edition (or in any edition): what the UI offers. */
export function userCan(user: User, action: Action, edition?: EditionCode): boolean {
  const actor = actorOf(user);
  return edition ? can(actor, action, edition) : canSomewhere(actor, action);
}
