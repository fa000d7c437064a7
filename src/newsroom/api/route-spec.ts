// The shape of a newsroom API route: its permission, its input schemas, its docs and its handler (see src/http).

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Action, Actor, UserActor } from '../../domain/actor.js';
import type { User } from '../../domain/user.js';
import type { Deps } from '../../operations/deps.js';
import type { HttpMethod, RouteRecord } from '../../http/route-record.js';

export type { HttpMethod };

/** An action of the role matrix (checked in at least one edition), any signed-in person, or anyone. */
export type Permission = Action | 'authenticated' | 'public';

/** How the request proved who it is. */
export type Auth =
  | {
      via: 'session';
      actor: UserActor;
      user: User;
      /** The session's id in the store (sha256 of the cookie's token). */
      sessionId: string;
      csrfToken: string;
      /** The cookie's token itself. */
      token: string;
      /** Set when this request slid the session: the cookie is sent again to live until then. */
      renewedUntil?: string;
      /** The role requires two-factor sign-in and the user has none yet: only enrolment works. */
      mustEnrolTwoFactor?: boolean;
    }
  | { via: 'token'; actor: UserActor; user: User; tokenId: number };

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<B, P, Q, Perm extends Permission> {
  /** Who acts: always a signed-in person, except on public routes where it may be nobody. */
  actor: Perm extends 'public' ? Actor | null : UserActor;
  auth: Perm extends 'public' ? Auth | null : Auth;
  body: B;
  params: P;
  query: Q;
  req: FastifyRequest;
  reply: FastifyReply;
  deps: ApiDeps;
}

export interface RouteSpec<
  BS extends z.ZodType | undefined = undefined,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  Perm extends Permission = Permission,
> {
  method: HttpMethod;
  /** Fastify path, e.g. "/api/users/:id". */
  url: string;
  /** Required: a route without one fails at start-up. */
  permission: Perm;
  /** JSON body; parse errors answer 400 naming the field. */
  body?: BS;
  /** Docs only: the fields of a multipart/form-data body, which the handler reads itself. */
  multipart?: z.ZodType;
  /** Path parameters arrive as strings: use z.coerce.number() for ids. */
  params?: PS;
  /** Query parameters arrive as strings: use z.coerce for numbers and booleans. */
  query?: QS;
  /** The success answer, for /api/openapi.json only (not checked at run time). */
  response?: z.ZodType;
  /** HTTP status of a success (200 by default; 204 when the handler returns undefined). */
  status?: number;
  summary: string;
  tags: string[];
  handler: (ctx: RouteContext<Parsed<BS>, Parsed<PS>, Parsed<QS>, Perm>) => Promise<unknown>;
}

/** What API routes are given: the operations' dependencies and the registry of routes. */
export interface ApiDeps extends Deps {
  /** Every API route defined so far (the partner API's too); /api/openapi.json is built from it. */
  routes: RouteRecord[];
}
