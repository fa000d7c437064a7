// Sign-in, sign-out, who am I, and passwords: the /api/auth routes.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LedeError } from '../../domain/errors.js';
import {
  editionSchema,
  passwordSchema,
  personNameSchema,
} from '../../operations/account-schema.js';
import { loginSchema, signIn } from '../../operations/login.js';
import { completeSecondStep, secondStepSchema } from '../../operations/login-second-step.js';
import { logout } from '../../operations/logout.js';
import { resetPassword, resetPasswordSchema } from '../../operations/reset-password.js';
import { setPassword } from '../../operations/set-password.js';
import { twoFactorStatus } from '../../operations/two-factor.js';
import { updateUser } from '../../operations/update-user.js';
import { userSchema } from './api-schemas.js';
import { twoFactorStatusSchema } from './two-factor-routes.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

const meSchema = z.object({
  user: userSchema,
  via: z.enum(['session', 'token']),
  csrfToken: z.string().nullable().describe('send in the x-csrf-token header; null for tokens'),
  twoFactor: twoFactorStatusSchema,
});

const signedInSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});

const revokedSchema = z.object({
  revoked: z.object({ sessions: z.number().int(), tokens: z.number().int() }),
  message: z.string().describe('what the change ended, to show the user'),
});

function revokedMessage(r: { sessions: number; tokens: number }): string {
  return `Password changed. Signed out of ${r.sessions} other session(s); ${r.tokens} API token(s) revoked.`;
}

export function registerAuthRoutes(app: FastifyInstance, deps: ApiDeps): void {
  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/login',
    permission: 'public',
    summary: 'Sign in with email and password; sets the session cookie',
    tags: ['auth'],
    body: loginSchema,
    response: z.union([
      signedInSchema,
      z.object({
        twoFactor: z.literal(true),
        challenge: z.string().describe('send with the code to POST /api/auth/login/code'),
        expiresAt: z.iso.datetime(),
      }),
    ]),
    handler: async ({ body, req, reply, deps }) => {
      const result = await signIn(deps, body, req.ip);
      if (result.challenge)
        return {
          twoFactor: true,
          challenge: result.challenge.token,
          expiresAt: result.challenge.expiresAt,
        };
      const { user, session } = result;
      setSessionCookie(req, reply, session.token, session.maxAgeSeconds, deps.publicUrl);
      return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/login/code',
    permission: 'public',
    summary:
      'Second step of a sign-in with two-factor on: the pending token and an app code (or a recovery code); sets the session cookie',
    tags: ['auth'],
    body: secondStepSchema,
    response: signedInSchema,
    handler: async ({ body, req, reply, deps }) => {
      const { user, session } = await completeSecondStep(deps, body, req.ip);
      setSessionCookie(req, reply, session.token, session.maxAgeSeconds, deps.publicUrl);
      return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/logout',
    permission: 'authenticated',
    summary: 'Sign out: the session ends at once (nothing to do for API tokens)',
    tags: ['auth'],
    handler: async ({ auth, req, reply, deps }) => {
      if (auth.via === 'session') {
        await logout(deps, auth.token);
        clearSessionCookie(req, reply, deps.publicUrl);
      }
      return undefined;
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/auth/me',
    permission: 'authenticated',
    summary: 'The signed-in user, and the CSRF token of the session',
    tags: ['auth'],
    response: meSchema,
    handler: async ({ auth, deps }) => ({
      user: auth.user,
      via: auth.via,
      csrfToken: auth.via === 'session' ? auth.csrfToken : null,
      twoFactor: await twoFactorStatus(deps.store, auth.user),
    }),
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/auth/me',
    permission: 'authenticated',
    summary: 'Change your own name or interface language',
    tags: ['auth'],
    body: z
      .object({ name: personNameSchema.optional(), uiLanguage: editionSchema.optional() })
      .strict(),
    response: z.object({ user: userSchema }),
    handler: async ({ actor, body, deps }) => ({
      user: await updateUser(deps, actor, actor.id, body),
    }),
  });

  defineRoute(app, deps, {
    method: 'PUT',
    url: '/api/auth/me/password',
    permission: 'authenticated',
    summary: 'Change your own password; your other sessions end and your API tokens are revoked',
    tags: ['auth'],
    body: z.object({ currentPassword: z.string().max(1000), password: passwordSchema }).strict(),
    response: revokedSchema,
    handler: async ({ actor, auth, body, deps }) => {
      if (auth.via !== 'session')
        throw new LedeError('forbidden', 'change passwords from a signed-in session');
      const revoked = await setPassword(
        deps,
        actor,
        { userId: actor.id, password: body.password, currentPassword: body.currentPassword },
        { keepSessionId: auth.sessionId },
      );
      return { revoked, message: revokedMessage(revoked) };
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/auth/password',
    permission: 'public',
    summary: 'Set a password with the one-time token of a set-password link',
    tags: ['auth'],
    body: resetPasswordSchema,
    response: revokedSchema.extend({ email: z.string() }),
    handler: async ({ body, deps }) => {
      const { email, revoked } = await resetPassword(deps, body);
      return { email, revoked, message: revokedMessage(revoked) };
    },
  });
}
