// Who acts: the system (importers, scheduler, demo loader) or a signed-in person with a role.

import type { EditionCode } from './editions.js';

export type Role = 'reporter' | 'editor' | 'chief' | 'admin';

export type Actor =
  | { kind: 'system'; name: string }
  | { kind: 'user'; id: number; name: string; role: Role; editions: EditionCode[] };

export const SYSTEM: Actor = { kind: 'system', name: 'system' };

export type Action = 'import' | 'publish' | 'manage-taxonomy';

/** Whether an actor may do an action in an edition; operations call this once, before writing. */
export function can(actor: Actor, action: Action, edition: EditionCode): boolean {
  if (actor.kind === 'system') return true;
  const inEdition =
    actor.role === 'chief' || actor.role === 'admin' || actor.editions.includes(edition);
  if (!inEdition) return false;
  switch (action) {
    case 'import':
    case 'publish':
      return actor.role !== 'reporter';
    case 'manage-taxonomy':
      return actor.role === 'admin' || actor.role === 'chief';
  }
}
