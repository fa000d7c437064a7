// The route declaration: permission checked at start-up, gate before input, input parsed once, answers by kind.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import { defineRoute, type Gate, type Surface } from './define-route.js';
import { publicSurface } from './public-gate.js';
import type { RouteRecord } from './route-record.js';

/** A gate that knows 'reader' and admits a request with `x-reader: yes`. */
const readerGate: Gate<'reader', string> = {
  permits: (p): p is 'reader' => p === 'reader',
  async admit(_p, req) {
    if (req.headers['x-reader'] !== 'yes') throw new LedeError('unauthenticated', 'who are you?');
    return 'a reader';
  },
  describe: () => ({
    security: [{ readerHeader: [] }],
    schemes: { readerHeader: { type: 'apiKey', in: 'header', name: 'x-reader' } },
    refusals: { '401': 'no reader' },
  }),
};

function jsonSurface(registry?: RouteRecord[]): Surface<'reader', string> {
  return {
    gate: readerGate,
    sendError: (_req, reply, e) =>
      e instanceof LedeError
        ? reply.code(e.status).send({ ...e.data, error: e.code, message: e.detail })
        : reply.code(500).send({ error: 'internal', message: 'internal error' }),
    ...(registry ? { registry } : {}),
  };
}

const doc = { summary: 'a thing', tags: ['things'] };

describe('start-up', () => {
  test('a route without a permission its gate knows fails at registration and at ready()', async () => {
    const app = Fastify();
    const spec = { method: 'GET', url: '/x', answer: 'json', handler: async () => 1 } as const;
    assert.throws(
      () => defineRoute(app, publicSurface, spec as unknown as Parameters<typeof defineRoute>[2]),
      /GET \/x declares no valid permission/,
    );
    assert.throws(
      () => defineRoute(app, jsonSurface(), { ...spec, permission: 'public' as 'reader' }),
      /declares no valid permission \(public\)/,
    );
    void app.register(async (scope) => {
      defineRoute(scope, publicSurface, { ...spec, permission: 'everyone' as 'public' });
    });
    await assert.rejects(async () => {
      await app.ready();
    }, /declares no valid permission/);
  });

  test('a route of a documented surface needs its docs, and is recorded with its access', () => {
    const registry: RouteRecord[] = [];
    const app = Fastify();
    const base = { method: 'GET', url: '/x', permission: 'reader', answer: 'json' } as const;
    assert.throws(
      () => defineRoute(app, jsonSurface(registry), { ...base, handler: async () => 1 }),
      /needs a summary and tags/,
    );
    const params = z.object({ id: z.coerce.number() });
    defineRoute(app, jsonSurface(registry), { ...base, params, doc, handler: async () => 1 });
    assert.equal(registry.length, 1);
    assert.equal(registry[0]!.params, params);
    assert.deepEqual(registry[0]!.access.security, [{ readerHeader: [] }]);
    assert.equal(registry[0]!.permission, 'reader');
  });
});

describe('a request', () => {
  async function app(): Promise<{ app: FastifyInstance; seen: unknown[] }> {
    const seen: unknown[] = [];
    const a = Fastify();
    defineRoute(a, jsonSurface(), {
      method: 'POST',
      url: '/things/:id',
      permission: 'reader',
      params: z.object({ id: z.coerce.number().int().positive() }),
      query: z.object({ dry: z.enum(['yes', 'no']).default('no') }),
      body: z.object({ name: z.string().min(1) }),
      answer: 'json',
      status: 201,
      handler: async (ctx) => {
        seen.push({ who: ctx.who, id: ctx.params.id, dry: ctx.query.dry, name: ctx.body.name });
        return ctx.query.dry === 'yes' ? undefined : { id: ctx.params.id };
      },
    });
    defineRoute(a, publicSurface, {
      method: 'GET',
      url: '/page',
      permission: 'public',
      answer: 'html',
      handler: async () => '<p>hello</p>',
    });
    defineRoute(a, publicSurface, {
      method: 'GET',
      url: '/broken',
      permission: 'public',
      answer: 'html',
      handler: async () => {
        throw new LedeError('not_found', 'nothing here');
      },
    });
    a.setErrorHandler((e, _req, reply) =>
      reply.code(418).send(`app handler: ${(e as Error).message}`),
    );
    await a.ready();
    return { app: a, seen };
  }

  test('the gate refuses before the input is read', async () => {
    const { app: a, seen } = await app();
    const res = await a.inject({ method: 'POST', url: '/things/abc', payload: {} });
    assert.equal(res.statusCode, 401);
    assert.deepEqual(res.json(), { error: 'unauthenticated', message: 'who are you?' });
    assert.deepEqual(seen, []);
  });

  test('input is parsed once, typed, and a bad field answers 400 naming it', async () => {
    const { app: a, seen } = await app();
    const headers = { 'x-reader': 'yes' };
    const ok = await a.inject({
      method: 'POST',
      url: '/things/7',
      headers,
      payload: { name: 'n' },
    });
    assert.equal(ok.statusCode, 201);
    assert.deepEqual(ok.json(), { id: 7 });
    assert.deepEqual(seen, [{ who: 'a reader', id: 7, dry: 'no', name: 'n' }]);
    const dry = await a.inject({
      method: 'POST',
      url: '/things/7?dry=yes',
      headers,
      payload: { name: 'n' },
    });
    assert.equal(dry.statusCode, 204);
    for (const [url, payload, field] of [
      ['/things/0', { name: 'n' }, 'id'],
      ['/things/3?dry=maybe', { name: 'n' }, 'dry'],
      ['/things/3', { name: '' }, 'name'],
    ] as const) {
      const res = await a.inject({ method: 'POST', url, headers, payload });
      assert.equal(res.statusCode, 400, url);
      const body = res.json<{ error: string; field: string; message: string }>();
      assert.equal(body.error, 'invalid_input');
      assert.equal(body.field, field);
      assert.match(body.message, new RegExp(`^${field}: `));
    }
    assert.equal(seen.length, 2);
  });

  test("an HTML answer has its media type; a public surface's errors reach the app's handler", async () => {
    const { app: a } = await app();
    const page = await a.inject({ url: '/page' });
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.body, '<p>hello</p>');
    const broken = await a.inject({ url: '/broken' });
    assert.equal(broken.statusCode, 418);
    assert.equal(broken.body, 'app handler: not_found: nothing here');
  });
});
