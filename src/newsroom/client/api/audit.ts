// The audit log (admins): who did what to which story, newest first, a page at a time.

import type { AuditPage as ServerAuditPage } from '../../../operations/list-audit.js';
import { query, request } from './http.js';
import type { EditionCode } from './types.js';

/** An entry as the server's audit page gives it. */
export type AuditEntry = ServerAuditPage['items'][number];

export interface AuditFilters {
  action?: string;
  edition?: EditionCode | '';
  storyId?: number | null;
  userId?: number | null;
}

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: number | null;
}

export function listAudit(
  filters: AuditFilters,
  before?: number | null,
  limit = 50,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return request<AuditPage>(
    'GET',
    `/api/audit${query({ ...filters, before, limit })}`,
    undefined,
    signal ? { signal } : {},
  );
}
