// API tokens: list your own (or, for admins, anyone's), create one (shown once), revoke one.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createApiToken } from '../../operations/create-api-token.js';
import { listApiTokens } from '../../operations/list-api-tokens.js';
import { revokeToken } from '../../operations/revoke-token.js';
import { apiTokenSchema, idParams } from './api-schemas.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

export function registerTokenRoutes(app: FastifyInstance, deps: ApiDeps): void {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/tokens',
    permission: 'authenticated',
    summary: "Your API tokens (admins: anyone's with userId); never the tokens themselves",
    tags: ['tokens'],
    query: z.object({ userId: z.coerce.number().int().positive().optional() }),
    response: z.object({ items: z.array(apiTokenSchema) }),
    handler: async ({ actor, query, deps }) => ({
      items: await listApiTokens(deps, actor, query.userId ?? actor.id),
    }),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/tokens',
    permission: 'authenticated',
    status: 201,
    summary: 'Create an API token acting as you (admins: as anyone); the token is shown only now',
    tags: ['tokens'],
    body: z
      .object({
        name: z.string().trim().min(1).max(200),
        userId: z.number().int().positive().optional(),
      })
      .strict(),
    response: z.object({ token: z.string(), apiToken: apiTokenSchema }),
    handler: async ({ actor, body, deps }) =>
      createApiToken(deps, actor, { name: body.name, userId: body.userId ?? actor.id }),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/api/tokens/:id',
    permission: 'authenticated',
    summary: 'Revoke an API token at once (your own; admins: anyone’s)',
    tags: ['tokens'],
    params: idParams,
    handler: async ({ actor, params, deps }) => {
      await revokeToken(deps, actor, params.id);
      return undefined;
    },
  });
}
