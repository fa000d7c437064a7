// The audit log (admins): who did what to which story, newest first, a page at a time.

import type { AuditPage } from '../../../operations/list-audit.js';
import { query, request } from './http.js';
import type { EditionCode } from './types.js';

export type { AuditPage };
/** One entry of the log, as the operation that lists them answers it. */
export type AuditEntry = AuditPage['items'][number];

export interface AuditFilters {
  action?: string;
  edition?: EditionCode | '';
  storyId?: number | null;
  userId?: number | null;
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
