// Builds the OpenAPI 3.1 document of every API route (newsroom and partner API) from the registry of declared routes.

import { z } from 'zod';
import type { JsonSchema, RouteRecord } from '../../http/route-record.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { CSRF_HEADER } from './define-route.js';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: prop,
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
  }));
}

const errorBody = {
  type: 'object',
  properties: {
    error: { type: 'string', description: 'stable error code' },
    message: { type: 'string' },
    field: { type: 'string', description: 'the input field at fault, when there is one' },
  },
  required: ['error', 'message'],
};

function errorResponse(description: string) {
  return {
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
}

function success(route: RouteRecord): JsonSchema {
  const { response, content, headers } = route.doc;
  const media: Record<string, { schema: JsonSchema }> = {};
  if (response) media['application/json'] = { schema: jsonSchema(response, 'output') };
  for (const [type, schema] of Object.entries(content ?? {})) media[type] = { schema };
  return {
    description: 'Success',
    ...(Object.keys(media).length > 0 ? { content: media } : {}),
    ...(headers
      ? {
          headers: Object.fromEntries(
            Object.entries(headers).map(([name, description]) => [
              name,
              { description, schema: { type: 'string' } },
            ]),
          ),
        }
      : {}),
  };
}

function operationId(route: RouteRecord): string {
  const words = route.url.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c?: string) =>
    c ? c.toUpperCase() : '',
  );
  return `${route.method.toLowerCase()}${words}`;
}

function operation(route: RouteRecord): JsonSchema {
  const hasInput = !!(route.params || route.query || route.body || route.doc.multipart);
  const responses: Record<string, unknown> = {
    [String(route.status ?? 200)]: success(route),
  };
  if (hasInput) responses['400'] = errorResponse('The input is not valid; `field` names the field');
  const refusals = { ...route.access.refusals, ...route.doc.errors };
  for (const [status, description] of Object.entries(refusals))
    responses[status] = errorResponse(description);
  const { doc } = route;
  return {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: doc.tags,
    operationId: operationId(route),
    'x-permission': route.permission,
    security: route.access.security,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : doc.multipart
        ? {
            requestBody: {
              required: true,
              content: { 'multipart/form-data': { schema: jsonSchema(doc.multipart, 'input') } },
            },
          }
        : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly RouteRecord[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const schemas: Record<string, JsonSchema> = { Error: errorBody };
  const securitySchemes: Record<string, JsonSchema> = {};
  const tags = new Set<string>();
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
    Object.assign(schemas, route.doc.schemas);
    Object.assign(securitySchemes, route.access.schemes);
    for (const tag of route.doc.tags) tags.add(tag);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lede API',
      version: '1',
      description:
        'The newsroom API: sign in with POST /api/auth/login (a ' +
        `\`${SESSION_COOKIE}\` cookie; send the returned csrfToken in the \`${CSRF_HEADER}\` header ` +
        'of every POST, PUT, PATCH and DELETE), or send `Authorization: Bearer <API token>` ' +
        '(no CSRF token needed). The partner API (tag `partner`) takes ' +
        '`Authorization: Bearer <subscriber key>` or a newsroom API token.',
    },
    tags: [...tags].map((name) => ({ name })),
    paths,
    components: { schemas, securitySchemes },
  };
}
