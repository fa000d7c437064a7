// Taxonomy settings routes: rubrics (names, order), tags (rename, merge) and hot tags (pins, order, expiry).

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import {
  hotTagsSchema,
  listEditionHotTags,
  replaceHotTags,
} from '../../operations/hot-tag-settings.js';
import {
  createRubric,
  newRubricSchema,
  orderRubrics,
  renameRubric,
  rubricOrderSchema,
  rubricPatchSchema,
  rubricTree,
} from '../../operations/rubric-settings.js';
import {
  listEditionTags,
  mergeTags,
  renameTag,
  tagMergeSchema,
  tagRenameSchema,
} from '../../operations/tag-settings.js';
import {
  linkTaxonomy,
  taxonomyLinks,
  taxonomyLinkSchema,
  type LinkKind,
} from '../../operations/taxonomy-links.js';
import { defineRoute } from './define-route.js';
import { registerTaxonomyGuardRoutes } from './taxonomy-guard-routes.js';
import type { ApiDeps } from './route-spec.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const editionQuery = z.object({ edition: z.enum(EDITION_CODES) }).strict();
const rubric = z.object({
  id: z.number().int(),
  edition: z.enum(EDITION_CODES),
  slug: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  position: z.number().int(),
  /** The same rubric in other editions has the same key. */
  key: z.string().optional(),
  hidden: z.boolean().optional().describe('true: in no menu or public list; its page answers 404'),
});
const rubricTreeSchema = z.object({ items: z.array(rubric.extend({ children: z.array(rubric) })) });
const tag = z.object({
  id: z.number().int(),
  edition: z.enum(EDITION_CODES),
  slug: z.string(),
  name: z.string(),
  /** The same tag in other editions has the same key. */
  key: z.string().optional(),
  hidden: z.boolean().optional().describe('true: in no strip or public list; its page answers 404'),
});
const hotTag = tag.extend({
  position: z.number().int(),
  pinned: z.boolean(),
  expiresAt: z.iso.datetime().nullable(),
});

export function registerTaxonomyRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['taxonomy'];
  registerTaxonomyGuardRoutes(app, deps, { rubric, tag });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/rubrics',
    permission: 'authenticated',
    summary: 'The rubric tree of an edition, in order',
    tags,
    query: editionQuery,
    response: rubricTreeSchema,
    handler: async ({ query, deps }) => ({ items: await rubricTree(deps, query.edition) }),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/rubrics',
    permission: 'manage-taxonomy',
    status: 201,
    summary: 'Add a rubric (top level, or under a top-level parentId)',
    tags,
    body: newRubricSchema,
    response: rubric,
    handler: async ({ actor, body, deps }) => createRubric(deps, actor, body),
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/rubrics/:id',
    permission: 'manage-taxonomy',
    summary: 'Rename a rubric; its slug and URLs stay',
    tags,
    params: idParams,
    body: rubricPatchSchema,
    response: rubric,
    handler: async ({ actor, params, body, deps }) => renameRubric(deps, actor, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/api/rubrics/order',
    permission: 'manage-taxonomy',
    summary: 'Order one level of rubrics (top level, or the children of parentId)',
    tags,
    body: rubricOrderSchema,
    response: rubricTreeSchema,
    handler: async ({ actor, body, deps }) => ({ items: await orderRubrics(deps, actor, body) }),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/tags',
    permission: 'authenticated',
    summary: 'Tags of an edition by name; q filters by part of the name',
    tags,
    query: editionQuery.extend({
      q: z.string().trim().max(200).optional(),
      linked: z
        .enum(['true', 'false'])
        .optional()
        .describe('true: only the tags linked to tags of other editions'),
    }),
    response: z.object({ items: z.array(tag) }),
    handler: async ({ query, deps }) => ({
      items: await listEditionTags(deps, query.edition, query.q, query.linked === 'true'),
    }),
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/tags/:id',
    permission: 'manage-taxonomy',
    summary: 'Rename a tag; its slug and page stay (a name another tag has: merge instead)',
    tags,
    params: idParams,
    body: tagRenameSchema,
    response: tag,
    handler: async ({ actor, params, body, deps }) => renameTag(deps, actor, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/tags/:id/merge',
    permission: 'manage-taxonomy',
    summary: 'Merge the tag into another of the same edition: stories and hot-tag places move',
    tags,
    params: idParams,
    body: tagMergeSchema,
    response: tag,
    handler: async ({ actor, params, body, deps }) => mergeTags(deps, actor, params.id, body),
  });

  for (const [kind, item] of [
    ['rubric', rubric],
    ['tag', tag],
  ] as const)
    registerLinkRoutes(app, deps, kind, item);

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/hot-tags',
    permission: 'authenticated',
    summary: 'The hot-tags strip of an edition, in order, with pins and expiry',
    tags,
    query: editionQuery,
    response: z.object({ items: z.array(hotTag) }),
    handler: async ({ query, deps }) => ({ items: await listEditionHotTags(deps, query.edition) }),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/api/hot-tags',
    permission: 'manage-taxonomy',
    summary: 'Replace the hot-tags strip of an edition: order, pins, expiry',
    tags,
    body: hotTagsSchema,
    response: z.object({ items: z.array(hotTag) }),
    handler: async ({ actor, body, deps }) => ({ items: await replaceHotTags(deps, actor, body) }),
  });
}

/** The links of a rubric or tag to its counterparts in the other editions: read and replace. */
function registerLinkRoutes(
  app: FastifyInstance,
  deps: ApiDeps,
  kind: LinkKind,
  item: typeof rubric | typeof tag,
): void {
  const links = z.object({
    key: z.string().nullable().describe('the name shared by the linked ones; null: not linked'),
    items: z.array(item).describe('it and its counterparts, at most one per edition'),
  });
  defineRoute(app, deps, {
    method: 'GET',
    url: `/api/${kind}s/:id/links`,
    permission: 'authenticated',
    summary: `The ${kind} and the ${kind}s of other editions linked to it`,
    tags: ['taxonomy'],
    params: idParams,
    response: links,
    handler: async ({ params, deps }) => taxonomyLinks(deps, kind, params.id),
  });
  defineRoute(app, deps, {
    method: 'PUT',
    url: `/api/${kind}s/:id/links`,
    permission: 'manage-taxonomy',
    summary: `Link the ${kind} with these ${kind}s of other editions (one per edition), in place of its links; [] unlinks it`,
    tags: ['taxonomy'],
    params: idParams,
    body: taxonomyLinkSchema,
    response: links,
    handler: async ({ actor, params, body, deps }) =>
      linkTaxonomy(deps, actor, kind, params.id, body),
  });
}
