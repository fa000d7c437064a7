// The server checks a body sent to the newsroom API with the editor's own schema and names the bad block.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { storyJson } from './support/newsroom-fixtures.js';
import { storyApi } from './support/story-api-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
});
after(async () => {
  await t.dispose();
});

test('a question without a paragraph is refused with the block named, on create and on save', async () => {
  const api = storyApi(t);
  const writer = await api.caller('editor');
  // An editor files under the edition's rubrics; a chief made this one (the taxonomy is guarded).
  await ensureRubric(t.lede.deps.store, 'ru', 'Экономика');
  const bad = [
    { type: 'paragraph', content: [{ text: 'Вступление.' }] },
    { type: 'question', content: [] },
  ];
  const created = await writer.call('POST', '/api/stories', storyJson({ blocks: bad }));
  assert.equal(created.statusCode, 400);
  assert.match(
    created.json<{ message: string }>().message,
    /block 2 \(question\)|block 1 \(question\)/,
  );

  const ok = await writer.call('POST', '/api/stories', storyJson());
  assert.equal(ok.statusCode, 201, ok.body);
  const story = ok.json<{ id: number; version: number }>();
  const saved = await writer.call(
    'PATCH',
    `/api/stories/${story.id}`,
    { blocks: bad },
    { 'if-match': String(story.version) },
  );
  assert.equal(saved.statusCode, 400);
  assert.match(saved.json<{ message: string }>().message, /question/);
});

test('runs are stored in the editor schema canonical form', async () => {
  const api = storyApi(t);
  const writer = await api.caller('editor');
  // An editor files under the edition's rubrics; a chief made this one (the taxonomy is guarded).
  await ensureRubric(t.lede.deps.store, 'ru', 'Экономика');
  const res = await writer.call(
    'POST',
    '/api/stories',
    storyJson({
      blocks: [{ type: 'paragraph', content: [{ text: 'Два ' }, { text: 'куска' }, { text: '' }] }],
    }),
  );
  assert.equal(res.statusCode, 201, res.body);
  assert.deepEqual(res.json<{ blocks: unknown }>().blocks, [
    { type: 'paragraph', content: [{ text: 'Два куска' }] },
  ]);
});
