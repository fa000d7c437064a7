// A guarded taxonomy over HTTP, on either database: only chiefs and admins add rubrics (an
// editor's save naming a new one is refused, naming the ones there are); rubrics and tags hidden
// from readers, merged (stories move, old addresses answer 301) and deleted when empty.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Rubric, Tag } from '../src/domain/taxonomy.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { storyJson } from './support/newsroom-fixtures.js';
import { storyApi, type Caller } from './support/story-api-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let api: ReturnType<typeof storyApi>;
let editor: Caller;
let chief: Caller;

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  api = storyApi(t);
  for (const name of ['Экономика', 'Политика', 'Спорт / Футбол'])
    await ensureRubric(t.lede.deps.store, 'ru', name);
  editor = await api.caller('editor', ['ru']);
  chief = await api.caller('chief', []);
});
after(async () => {
  await t.dispose();
});

const page = (url: string) => t.lede.app.inject({ method: 'GET', url });
const menuOf = async () => {
  const html = (await page('/ru/')).body;
  return /<nav class="menu"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
};

async function rubricNamed(name: string): Promise<Rubric> {
  const rubric = (await t.lede.deps.store.taxonomy.listRubrics('ru')).find((r) => r.name === name);
  assert.ok(rubric, name);
  return rubric;
}

async function tagNamed(name: string): Promise<Tag> {
  const tag = await t.lede.deps.store.taxonomy.findTag('ru', name);
  assert.ok(tag, name);
  return tag;
}

describe('who adds rubrics', () => {
  test("an editor's save naming a new rubric is refused with 422 and the rubrics there are", async () => {
    const res = await editor.call('POST', '/api/stories', storyJson({ rubric: 'Культура' }));
    assert.equal(res.statusCode, 422, res.body);
    const body = res.json<{ error: string; message: string; field: string }>();
    assert.equal(body.error, 'unknown_rubric');
    assert.equal(body.field, 'rubric');
    assert.match(body.message, /no rubric "Культура"/);
    for (const name of ['Экономика', 'Политика', 'Спорт', 'Спорт / Футбол'])
      assert.ok(body.message.includes(name), `${name} is offered: ${body.message}`);
    assert.equal(
      (await t.lede.deps.store.taxonomy.listRubrics('ru')).length,
      4,
      'nothing was made',
    );
    assert.doesNotMatch(await menuOf(), /Культура/);

    // A save of an existing story naming a new rubric is refused too.
    const story = await api.storyIn('draft', editor.actor);
    const save = await editor.call(
      'PATCH',
      `/api/stories/${story.id}`,
      { rubric: 'Культура' },
      { 'if-match': `"${story.version}"` },
    );
    assert.equal(save.statusCode, 422, save.body);

    // A chief may: the rubric is made.
    const chiefs = await chief.call('POST', '/api/stories', storyJson({ rubric: 'Культура' }));
    assert.equal(chiefs.statusCode, 201, chiefs.body);
    assert.ok(await rubricNamed('Культура'));
  });
});

describe('hiding', () => {
  test('a hidden rubric is gone from the menu and its page answers 404; its stories stay', async () => {
    const rubric = await rubricNamed('Политика');
    const story = await api.storyIn('published', editor.actor, { rubric: 'Политика' });
    assert.match(await menuOf(), /Политика/);
    assert.equal((await page(`/ru/${rubric.slug}/`)).statusCode, 200);
    assert.equal((await page(`/ru/${rubric.slug}/rss.xml`)).statusCode, 200);

    const forbidden = await editor.call('PUT', `/api/rubrics/${rubric.id}/hidden`, {
      hidden: true,
    });
    assert.equal(forbidden.statusCode, 403);
    const hide = await chief.call('PUT', `/api/rubrics/${rubric.id}/hidden`, { hidden: true });
    assert.equal(hide.statusCode, 200, hide.body);
    assert.equal(hide.json<{ hidden: boolean }>().hidden, true);

    assert.doesNotMatch(await menuOf(), /Политика/);
    assert.equal((await page(`/ru/${rubric.slug}/`)).statusCode, 404);
    assert.equal((await page(`/ru/${rubric.slug}/rss.xml`)).statusCode, 404, 'no feed either');
    assert.equal((await page(story.url)).statusCode, 200, 'the story keeps its page');

    const show = await chief.call('PUT', `/api/rubrics/${rubric.id}/hidden`, { hidden: false });
    assert.equal(show.statusCode, 200);
    assert.match(await menuOf(), /Политика/);
    assert.equal((await page(`/ru/${rubric.slug}/`)).statusCode, 200);
  });

  test('a hidden tag leaves the story page and its own page answers 404', async () => {
    const story = await api.storyIn('published', editor.actor, { tags: ['Секретный тег'] });
    const tag = await tagNamed('Секретный тег');
    assert.match((await page(story.url)).body, /Секретный тег/);
    assert.equal((await page(`/ru/tags/${tag.slug}`)).statusCode, 200);
    const hide = await chief.call('PUT', `/api/tags/${tag.id}/hidden`, { hidden: true });
    assert.equal(hide.statusCode, 200, hide.body);
    assert.doesNotMatch((await page(story.url)).body, /Секретный тег/);
    assert.equal((await page(`/ru/tags/${tag.slug}`)).statusCode, 404);
  });
});

