// Account administration: list, add and change users, and issue set-password links (admins).

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { addUser, addUserSchema } from '../../operations/add-user.js';
import { findUser } from '../../operations/find-user.js';
import { issuePasswordReset } from '../../operations/issue-password-reset.js';
import { listUsers } from '../../operations/list-users.js';
import { updateUser, updateUserSchema } from '../../operations/update-user.js';
import { idParams, setPasswordLinkSchema, userListEntrySchema, userSchema } from './api-schemas.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

/** An absolute link on the host the admin is using. */
function absolute(req: FastifyRequest, path: string): string {
  return `${req.protocol}://${req.host}${path}`;
}

export function registerUserRoutes(app: FastifyInstance, deps: ApiDeps): void {
  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/users',
    permission: 'manage-users',
    summary: 'All accounts, by name, with their two-step sign-in and last sign-in',
    tags: ['users'],
    response: z.object({ items: z.array(userListEntrySchema) }),
    handler: async ({ actor, deps }) => ({ items: await listUsers(deps, actor) }),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/users',
    permission: 'manage-users',
    status: 201,
    summary: 'Add an account; without a password the answer holds a one-time set-password link',
    tags: ['users'],
    body: addUserSchema,
    response: z.object({ user: userSchema, setPassword: setPasswordLinkSchema.nullable() }),
    handler: async ({ actor, body, req, deps }) => {
      const { user, passwordReset } = await addUser(deps, actor, body);
      return {
        user,
        setPassword: passwordReset
          ? { url: absolute(req, passwordReset.path), expiresAt: passwordReset.expiresAt }
          : null,
      };
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/users/:id',
    permission: 'manage-users',
    summary: 'One account',
    tags: ['users'],
    params: idParams,
    response: z.object({ user: userSchema }),
    handler: async ({ actor, params, deps }) => ({
      user: await findUser(deps, actor, { id: params.id }),
    }),
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/users/:id',
    permission: 'manage-users',
    summary: 'Change name, role, editions, interface language or disabled; disabling signs out',
    tags: ['users'],
    params: idParams,
    body: updateUserSchema,
    response: z.object({ user: userSchema }),
    handler: async ({ actor, params, body, deps }) => ({
      user: await updateUser(deps, actor, params.id, body),
    }),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/users/:id/set-password-link',
    permission: 'manage-users',
    summary: 'Issue a new one-time set-password link (forgotten password)',
    tags: ['users'],
    params: idParams,
    response: setPasswordLinkSchema,
    handler: async ({ actor, params, req, deps }) => {
      const ticket = await issuePasswordReset(deps, actor, params.id);
      return { url: absolute(req, ticket.path), expiresAt: ticket.expiresAt };
    },
  });
}
