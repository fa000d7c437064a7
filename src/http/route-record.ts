// What is kept of every declared route for the API's OpenAPI document: method, URL, permission, schemas, docs.

import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a route answers: JSON (APIs), an HTML page (the site), an XML document (feeds, NewsML), text. */
export type AnswerKind = 'json' | 'html' | 'xml' | 'text';

export type JsonSchema = Record<string, unknown>;

/** One OpenAPI security requirement: a scheme's name and its scopes. */
export type SecurityRequirement = Record<string, string[]>;

/** What a gate says about a permission for the docs: who may call, how, and how it refuses. */
export interface PermissionDoc {
  /** Alternatives, any one of which is enough; empty for anyone. */
  security: SecurityRequirement[];
  /** The schemes the requirements name, as OpenAPI security schemes. */
  schemes: Record<string, JsonSchema>;
  /** Refusal statuses and what they mean (401, 403, 429). */
  refusals: Record<string, string>;
}

/** The docs of a route that the OpenAPI document shows. */
export interface RouteDoc {
  summary: string;
  tags: string[];
  description?: string;
  /** The success answer as JSON, described by its zod schema (not checked at run time). */
  response?: z.ZodType;
  /** Success answers that are not zod-described: media type → JSON Schema (may $ref `schemas`). */
  content?: Record<string, JsonSchema>;
  /** Response headers of a success: name → description. */
  headers?: Record<string, string>;
  /** Named schemas for components.schemas, referenced as #/components/schemas/<name>. */
  schemas?: Record<string, JsonSchema>;
  /** The fields of a multipart/form-data body, which the handler reads itself. */
  multipart?: z.ZodType;
  /** Error statuses beyond the input's 400 and the gate's refusals: status → meaning. */
  errors?: Record<string, string>;
}

export interface RouteRecord {
  method: HttpMethod;
  /** Fastify path, e.g. "/api/users/:id". */
  url: string;
  permission: string;
  access: PermissionDoc;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  answer: AnswerKind;
  /** HTTP status of a success (200 by default). */
  status?: number;
  doc: RouteDoc;
}

declare module 'fastify' {
  interface FastifyInstance {
    ledeRoutes: RouteRecord[];
  }
}

/**
 * The application's registry of documented routes, shared by every scope: call it with the
 * application (the root instance) before registering plugins, so child scopes inherit it.
 */
export function routeRegistry(app: FastifyInstance): RouteRecord[] {
  if (!app.hasDecorator('ledeRoutes')) app.decorate('ledeRoutes', []);
  return app.ledeRoutes;
}
