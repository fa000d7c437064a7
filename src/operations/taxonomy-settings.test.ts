// Taxonomy settings: rubrics named and ordered, tags renamed and merged, hot tags pinned; chiefs only, audited.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { createStory } from './create-story.js';
import { replaceHotTags } from './hot-tag-settings.js';
import { createRubric, orderRubrics, renameRubric, rubricTree } from './rubric-settings.js';
import { listEditionTags, mergeTags, renameTag } from './tag-settings.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

test('rubrics: create under a parent, rename keeping the slug, reorder a level', async () => {
  const { chief, editor } = deps.people;
  const parent = (await rubricTree(deps, 'ru')).find((r) => r.name === 'Политика')!;
  await assert.rejects(createRubric(deps, editor, { edition: 'ru', name: 'Спорт' }), {
    code: 'forbidden',
  });
  const child = await createRubric(deps, chief, {
    edition: 'ru',
    name: 'Внутренняя политика',
    parentId: parent.id,
  });
  assert.equal(child.parentId, parent.id);
  await assert.rejects(createRubric(deps, chief, { edition: 'ru', name: 'Экономика' }), {
    code: 'duplicate',
  });
  const economy = (await rubricTree(deps, 'ru')).find((r) => r.name === 'Экономика')!;
  const renamed = await renameRubric(deps, chief, economy.id, { name: 'Экономика и бизнес' });
  assert.equal(renamed.slug, economy.slug);
  const top = (await rubricTree(deps, 'ru')).map((r) => r.id);
  const reordered = await orderRubrics(deps, chief, { edition: 'ru', ids: [...top].reverse() });
  assert.deepEqual(
    reordered.map((r) => r.id),
    [...top].reverse(),
  );
  await assert.rejects(orderRubrics(deps, chief, { edition: 'ru', ids: [top[0]!] }), {
    message: /ids: list every rubric/,
  });
  const audit = await deps.store.audit.list({ limit: 50 });
  assert.ok(
    ['rubric.create', 'rubric.rename', 'rubric.order'].every((a) =>
      audit.some((e) => e.action === a),
    ),
  );
});

test('tags: rename keeps the page, a taken name is a merge, merge moves the stories', async () => {
  const { chief, editor } = deps.people;
  const a = await createStory(
    deps,
    editor,
    newStory({ title: 'Теги 1', rubric: 'Экономика и бизнес', tags: ['Порт Алят', 'Баку'] }),
  );
  await createStory(
    deps,
    editor,
    newStory({ title: 'Теги 2', rubric: 'Экономика и бизнес', tags: ['Алятский порт'] }),
  );
  const [alyat] = await listEditionTags(deps, 'ru', 'порт алят');
  const other = (await listEditionTags(deps, 'ru', 'алятский'))[0]!;
  const renamed = await renameTag(deps, chief, alyat!.id, { name: 'Порт Алят (Баку)' });
  assert.equal(renamed.slug, alyat!.slug);
  await assert.rejects(renameTag(deps, chief, other.id, { name: 'баку' }), { code: 'duplicate' });
  await assert.rejects(mergeTags(deps, editor, other.id, { into: alyat!.id }), {
    code: 'forbidden',
  });
  await replaceHotTags(deps, chief, {
    edition: 'ru',
    entries: [{ name: 'Алятский порт', pinned: true }],
  });
  await mergeTags(deps, chief, other.id, { into: alyat!.id });
  assert.equal((await listEditionTags(deps, 'ru', 'алятский')).length, 0);
  const hot = await deps.store.taxonomy.listHotTags('ru');
  assert.deepEqual(
    hot.map((t) => [t.name, t.pinned]),
    [['Порт Алят (Баку)', true]],
  );
  const story = await deps.store.stories.findById(a.id);
  assert.deepEqual(story?.tags, ['Порт Алят (Баку)', 'Баку']);
});

test('hot tags: order, pins and expiry are kept; editors may not change them', async () => {
  const { chief, editor } = deps.people;
  await assert.rejects(replaceHotTags(deps, editor, { edition: 'ru', entries: [] }), {
    code: 'forbidden',
  });
  const strip = await replaceHotTags(deps, chief, {
    edition: 'ru',
    entries: [
      { name: 'Выборы', pinned: true },
      { name: 'COP29', expiresAt: '2025-12-10T00:00:00+04:00' },
    ],
  });
  assert.deepEqual(
    strip.map((t) => [t.name, t.pinned, t.expiresAt]),
    [
      ['Выборы', true, null],
      ['COP29', false, '2025-12-09T20:00:00.000Z'],
    ],
  );
});