describe('merging', () => {
  test("a merged rubric's stories move and its old address answers 301 to the other", async () => {
    await ensureRubric(t.lede.deps.store, 'ru', 'Экономика страны');
    const from = await rubricNamed('Экономика страны');
    const into = await rubricNamed('Экономика');
    const story = await api.storyIn('published', editor.actor, { rubric: 'Экономика страны' });
    assert.ok(story.url.startsWith(`/ru/${from.slug}/`));
    const before = (await t.lede.deps.store.stories.findById(story.id))!;

    const merge = await chief.call('POST', `/api/rubrics/${from.id}/merge`, { into: into.id });
    assert.equal(merge.statusCode, 200, merge.body);
    const old = await page(`/ru/${from.slug}/`);
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/ru/${into.slug}/`);
    const moved = await page(story.url);
    assert.equal(moved.statusCode, 301, 'the story answers at its new address');
    assert.equal(moved.headers.location, `/ru/${into.slug}/${story.slug}`);
    assert.equal((await page(`/ru/${into.slug}/${story.slug}`)).statusCode, 200);
    const view = await editor.call('GET', `/api/stories/${story.id}`);
    assert.equal(view.json<{ rubric: string }>().rubric, 'Экономика');
    assert.equal(await t.lede.deps.store.taxonomy.findRubricById(from.id), null);
    // The move went through the one story write: partners' feeds see the story changed (its
    // change sequence moved), the text kept its version, and the audit names the move.
    const after = (await t.lede.deps.store.stories.findById(story.id))!;
    assert.equal(after.version, before.version);
    assert.ok((after.changeSeq ?? 0) > (before.changeSeq ?? 0), 'the change sequence moved');
    const audit = await t.lede.deps.store.audit.list({ storyId: story.id, limit: 20 });
    assert.ok(
      audit.some((e) => e.action === 'story.rubric-merge'),
      audit.map((e) => e.action).join(', '),
    );
  });

  test("a merged tag's old address answers 301 to the tag it went into", async () => {
    await api.storyIn('published', editor.actor, { tags: ['Порт Баку'] });
    await api.storyIn('published', editor.actor, { tags: ['Бакинский порт'] });
    const from = await tagNamed('Порт Баку');
    const into = await tagNamed('Бакинский порт');
    const merge = await chief.call('POST', `/api/tags/${from.id}/merge`, { into: into.id });
    assert.equal(merge.statusCode, 200, merge.body);
    const old = await page(`/ru/tags/${from.slug}`);
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/ru/tags/${into.slug}`);
    assert.equal((await page(`/ru/tags/${into.slug}`)).statusCode, 200);
  });
});

describe('deleting', () => {
  test('a rubric with stories is refused with 409; an empty one is deleted', async () => {
    const full = await rubricNamed('Экономика');
    const refused = await chief.call('DELETE', `/api/rubrics/${full.id}`);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json<{ error: string }>().error, 'not_empty');
    assert.ok(await t.lede.deps.store.taxonomy.findRubricById(full.id));

    const parent = await rubricNamed('Спорт');
    const withChild = await chief.call('DELETE', `/api/rubrics/${parent.id}`);
    assert.equal(withChild.statusCode, 409, 'a rubric with sub-rubrics stays');

    const empty = await rubricNamed('Футбол');
    assert.equal((await editor.call('DELETE', `/api/rubrics/${empty.id}`)).statusCode, 403);
    assert.equal((await chief.call('DELETE', `/api/rubrics/${empty.id}`)).statusCode, 204);
    assert.equal(await t.lede.deps.store.taxonomy.findRubricById(empty.id), null);
    assert.equal((await chief.call('DELETE', `/api/rubrics/${empty.id}`)).statusCode, 404);
  });

  test('a tag on a story is refused with 409; an unused one is deleted', async () => {
    await api.storyIn('draft', editor.actor, { tags: ['Занятый тег'] });
    const used = await tagNamed('Занятый тег');
    assert.equal((await chief.call('DELETE', `/api/tags/${used.id}`)).statusCode, 409);
    const lone = await t.lede.deps.store.taxonomy.createTag({
      edition: 'ru',
      name: 'Пустой',
      slug: 'pustoy',
    });
    assert.equal((await chief.call('DELETE', `/api/tags/${lone.id}`)).statusCode, 204);
    assert.equal(await t.lede.deps.store.taxonomy.findTag('ru', 'Пустой'), null);
  });
});
