// Revision routes: the saved versions of a story, one version, a comparison of two, and restoring one.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { compareRevisions } from '../../operations/compare-revisions.js';
import { getRevision } from '../../operations/get-revision.js';
import { listRevisions } from '../../operations/list-revisions.js';
import { restoreRevision } from '../../operations/restore-revision.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';
import {
  optionalIfMatch,
  storyIdParams,
  storyViewSchema,
  withConflict,
  withVersion,
} from './story-api-schemas.js';

const version = z.coerce.number().int().positive();
const revisionSummary = z.object({
  storyId: z.number().int(),
  version: z.number().int(),
  savedAt: z.iso.datetime(),
  savedBy: z.number().int().nullable(),
  savedByName: z.string(),
});
const blockChange = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  block: z.unknown().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export function registerRevisionRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['revisions'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id/revisions',
    permission: 'authenticated',
    summary: 'Saved versions of a story, newest first',
    tags,
    params: storyIdParams,
    response: z.object({ items: z.array(revisionSummary) }),
    handler: async ({ actor, params, deps }) => ({
      items: await listRevisions(deps, actor, params.id),
    }),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id/revisions/compare',
    permission: 'authenticated',
    summary: 'Compare two versions: changed fields, blocks added, removed and changed',
    tags,
    params: storyIdParams,
    query: z.object({ from: version, to: version.optional() }).strict(),
    response: z.object({
      storyId: z.number().int(),
      from: z.number().int(),
      to: z.number().int(),
      fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
      blocks: z.array(blockChange),
      unchanged: z.number().int(),
    }),
    handler: async ({ actor, params, query, deps }) =>
      compareRevisions(deps, actor, params.id, query.from, query.to),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id/revisions/:version',
    permission: 'authenticated',
    summary: 'One saved version: the whole story as it was',
    tags,
    params: storyIdParams.extend({ version }),
    response: revisionSummary.extend({ story: storyViewSchema.partial() }),
    handler: async ({ actor, params, deps }) => getRevision(deps, actor, params.id, params.version),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/revisions/:version/restore',
    permission: 'write',
    summary: 'Save an earlier version’s content as the next version (If-Match optional)',
    tags,
    params: storyIdParams.extend({ version }),
    response: storyViewSchema,
    handler: async ({ actor, params, req, reply, deps }) => {
      const baseVersion = optionalIfMatch(req);
      return withConflict(reply, async () =>
        withVersion(
          reply,
          await restoreRevision(deps, actor, params.id, params.version, baseVersion),
        ),
      );
    },
  });
}
