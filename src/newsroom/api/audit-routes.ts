// The audit log over HTTP, newest first, a page at a time (admins).

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import { listAudit } from '../../operations/list-audit.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const positive = z.coerce.number().int().positive();

const entrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorUserId: z.number().int().nullable(),
  actorName: z.string(),
  action: z.string(),
  storyId: z.number().int().nullable(),
  edition: z.enum(EDITION_CODES).nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export function registerAuditRoutes(app: FastifyInstance, deps: ApiDeps): void {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/audit',
    permission: 'read-audit',
    summary: 'Audit log entries, newest first; pass `next` as `before` for the next page',
    tags: ['audit'],
    query: z.object({
      storyId: positive.optional(),
      userId: positive.optional(),
      action: z.string().min(1).max(100).optional(),
      edition: z.enum(EDITION_CODES).optional(),
      before: positive.optional(),
      limit: z.coerce.number().int().min(1).max(200).optional(),
    }),
    response: z.object({ items: z.array(entrySchema), next: z.number().int().nullable() }),
    handler: async ({ actor, query, deps }) => listAudit(deps, actor, query),
  });
}
