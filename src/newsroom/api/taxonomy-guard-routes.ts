// Hiding, merging and deleting rubrics and tags (chiefs and admins).

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  deleteTaxonomy,
  hiddenSchema,
  mergeRubrics,
  rubricMergeSchema,
  setTaxonomyHidden,
} from '../../operations/taxonomy-guard.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });

export function registerTaxonomyGuardRoutes(
  app: FastifyInstance,
  deps: ApiDeps,
  schemas: { rubric: z.ZodType; tag: z.ZodType },
): void {
  const tags = ['taxonomy'];
  for (const kind of ['rubric', 'tag'] as const) {
    defineRoute(app, deps, {
      method: 'PUT',
      url: `/api/${kind}s/:id/hidden`,
      permission: 'manage-taxonomy',
      summary: `Hide a ${kind} from readers (no menu, strip or public list; its page answers 404), or show it again`,
      tags,
      params: idParams,
      body: hiddenSchema,
      response: schemas[kind],
      handler: async ({ actor, params, body, deps }) =>
        setTaxonomyHidden(deps, actor, kind, params.id, body),
    });

    defineRoute(app, deps, {
      method: 'DELETE',
      url: `/api/${kind}s/:id`,
      permission: 'manage-taxonomy',
      summary: `Delete a ${kind} no story uses (409 while any does: merge it instead)`,
      tags,
      params: idParams,
      handler: async ({ actor, params, deps }) => {
        await deleteTaxonomy(deps, actor, kind, params.id);
        return undefined;
      },
    });
  }

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/rubrics/:id/merge',
    permission: 'manage-taxonomy',
    summary:
      'Merge the rubric into another of the same edition: its stories move, its old address answers 301',
    tags,
    params: idParams,
    body: rubricMergeSchema,
    response: schemas.rubric,
    handler: async ({ actor, params, body, deps }) => mergeRubrics(deps, actor, params.id, body),
  });
}
