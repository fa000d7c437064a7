// Builds the OpenAPI 3.1 document of the newsroom API from the registry of route specs.

import { z } from 'zod';
import type { AnyRouteSpec } from './route-spec.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { CSRF_HEADER } from './define-route.js';

type JsonSchema = Record<string, unknown>;

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

function operation(spec: AnyRouteSpec): JsonSchema {
  const isPublic = spec.permission === 'public';
  const success = String(spec.status ?? 200);
  const responses: Record<string, unknown> = {
    [success]: spec.response
      ? {
          description: 'Success',
          content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } },
        }
      : { description: 'Success' },
    '400': errorResponse('The input is not valid; `field` names the field'),
  };
  if (!isPublic) {
    responses['401'] = errorResponse('No valid session or token');
    responses['403'] = errorResponse('Not allowed, or a missing CSRF token');
  }
  return {
    summary: spec.summary,
    tags: spec.tags,
    operationId: `${spec.method.toLowerCase()}${spec.url.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
    'x-permission': spec.permission,
    security: isPublic ? [] : [{ session: [] }, { bearer: [] }],
    parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
          },
        }
      : spec.multipart
        ? {
            requestBody: {
              required: true,
              content: { 'multipart/form-data': { schema: jsonSchema(spec.multipart, 'input') } },
            },
          }
        : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly AnyRouteSpec[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of routes) {
    const path = spec.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    (paths[path] ??= {})[spec.method.toLowerCase()] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lede newsroom API',
      version: '1',
      description:
        `Sign in with POST /api/auth/login (a \`${SESSION_COOKIE}\` cookie; send the returned csrfToken ` +
        `in the \`${CSRF_HEADER}\` header of every POST, PUT, PATCH and DELETE), or send ` +
        '`Authorization: Bearer <API token>` (no CSRF token needed).',
    },
    paths,
    components: {
      schemas: { Error: errorBody },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}
