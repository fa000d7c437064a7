// Two-factor sign-in: your own enrolment and turning it off (/api/auth/me/two-factor), and the
// roles that require it (/api/two-factor/roles, admins).

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../domain/actor.js';
import { LedeError } from '../../domain/errors.js';
import {
  codeSchema,
  confirmTwoFactor,
  disableTwoFactor,
  requiredRolesSchema,
  setTwoFactorRoles,
  startTwoFactor,
  twoFactorStatus,
} from '../../operations/two-factor.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

export const twoFactorStatusSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean().describe("the user's role requires it"),
  mustEnrol: z.boolean().describe('required and not on: every other route answers 403'),
  recoveryCodesLeft: z.number().int(),
});

const rolesSchema = z.object({ roles: z.array(z.enum(ROLES)) });

export function registerTwoFactorRoutes(app: FastifyInstance, deps: ApiDeps): void {
  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/me/two-factor',
    permission: 'authenticated',
    summary:
      'Start two-step sign-in: a new secret and its QR code (SVG), shown this once; confirm with a code',
    tags: ['auth'],
    response: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }),
    handler: async ({ actor, auth, deps }) => {
      if (auth.via !== 'session')
        throw new LedeError('forbidden', 'turn on two-step sign-in from a signed-in session');
      return startTwoFactor(deps, actor);
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/me/two-factor/confirm',
    permission: 'authenticated',
    summary: 'Confirm the enrolment with a code of the app; answers ten recovery codes, shown once',
    tags: ['auth'],
    body: z.object({ code: codeSchema }).strict(),
    response: z.object({ recoveryCodes: z.array(z.string()) }),
    handler: async ({ actor, body, deps }) => confirmTwoFactor(deps, actor, body.code),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/me/two-factor/disable',
    permission: 'authenticated',
    summary: 'Turn two-step sign-in off; needs your password',
    tags: ['auth'],
    body: z.object({ password: z.string().min(1).max(1000) }).strict(),
    response: z.object({ twoFactor: twoFactorStatusSchema }),
    handler: async ({ actor, auth, body, deps }) => {
      if (auth.via !== 'session')
        throw new LedeError('forbidden', 'turn off two-step sign-in from a signed-in session');
      await disableTwoFactor(deps, actor, body.password);
      return { twoFactor: await twoFactorStatus(deps.store, auth.user) };
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/two-factor/roles',
    permission: 'manage-users',
    summary: 'The roles whose users must use two-step sign-in',
    tags: ['users'],
    response: rolesSchema,
    handler: async ({ deps }) => ({ roles: await deps.store.twoFactor.requiredRoles() }),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/api/two-factor/roles',
    permission: 'manage-users',
    summary:
      'Require two-step sign-in of these roles: their users without it must enrol before anything else',
    tags: ['users'],
    body: z.object({ roles: requiredRolesSchema }).strict(),
    response: rolesSchema,
    handler: async ({ actor, body, deps }) => ({
      roles: await setTwoFactorRoles(deps, actor, body.roles),
    }),
  });
}
