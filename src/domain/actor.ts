// Who acts, and the role → permission matrix: the system, or a signed-in person with a role and editions.

import { EDITION_CODES, type EditionCode } from './editions.js';

export const ROLES = ['reporter', 'editor', 'chief', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type Actor =
  | { kind: 'system'; name: string }
  | { kind: 'user'; id: number; name: string; role: Role; editions: EditionCode[] };

/** A signed-in person (not the system). */
export type UserActor = Extract<Actor, { kind: 'user' }>;

export const SYSTEM: Actor = { kind: 'system', name: 'system' };

export const ACTIONS = [
  'import',
  'write',
  'submit',
  'approve',
  'publish',
  'schedule',
  'correct',
  'unpublish',
  'upload-media',
  'manage-taxonomy',
  'manage-users',
  'manage-settings',
  'read-audit',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The matrix. Reporters and editors act only in their own editions; chiefs and admins in all.
 * - reporter: write drafts, submit them, upload media;
 * - editor: everything a reporter does, plus approve, publish, schedule, correct, import;
 * - chief: everything an editor does in every edition, plus unpublish and the taxonomy;
 * - admin: everything, plus users, settings and the audit log.
 */
const MATRIX: Record<Role, ReadonlySet<Action>> = {
  reporter: new Set<Action>(['write', 'submit', 'upload-media']),
  editor: new Set<Action>([
    'write',
    'submit',
    'upload-media',
    'approve',
    'publish',
    'schedule',
    'correct',
    'import',
  ]),
  chief: new Set<Action>([
    'write',
    'submit',
    'upload-media',
    'approve',
    'publish',
    'schedule',
    'correct',
    'import',
    'unpublish',
    'manage-taxonomy',
  ]),
  admin: new Set<Action>(ACTIONS),
};

/** Whether a role acts in every edition, whatever editions its user lists. */
export function allEditions(role: Role): boolean {
  return role === 'chief' || role === 'admin';
}

/** Whether an actor may do an action in an edition; operations call this once, before writing. */
export function can(actor: Actor, action: Action, edition: EditionCode): boolean {
  if (actor.kind === 'system') return true;
  const inEdition = allEditions(actor.role) || actor.editions.includes(edition);
  return inEdition && MATRIX[actor.role].has(action);
}

/** Whether an actor may do an action in at least one edition: the check made at the HTTP edge. */
export function canSomewhere(actor: Actor, action: Action): boolean {
  return EDITION_CODES.some((edition) => can(actor, action, edition));
}
