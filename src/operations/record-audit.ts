// Writes one line of the audit log: who did what, to which story, in which edition.

import type { Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import type { AuditDetail, AuditEntry } from '../storage/accounts-port.js';
import type { Store } from '../storage/port.js';

export interface AuditOptions {
  storyId?: number;
  edition?: EditionCode;
  detail?: AuditDetail;
  /** UTC ISO time; pass the operation's `deps.clock.now()` so tests with a manual clock agree. */
  at?: string;
}

/**
 * Appends to the audit log through `store`: pass the transaction's store so the line lands
 * with the change it describes, or not at all. `action` is dotted: "story.publish", "user.add".
 */
export function recordAudit(
  store: Store,
  actor: Actor,
  action: string,
  options: AuditOptions = {},
): Promise<AuditEntry> {
  return store.audit.append({
    at: options.at ?? new Date().toISOString(),
    actorUserId: actor.kind === 'user' ? actor.id : null,
    actorName: actor.name,
    action,
    storyId: options.storyId ?? null,
    edition: options.edition ?? null,
    detail: options.detail ?? {},
  });
}
