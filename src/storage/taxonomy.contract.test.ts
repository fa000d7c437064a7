// The taxonomy repo: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { StoryWrite } from './stories-port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

let n = 0;
function write(rubricId: number, tagIds: number[]): StoryWrite {
  n += 1;
  return {
    edition: 'ru',
    type: 'news',
    status: 'published',
    title: `Заголовок ${n}`,
    slug: `t-${n}`,
    lead: 'Лид',
    blocks: [],
    rubricId,
    authorId: null,
    tagIds,
    publishedAt: '2025-12-05T10:00:00.000Z',
    updatedAt: '2025-12-05T10:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
  };
}

describe('taxonomy repo', () => {
  test('rubrics: two levels, found by name whatever the case, by slug and id', async () => {
    const { store } = t;
    const parent = await store.taxonomy.createRubric({
      edition: 'ru',
      name: 'Политика',
      slug: 'politika',
      parentId: null,
      position: 0,
    });
    const child = await store.taxonomy.createRubric({
      edition: 'ru',
      name: 'Внешняя политика',
      slug: 'vneshnyaya-politika',
      parentId: parent.id,
      position: 0,
    });
    assert.equal(
      (await store.taxonomy.findRubric('ru', 'внешняя  ПОЛИТИКА', parent.id))?.id,
      child.id,
    );
    assert.equal(await store.taxonomy.findRubric('ru', 'Внешняя политика', null), null);
    assert.equal(await store.taxonomy.findRubric('az', 'Политика', null), null);
    assert.equal((await store.taxonomy.findRubricBySlug('ru', 'politika'))?.name, 'Политика');
    assert.equal((await store.taxonomy.findRubricById(child.id))?.parentId, parent.id);
    assert.deepEqual(
      (await store.taxonomy.listRubrics('ru')).map((r) => r.slug),
      ['politika', 'vneshnyaya-politika'],
    );
  });

  test('tags: one per name and edition, Azerbaijani dotted İ folded right', async () => {
    const { store } = t;
    const tag = await store.taxonomy.createTag({
      edition: 'az',
      name: 'İqtisadiyyat',
      slug: 'iqtisadiyyat',
    });
    assert.equal((await store.taxonomy.findTag('az', 'iqtisadiyyat'))?.id, tag.id);
    assert.equal(await store.taxonomy.findTag('ru', 'iqtisadiyyat'), null);
    // Many names in one look-up: the ones the edition has, whatever their case.
    assert.deepEqual(
      (await store.taxonomy.findTags('az', ['İQTİSADİYYAT', 'iqtisadiyyat', 'Neft'])).map(
        (t) => t.id,
      ),
      [tag.id],
    );
    assert.deepEqual(await store.taxonomy.findTags('az', []), []);
    // A second tag of the same name is not made: the one there is returned (another save's).
    assert.equal(
      (await store.taxonomy.createTag({ edition: 'az', name: 'İQTİSADİYYAT', slug: 'other' })).id,
      tag.id,
    );
    assert.equal(await store.taxonomy.findTagBySlug('az', 'other'), null);
  });

  test('hot tags keep their order and can be replaced', async () => {
    const { store } = t;
    const a = await store.taxonomy.createTag({ edition: 'en', name: 'Budget', slug: 'budget' });
    const b = await store.taxonomy.createTag({ edition: 'en', name: 'COP', slug: 'cop' });
    await store.taxonomy.setHotTags('en', [
      { tagId: b.id, pinned: true, expiresAt: null },
      { tagId: a.id, pinned: false, expiresAt: '2030-01-01T00:00:00.000Z' },
    ]);
    const hot = await store.taxonomy.listHotTags('en');
    assert.deepEqual(
      hot.map((h) => [h.name, h.pinned, h.expiresAt]),
      [
        ['COP', true, null],
        ['Budget', false, '2030-01-01T00:00:00.000Z'],
      ],
    );
    await store.taxonomy.setHotTags('en', [{ tagId: a.id, pinned: false, expiresAt: null }]);
    assert.deepEqual(
      (await store.taxonomy.listHotTags('en')).map((h) => h.name),
      ['Budget'],
    );
    // A strip that cannot be written (the same tag twice) leaves the one before it whole.
    await assert.rejects(
      store.taxonomy.setHotTags('en', [
        { tagId: b.id, pinned: false, expiresAt: null },
        { tagId: b.id, pinned: false, expiresAt: null },
      ]),
    );
    assert.deepEqual(
      (await store.taxonomy.listHotTags('en')).map((h) => h.name),
      ['Budget'],
    );
  });

  test('authors: found by name whatever the case and spacing, by id, and a page of ids at once', async () => {
    const { store } = t;
    const a = await store.taxonomy.createAuthor({ name: 'Leyla Əliyeva', slug: 'leyla-eliyeva' });
    const b = await store.taxonomy.createAuthor({ name: 'Иван Петров', slug: 'ivan-petrov' });
    assert.equal((await store.taxonomy.findAuthor('иван  ПЕТРОВ'))?.id, b.id);
    assert.equal(await store.taxonomy.findAuthor('Иван Сидоров'), null);
    assert.deepEqual(await store.taxonomy.findAuthorById(a.id), a);
    const found = await store.taxonomy.findAuthorsByIds([b.id, 999_999, a.id, b.id]);
    assert.deepEqual(found.map((x) => x.name).sort(), ['Leyla Əliyeva', 'Иван Петров']);
    assert.deepEqual(await store.taxonomy.findAuthorsByIds([]), []);
  });

  test("the tags of a page of stories, each in its story's order", async () => {
    const { store } = t;
    const rubric = await store.taxonomy.createRubric({
      edition: 'ru',
      name: 'Общество',
      slug: 'obshchestvo',
      parentId: null,
      position: 4,
    });
    const [p, q] = await Promise.all(
      ['Погода', 'Транспорт'].map((name, i) =>
        store.taxonomy.createTag({ edition: 'ru', name, slug: `page-tag-${i}` }),
      ),
    );
    const one = await store.stories.insert(write(rubric.id, [q!.id, p!.id]));
    const two = await store.stories.insert(write(rubric.id, []));
    const tags = await store.taxonomy.tagsOfStories([one.id, two.id]);
    assert.deepEqual(
      tags.get(one.id)?.map((x) => x.name),
      ['Транспорт', 'Погода'],
    );
    assert.deepEqual(tags.get(two.id), []);
    assert.equal((await store.taxonomy.findTagById(p!.id))?.slug, 'page-tag-0');
    assert.deepEqual(
      (await store.taxonomy.listTags('ru')).map((x) => x.name).filter((x) => x !== 'Баку (город)'),
      ['Погода', 'Транспорт'],
    );
    assert.equal((await store.taxonomy.findTagBySlug('ru', 'page-tag-1'))?.id, q!.id);
    assert.deepEqual((await store.taxonomy.tagsOfStories([])).size, 0);
  });

  test('rubric rename and reorder keep the slug; tag merge keeps one link per story', async () => {
    const { store } = t;
    const { id: rubricId } = await store.taxonomy.createRubric({
      edition: 'ru',
      name: 'Лента',
      slug: 'lenta',
      parentId: null,
      position: 0,
    });
    const r = await store.taxonomy.updateRubric(rubricId, { name: 'Новости', position: 3 });
    assert.deepEqual([r?.name, r?.slug, r?.position], ['Новости', 'lenta', 3]);
    assert.equal((await store.taxonomy.findRubric('ru', 'новости', null))?.id, rubricId);
    const x = await store.taxonomy.createTag({ edition: 'ru', name: 'Баку', slug: 'baku' });
    const y = await store.taxonomy.createTag({ edition: 'ru', name: 'г. Баку', slug: 'g-baku' });
    const both = await store.stories.insert(write(rubricId, [x.id, y.id]));
    const one = await store.stories.insert(write(rubricId, [y.id]));
    await store.taxonomy.setHotTags('ru', [
      { tagId: y.id, pinned: true, expiresAt: null },
      { tagId: x.id, pinned: false, expiresAt: null },
    ]);
    await store.taxonomy.mergeTags(y.id, x.id);
    assert.equal(await store.taxonomy.findTagById(y.id), null);
    assert.deepEqual((await store.stories.findById(both.id))?.tags, ['Баку']);
    assert.deepEqual((await store.stories.findById(one.id))?.tags, ['Баку']);
    assert.deepEqual(
      (await store.taxonomy.listHotTags('ru')).map((h) => h.name),
      ['Баку'],
    );
    const renamed = await store.taxonomy.renameTag(x.id, 'Баку (город)');
    assert.deepEqual([renamed?.name, renamed?.slug], ['Баку (город)', 'baku']);
    assert.equal(await store.taxonomy.updateRubric(999_999, { name: 'Нет' }), null);
    assert.equal(await store.taxonomy.renameTag(999_999, 'Нет'), null);
  });
});

