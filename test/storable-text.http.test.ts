// Text no database can store (NUL, unpaired surrogates) is refused with 400 naming the field, on SQLite and PostgreSQL alike.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { storyJson } from './support/newsroom-fixtures.js';
import { storyApi, type Caller } from './support/story-api-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let editor: Caller;

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  await ensureRubric(t.lede.deps.store, 'ru', 'Экономика');
  editor = await storyApi(t).caller('editor', ['ru']);
});
after(async () => {
  await t.dispose();
});

const BAD: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['an unpaired high surrogate', 'a\ud800b'],
  ['an unpaired low surrogate', 'a\udc00b'],
];

function assertRefused(res: LightMyRequestResponse, field: string) {
  assert.equal(res.statusCode, 400);
  const body = res.json<{ error: string; message: string; field: string }>();
  assert.equal(body.error, 'invalid_input');
  assert.equal(body.field, field);
  assert.match(
    body.message,
    new RegExp(`^${field.replaceAll('.', '\\.')}: contains .+ cannot be stored`),
  );
}

test('the login route refuses such text with 400 naming the field', async () => {
  for (const [what, text] of BAD) {
    const res = await t.lede.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `x${text}@agency.example`, password: 'correct horse battery' },
    });
    assert.equal(res.statusCode, 400, what);
    assertRefused(res, 'email');
  }
});

test('a story save refuses it in the title, a block deep down, a tag, or a field name', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ title: `Порт${BAD[0]![1]}` }, 'title'],
    [
      { blocks: [{ type: 'paragraph', content: [{ text: `Абзац${BAD[1]![1]}` }] }] },
      'blocks.0.content.0.text',
    ],
    [{ tags: ['Порт', `Тег${BAD[2]![1]}`] }, 'tags.1'],
  ];
  for (const [over, field] of cases)
    assertRefused(await editor.call('POST', '/api/stories', storyJson(over)), field);
  const keyed = await editor.call('POST', '/api/stories', { ...storyJson(), 'x\u0000': 1 });
  assert.equal(keyed.statusCode, 400);
  assert.equal(keyed.json<{ field: string }>().field, 'x\u0000');
  // Nothing was stored; a story with emoji (surrogate pairs) and ordinary text is.
  const fine = await editor.call('POST', '/api/stories', storyJson({ title: 'Порт 🚢 растёт' }));
  assert.equal(fine.statusCode, 201, fine.body);
});

test('a query parameter of the API and of the site search form is refused the same way', async () => {
  for (const url of ['/api/search?q=port%00', '/ru/search?q=port%00'])
    assertRefused(await t.lede.app.inject({ method: 'GET', url }), 'q');
});
