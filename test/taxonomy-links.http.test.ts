// Rubric and tag links across editions over HTTP, on either database: read, replace, unlink;
// chiefs only, the body checked at the edge, both routes in the served OpenAPI document.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ensureRubric, ensureTag } from '../src/operations/taxonomy.js';
import { storyApi, type Caller } from './support/story-api-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let editor: Caller;
let chief: Caller;

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  const api = storyApi(t);
  editor = await api.caller('editor', ['ru', 'en', 'az']);
  chief = await api.caller('chief', []);
});
after(async () => {
  await t.dispose();
});

interface Links {
  key: string | null;
  items: { id: number; edition: string; name: string; key?: string }[];
}

test('a chief links a rubric with its counterparts; anyone signed in sees the link; [] unlinks', async () => {
  const { store } = t.lede.deps;
  const az = await ensureRubric(store, 'az', 'Mədəniyyət');
  const ru = await ensureRubric(store, 'ru', 'Культура');
  const en = await ensureRubric(store, 'en', 'Culture');

  const refused = await editor.call('PUT', `/api/rubrics/${ru.id}/links`, { ids: [en.id] });
  assert.equal(refused.statusCode, 403, refused.body);
  for (const body of [{ ids: ['x'] }, { ids: [en.id], key: 'culture' }, {}]) {
    const bad = await chief.call('PUT', `/api/rubrics/${ru.id}/links`, body);
    assert.equal(bad.statusCode, 400, `${JSON.stringify(body)}: ${bad.body}`);
  }
  const twice = await chief.call('PUT', `/api/rubrics/${ru.id}/links`, { ids: [en.id, en.id] });
  assert.equal(twice.statusCode, 200, 'the same id twice is one');

  const put = await chief.call('PUT', `/api/rubrics/${ru.id}/links`, { ids: [az.id, en.id] });
  assert.equal(put.statusCode, 200, put.body);
  const linked = put.json<Links>();
  assert.ok(linked.key);
  assert.deepEqual(
    linked.items.map((r) => r.name).sort(),
    ['Culture', 'Mədəniyyət', 'Культура'].sort(),
  );

  const seen = await editor.call('GET', `/api/rubrics/${en.id}/links`);
  assert.equal(seen.statusCode, 200, seen.body);
  assert.equal(seen.json<Links>().key, linked.key);
  assert.equal(seen.json<Links>().items.length, 3);
  const tree = await editor.call('GET', '/api/rubrics?edition=az');
  const azNode = tree
    .json<{ items: { id: number; key?: string }[] }>()
    .items.find((r) => r.id === az.id);
  assert.equal(azNode?.key, linked.key, 'the rubric tree carries the key');

  const unlink = await chief.call('PUT', `/api/rubrics/${az.id}/links`, { ids: [] });
  const alone = unlink.json<Links>();
  assert.equal(alone.key, null);
  assert.deepEqual(
    alone.items.map((r) => [r.id, r.key]),
    [[az.id, undefined]],
  );
  assert.equal(
    (await editor.call('GET', `/api/rubrics/${en.id}/links`)).json<Links>().items.length,
    2,
  );
  assert.equal((await editor.call('GET', '/api/rubrics/999999/links')).statusCode, 404);
});

test('tags: linked through the API, listed with their key, and the linked ones alone', async () => {
  const { store } = t.lede.deps;
  const ru = await ensureTag(store, 'ru', 'Каспийское море');
  const en = await ensureTag(store, 'en', 'Caspian Sea');
  await ensureTag(store, 'en', 'Baku');
  const en2 = await ensureTag(store, 'en', 'Caspian');

  const twoEn = await chief.call('PUT', `/api/tags/${ru.id}/links`, { ids: [en.id, en2.id] });
  assert.equal(twoEn.statusCode, 400, twoEn.body);
  assert.match(twoEn.body, /two tags of the en edition/);

  const put = await chief.call('PUT', `/api/tags/${ru.id}/links`, { ids: [en.id] });
  assert.equal(put.statusCode, 200, put.body);
  const { key } = put.json<Links>();
  const listed = await editor.call('GET', '/api/tags?edition=en&q=caspian');
  assert.deepEqual(
    listed.json<Links>().items.map((x) => [x.name, x.key]),
    [
      ['Caspian', undefined],
      ['Caspian Sea', key],
    ],
  );
  const linked = await editor.call('GET', '/api/tags?edition=en&linked=true');
  assert.deepEqual(
    linked.json<Links>().items.map((x) => x.name),
    ['Caspian Sea'],
  );
  assert.equal((await editor.call('GET', '/api/tags?edition=en&linked=yes')).statusCode, 400);

  const audit = await store.audit.list({ limit: 5 });
  assert.equal(audit[0]?.action, 'tag.link');
});

test('the OpenAPI document describes the four link routes', async () => {
  const res = await t.lede.app.inject({ method: 'GET', url: '/api/openapi.json' });
  const doc = res.json<{ paths: Record<string, Record<string, unknown>> }>();
  for (const kind of ['rubrics', 'tags']) {
    const path = doc.paths[`/api/${kind}/{id}/links`];
    assert.ok(path?.get && path.put, `${kind}: ${Object.keys(path ?? {}).join()}`);
  }
});
