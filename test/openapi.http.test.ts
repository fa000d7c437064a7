// /api/openapi.json covers every API route the application serves (the partner API too), and its structure holds.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { addSubscriber } from '../src/operations/subscribers.js';
import { NOW, storyInput } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

type Json = Record<string, unknown>;
interface Operation {
  responses?: Record<string, { description?: string; content?: Record<string, { schema: Json }> }>;
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  security?: Record<string, string[]>[];
  operationId?: string;
}
interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
}

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let t: TestApp;
let doc: Document;
let storyId: number;
let key: string;

/**
 * Every method and path the router serves, read from Fastify's own route tree (not from the
 * registry the document is built from). HEAD is Fastify's automatic twin of GET.
 */
function servedRoutes(): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const stack: string[] = [];
  for (const line of t.lede.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('');
    for (const method of (m[3] ?? '').split(', ').filter(Boolean))
      if (method !== 'HEAD') out.push({ method: method.toLowerCase(), path });
  }
  return out;
}

/** Follows a local JSON pointer ("#/components/schemas/Error") in the document. */
function resolve(ref: string): unknown {
  assert.match(ref, /^#\//, `only local references: ${ref}`);
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/'))
    node = (node as Json | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  return node;
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  return found;
}

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: 'https://lede.example' } });
  const { story } = await importStory(t.lede.deps, SYSTEM, storyInput({ sourceKey: 't:ferry' }));
  storyId = story.id;
  ({ key } = await addSubscriber(t.lede.deps, SYSTEM, { name: 'Docs reader' }));
  const res = await t.lede.app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  doc = res.json<Document>();
});
after(async () => {
  await t.dispose();
});

describe('coverage', () => {
  test('every /api route the router serves is in the document with its method', () => {
    const api = servedRoutes().filter((r) => r.path.startsWith('/api/') && !r.path.endsWith('*'));
    assert.ok(api.length > 40, `only ${api.length} API routes found in the router`);
    const missing = api
      .map((r) => ({ ...r, path: r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}') }))
      .filter((r) => !doc.paths[r.path]?.[r.method])
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    assert.deepEqual(missing, []);
    for (const path of ['/api/ninjs/items', '/api/ninjs/items/{id}', '/api/newsml/items/{id}'])
      assert.ok(doc.paths[path]?.get, path);
    assert.ok(doc.paths['/api/search']?.get);
  });

  test('and the document lists nothing the router does not serve', () => {
    const served = new Set(servedRoutes().map((r) => `${r.method} ${r.path}`));
    for (const [path, ops] of Object.entries(doc.paths))
      for (const method of Object.keys(ops)) {
        const url = path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
        assert.ok(served.has(`${method} ${url}`), `${method} ${path}`);
      }
  });
});

describe('the partner API', () => {
  test('declares the subscriber key as a bearer scheme, and refusals 401 and 429', () => {
    const scheme = doc.components.securitySchemes.subscriberKey;
    assert.deepEqual(
      { type: scheme?.type, scheme: scheme?.scheme },
      {
        type: 'http',
        scheme: 'bearer',
      },
    );
    for (const path of ['/api/ninjs/items', '/api/ninjs/items/{id}', '/api/newsml/items/{id}']) {
      const op = doc.paths[path]!.get!;
      assert.deepEqual(op.security, [{ subscriberKey: [] }], path);
      assert.ok(op.responses?.['401'], path);
      assert.ok(op.responses?.['429'], path);
    }
  });

  test('the change stream has its query parameters; items their path id', () => {
    const stream = doc.paths['/api/ninjs/items']!.get!;
    const params = Object.fromEntries((stream.parameters ?? []).map((p) => [p.name, p]));
    assert.deepEqual(Object.keys(params).sort(), ['edition', 'limit', 'since']);
    for (const p of Object.values(params)) assert.equal(p.in, 'query');
    assert.equal(params.limit?.schema?.maximum, 100);
    assert.deepEqual(
      params.edition?.schema?.enum,
      t.lede.deps.editions.map((e) => e.code),
    );
    for (const path of ['/api/ninjs/items/{id}', '/api/newsml/items/{id}']) {
      const id = doc.paths[path]!.get!.parameters?.find((p) => p.name === 'id');
      assert.deepEqual([id?.in, id?.required], ['path', true], path);
      assert.ok(doc.paths[path]!.get!.responses?.['404'], path);
    }
  });

  test('answers are documented as ninjs JSON and NewsML-G2 XML, and the real answers fit', async () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ components: doc.components }, 'doc');
    const schemaOf = (path: string, type: string) => {
      const s = doc.paths[path]!.get!.responses!['200']!.content![type]!.schema;
      return ajv.compile({ $ref: `doc${String(s.$ref)}` });
    };
    const auth = { authorization: `Bearer ${key}` };

    const page = await t.lede.app.inject({ url: '/api/ninjs/items?limit=5', headers: auth });
    assert.equal(page.statusCode, 200);
    const pageValid = schemaOf('/api/ninjs/items', 'application/json');
    assert.ok(pageValid(page.json()), JSON.stringify(pageValid.errors));
    assert.equal(page.json<{ items: unknown[] }>().items.length, 1);

    const item = await t.lede.app.inject({ url: `/api/ninjs/items/${storyId}`, headers: auth });
    const itemValid = schemaOf('/api/ninjs/items/{id}', 'application/json');
    assert.ok(itemValid(item.json()), JSON.stringify(itemValid.errors));
    assert.equal(itemValid({ uri: 'x' }), false, 'the schema asks for the required fields');

    const xml = doc.paths['/api/newsml/items/{id}']!.get!.responses!['200']!.content!;
    assert.deepEqual(Object.keys(xml), ['application/vnd.iptc.g2.newsitem+xml']);
    const newsml = await t.lede.app.inject({ url: `/api/newsml/items/${storyId}`, headers: auth });
    assert.match(
      String(newsml.headers['content-type']),
      /^application\/vnd\.iptc\.g2\.newsitem\+xml/,
    );
  });
});

describe('structure', () => {
  test('OpenAPI 3.1 with info; every operation has responses with descriptions', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.info.title && doc.info.version);
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      assert.match(path, /^\/api\//);
      for (const [method, op] of Object.entries(ops)) {
        assert.ok(METHODS.includes(method), `${method} ${path}`);
        const responses = Object.entries(op.responses ?? {});
        assert.ok(responses.length > 0, `${method} ${path} has no responses`);
        for (const [status, r] of responses) {
          assert.match(status, /^[1-5]\d\d$/, `${method} ${path}`);
          assert.equal(typeof r.description, 'string', `${method} ${path} ${status}`);
        }
        assert.ok(op.operationId && !ids.has(op.operationId), `operationId of ${method} ${path}`);
        ids.add(op.operationId);
        // Each {name} of the path template is a required path parameter, and nothing more.
        const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path');
        assert.deepEqual(inPath.map((p) => p.name).sort(), names, `${method} ${path}`);
        for (const p of inPath) assert.equal(p.required, true);
        for (const s of op.security ?? [])
          for (const name of Object.keys(s))
            assert.ok(doc.components.securitySchemes[name], `scheme ${name} of ${path}`);
      }
    }
  });

  test('every referenced schema resolves', () => {
    const refs = refsIn(doc);
    assert.ok(refs.includes('#/components/schemas/NinjsItem'));
    for (const ref of new Set(refs)) assert.ok(resolve(ref), `${ref} does not resolve`);
  });
});
