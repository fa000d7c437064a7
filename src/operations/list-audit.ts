// Reads the audit log, newest first, a page at a time: admins only.

import { z } from 'zod';
import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { AuditEntry } from '../storage/accounts-port.js';
import { editionSchema, parseInput } from './account-schema.js';
import type { Deps } from './deps.js';

export const auditQuerySchema = z.object({
  storyId: z.number().int().positive().optional(),
  userId: z.number().int().positive().optional(),
  action: z.string().min(1).max(100).optional(),
  edition: editionSchema.optional(),
  /** Entries older than this id: the `next` of the previous page. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditListInput = z.input<typeof auditQuerySchema>;

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `before` for the next page; null on the last page. */
  next: number | null;
}

export async function listAudit(
  deps: Pick<Deps, 'store'>,
  actor: Actor,
  raw: AuditListInput,
): Promise<AuditPage> {
  if (!canSomewhere(actor, 'read-audit'))
    throw new LedeError('forbidden', 'only admins may read the audit log');
  const q = parseInput(auditQuerySchema, raw);
  const items = await deps.store.audit.list({
    limit: q.limit + 1,
    ...(q.storyId !== undefined ? { storyId: q.storyId } : {}),
    ...(q.userId !== undefined ? { actorUserId: q.userId } : {}),
    ...(q.action !== undefined ? { action: q.action } : {}),
    ...(q.edition !== undefined ? { edition: q.edition } : {}),
    ...(q.before !== undefined ? { beforeId: q.before } : {}),
  });
  const more = items.length > q.limit;
  const page = more ? items.slice(0, q.limit) : items;
  return { items: page, next: more ? page[page.length - 1]!.id : null };
}
