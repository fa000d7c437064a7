// Declares an HTTP route: method and URL, permission, input schemas checked once, one handler, the answer's shape.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import type {
  AnswerKind,
  HttpMethod,
  PermissionDoc,
  RouteDoc,
  RouteRecord,
} from './route-record.js';

/**
 * Who may call the routes of one surface (newsroom API, partner API, public site), by the
 * permission each route declares.
 */
export interface Gate<Perm extends string, Who> {
  /** Whether a declaration names a permission of this gate; any other fails at start-up. */
  permits(permission: unknown): permission is Perm;
  /**
   * Finds who asks and checks the permission, before the input is read. Throws a LedeError
   * (401, 403) to refuse; may set headers on the reply (a cleared cookie).
   */
  admit(permission: Perm, req: FastifyRequest, reply: FastifyReply): Promise<Who>;
  /** The permission as the OpenAPI document shows it. */
  describe(permission: Perm): PermissionDoc;
}

/** The routes of one surface share a gate, an error answer and (for APIs) the docs registry. */
export interface Surface<Perm extends string, Who> {
  gate: Gate<Perm, Who>;
  /**
   * The error answer (JSON `{ error, message }` for the APIs). Without one, errors go on to the
   * application's error handler, which renders the site's pages.
   */
  sendError?: (req: FastifyRequest, reply: FastifyReply, error: unknown) => FastifyReply;
  /** Where the routes are recorded for /api/openapi.json; routes of a surface without one are not. */
  registry?: RouteRecord[];
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<Who, P, Q, B> {
  /** What the gate admitted: the signed-in person, the subscriber, or null for anyone. */
  who: Who;
  params: P;
  query: Q;
  body: B;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<
  Perm extends string,
  Who,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends z.ZodType | undefined = undefined,
> {
  method: HttpMethod;
  /** Fastify path, e.g. "/api/users/:id". */
  url: string;
  /** Required: a route without a permission its surface knows fails at start-up. */
  permission: Perm;
  /** Path parameters arrive as strings: use z.coerce.number() for ids. */
  params?: PS;
  /** Query parameters arrive as strings: use z.coerce for numbers and booleans. */
  query?: QS;
  /** JSON body; a parse error answers 400 naming the field. */
  body?: BS;
  /**
   * How the answer is shaped. A handler returns the value to send (JSON is serialised, a string
   * is sent as the kind's media type), undefined for 204, or the reply it has sent itself.
   */
  answer: AnswerKind;
  /** HTTP status of a success (200 by default). */
  status?: number;
  /** Required on a surface with a registry (the API's): its OpenAPI entry. */
  doc?: RouteDoc;
  handler: (ctx: RouteContext<Who, Parsed<PS>, Parsed<QS>, Parsed<BS>>) => Promise<unknown>;
}

const MEDIA_TYPES: Record<AnswerKind, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

/** Parses one part of the request, or throws invalid_input naming the field. */
export function parsePart(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || where;
  throw new LedeError('invalid_input', `${field}: ${issue.message}`, { field });
}

function shape(
  spec: { answer: AnswerKind; status?: number },
  reply: FastifyReply,
  result: unknown,
) {
  if (result === reply) return reply;
  if (result === undefined) return reply.sent ? reply : reply.code(204).send();
  if (reply.sent) return reply;
  reply.code(spec.status ?? 200);
  if (typeof result === 'string' && spec.answer !== 'json' && !reply.hasHeader('content-type'))
    reply.header('content-type', MEDIA_TYPES[spec.answer]);
  return reply.send(result);
}

/**
 * Registers a route. Throws at once (start-up fails) when the permission is missing or unknown
 * to the surface, or when an API route has no docs. Per request: the gate (401, 403), then the
 * input (400), then the handler; every error thrown on the way is answered by the surface.
 */
export function defineRoute<
  Perm extends string,
  Who,
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends z.ZodType | undefined = undefined,
>(app: FastifyInstance, surface: Surface<Perm, Who>, spec: RouteSpec<Perm, Who, PS, QS, BS>): void {
  const label = `${String(spec?.method)} ${String(spec?.url)}`;
  const permission = (spec as { permission?: unknown } | undefined)?.permission;
  if (!surface.gate.permits(permission))
    throw new Error(`route ${label} declares no valid permission (${String(permission)})`);
  if (surface.registry) {
    const doc = spec.doc;
    if (typeof doc?.summary !== 'string' || !Array.isArray(doc.tags))
      throw new Error(`route ${label} needs a summary and tags for the API docs`);
    surface.registry.push({
      method: spec.method,
      url: spec.url,
      permission: spec.permission,
      access: surface.gate.describe(spec.permission),
      answer: spec.answer,
      doc,
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.status ? { status: spec.status } : {}),
    });
  }
  const admitted = new WeakMap<FastifyRequest, { who: Who }>();
  const fail = (req: FastifyRequest, reply: FastifyReply, error: unknown) => {
    if (!surface.sendError) throw error;
    return surface.sendError(req, reply, error);
  };
  app.route({
    method: spec.method,
    url: spec.url,
    // Before the surface's preHandler hooks (the partner API's rate limit counts per key).
    preValidation: async (req, reply) => {
      try {
        admitted.set(req, { who: await surface.gate.admit(spec.permission, req, reply) });
      } catch (error) {
        return fail(req, reply, error);
      }
    },
    handler: async (req, reply) => {
      try {
        const who = admitted.get(req);
        if (!who) throw new Error(`route ${label} ran without its gate`);
        const ctx = {
          who: who.who,
          params: parsePart(spec.params, req.params, 'params'),
          query: parsePart(spec.query, req.query, 'query'),
          body: parsePart(spec.body, req.body, 'body'),
          req,
          reply,
        } as RouteContext<Who, Parsed<PS>, Parsed<QS>, Parsed<BS>>;
        return shape(spec, reply, await spec.handler(ctx));
      } catch (error) {
        return fail(req, reply, error);
      }
    },
  });
}