describe('taxonomy links across editions', () => {
  test('a key links rubrics and tags of several editions; null unlinks', async () => {
    const { store } = t;
    const az = await store.taxonomy.createRubric({
      edition: 'az',
      name: 'Mədəniyyət',
      slug: 'link-medeniyyet',
      parentId: null,
      position: 0,
    });
    const en = await store.taxonomy.createRubric({
      edition: 'en',
      name: 'Culture',
      slug: 'link-culture',
      parentId: null,
      position: 0,
    });
    await store.taxonomy.setRubricKey(az.id, 'contract-culture');
    await store.taxonomy.setRubricKey(en.id, 'contract-culture');
    assert.equal((await store.taxonomy.findRubricById(en.id))?.key, 'contract-culture');
    assert.deepEqual(
      (await store.taxonomy.rubricsWithKey('contract-culture')).map((r) => r.name),
      ['Mədəniyyət', 'Culture'],
    );
    await store.taxonomy.setRubricKey(az.id, null);
    assert.equal((await store.taxonomy.findRubricById(az.id))?.key, undefined);
    assert.deepEqual(
      (await store.taxonomy.rubricsWithKey('contract-culture')).map((r) => r.id),
      [en.id],
    );

    const ru = await store.taxonomy.createTag({ edition: 'ru', name: 'Нефть', slug: 'link-neft' });
    const enTag = await store.taxonomy.createTag({ edition: 'en', name: 'Oil', slug: 'link-oil' });
    await store.taxonomy.createTag({ edition: 'en', name: 'Gas', slug: 'link-gas' });
    assert.equal((await store.taxonomy.findTagById(ru.id))?.key, undefined);
    await store.taxonomy.setTagKey(ru.id, 'contract-oil');
    await store.taxonomy.setTagKey(enTag.id, 'contract-oil');
    assert.deepEqual(
      (await store.taxonomy.tagsWithKey('contract-oil')).map((x) => [x.edition, x.name, x.key]),
      [
        ['en', 'Oil', 'contract-oil'],
        ['ru', 'Нефть', 'contract-oil'],
      ],
    );
    assert.deepEqual(
      (await store.taxonomy.linkedTags('en')).map((x) => x.name),
      ['Oil'],
    );
    assert.equal((await store.taxonomy.findTag('ru', 'нефть'))?.key, 'contract-oil');
    await store.taxonomy.setTagKey(enTag.id, null);
    assert.deepEqual(await store.taxonomy.linkedTags('en'), []);
    assert.deepEqual(await store.taxonomy.tagsWithKey('nothing-here'), []);
  });
});
