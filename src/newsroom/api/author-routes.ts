// Author profile routes: the picker's search, one profile, and creating and editing profiles.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import {
  authorProfileSchema,
  authorSearchSchema,
  createAuthorProfile,
  getAuthorProfile,
  listAuthorProfiles,
  updateAuthorProfile,
} from '../../operations/author-profiles.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const perEdition = z.object(
  Object.fromEntries(EDITION_CODES.map((e) => [e, z.string().optional()])),
);
const profile = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  names: perEdition,
  bios: perEdition,
  photoId: z.number().int().nullable(),
  userId: z.number().int().nullable(),
  own: z.boolean(),
});

export function registerAuthorRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['authors'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/authors',
    permission: 'write',
    summary: 'Author profiles whose name in any edition holds the words; your own first',
    tags,
    query: authorSearchSchema,
    response: z.object({ items: z.array(profile) }),
    handler: async ({ actor, query, deps }) => listAuthorProfiles(deps, actor, query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/authors/:id',
    permission: 'write',
    summary: 'One author profile',
    tags,
    params: idParams,
    response: profile,
    handler: async ({ actor, params, deps }) => getAuthorProfile(deps, actor, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/authors',
    permission: 'manage-taxonomy',
    status: 201,
    summary: 'Add an author profile (names and bios per edition, photo, newsroom user)',
    tags,
    body: authorProfileSchema,
    response: profile,
    handler: async ({ actor, body, deps }) => createAuthorProfile(deps, actor, body),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/api/authors/:id',
    permission: 'manage-taxonomy',
    summary: 'Replace an author profile (the slug stays unless one is sent)',
    tags,
    params: idParams,
    body: authorProfileSchema,
    response: profile,
    handler: async ({ actor, params, body, deps }) =>
      updateAuthorProfile(deps, actor, params.id, body),
  });
}
