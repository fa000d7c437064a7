// The store contract: the same inputs give the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { StoryWrite } from './port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

function write(over: Partial<StoryWrite> & { rubricId: number }): StoryWrite {
  return {
    edition: 'ru',
    type: 'news',
    status: 'published',
    title: 'Заголовок',
    slug: `s-${Math.random().toString(36).slice(2, 9)}`,
    lead: 'Лид',
    blocks: [{ type: 'paragraph', content: [{ text: 'Текст' }] }],
    authorId: null,
    tagIds: [],
    publishedAt: '2025-12-05T10:00:00.000Z',
    updatedAt: '2025-12-05T10:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
    ...over,
  };
}

describe('store contract', () => {
  test('rubrics: two levels, found by name whatever the case, by slug and id', async () => {
    const { store } = t;
    const parent = await store.createRubric({
      edition: 'ru',
      name: 'Политика',
      slug: 'politika',
      parentId: null,
      position: 0,
    });
    const child = await store.createRubric({
      edition: 'ru',
      name: 'Внешняя политика',
      slug: 'vneshnyaya-politika',
      parentId: parent.id,
      position: 0,
    });
    assert.equal((await store.findRubric('ru', 'внешняя  ПОЛИТИКА', parent.id))?.id, child.id);
    assert.equal(await store.findRubric('ru', 'Внешняя политика', null), null);
    assert.equal(await store.findRubric('az', 'Политика', null), null);
    assert.equal((await store.findRubricBySlug('ru', 'politika'))?.name, 'Политика');
    assert.equal((await store.findRubricById(child.id))?.parentId, parent.id);
    assert.deepEqual(
      (await store.listRubrics('ru')).map((r) => r.slug),
      ['politika', 'vneshnyaya-politika'],
    );
  });

  test('tags: one per name and edition, Azerbaijani dotted İ folded right', async () => {
    const { store } = t;
    const tag = await store.createTag({
      edition: 'az',
      name: 'İqtisadiyyat',
      slug: 'iqtisadiyyat',
    });
    assert.equal((await store.findTag('az', 'iqtisadiyyat'))?.id, tag.id);
    assert.equal(await store.findTag('ru', 'iqtisadiyyat'), null);
    await assert.rejects(store.createTag({ edition: 'az', name: 'İQTİSADİYYAT', slug: 'other' }));
  });

  test('hot tags keep their order and can be replaced', async () => {
    const { store } = t;
    const a = await store.createTag({ edition: 'en', name: 'Budget', slug: 'budget' });
    const b = await store.createTag({ edition: 'en', name: 'COP', slug: 'cop' });
    await store.setHotTags('en', [
      { tagId: b.id, pinned: true, expiresAt: null },
      { tagId: a.id, pinned: false, expiresAt: '2030-01-01T00:00:00.000Z' },
    ]);
    const hot = await store.listHotTags('en');
    assert.deepEqual(
      hot.map((h) => [h.name, h.pinned, h.expiresAt]),
      [
        ['COP', true, null],
        ['Budget', false, '2030-01-01T00:00:00.000Z'],
      ],
    );
    await store.setHotTags('en', [{ tagId: a.id, pinned: false, expiresAt: null }]);
    assert.deepEqual(
      (await store.listHotTags('en')).map((h) => h.name),
      ['Budget'],
    );
  });

  test('stories: insert, update bumps the version, tags keep their order', async () => {
    const { store } = t;
    const rubric = await store.createRubric({
      edition: 'en',
      name: 'World',
      slug: 'world',
      parentId: null,
      position: 0,
    });
    const x = await store.createTag({ edition: 'en', name: 'Caspian', slug: 'caspian' });
    const y = await store.createTag({ edition: 'en', name: 'Energy', slug: 'energy' });
    const s = await store.insertStory(
      write({
        edition: 'en',
        rubricId: rubric.id,
        tagIds: [y.id, x.id],
        sourceKey: 'k-1',
        slug: 'first',
      }),
    );
    assert.equal(s.version, 1);
    assert.deepEqual(s.tags, ['Energy', 'Caspian']);
    assert.equal(s.blocks[0]?.type, 'paragraph');
    const u = await store.updateStory(
      s.id,
      write({
        edition: 'en',
        rubricId: rubric.id,
        title: 'New',
        slug: 'first',
        tagIds: [x.id],
        sourceKey: 'k-1',
      }),
    );
    assert.equal(u?.version, 2);
    assert.equal(u?.title, 'New');
    assert.deepEqual(u?.tags, ['Caspian']);
    assert.equal(await store.updateStory(999_999, write({ rubricId: rubric.id })), null);
    assert.equal((await store.findStoryBySlug('en', 'first'))?.id, s.id);
    assert.equal((await store.findStoryBySourceKey('k-1'))?.id, s.id);
    assert.equal(await store.slugTaken('en', 'first'), true);
    assert.equal(await store.slugTaken('en', 'first', s.id), false);
    assert.equal(await store.slugTaken('ru', 'first'), false);
  });

  test('listStories filters by edition, status, rubric, tag, type, dates and pages newest first', async () => {
    const { store } = t;
    const rubric = await store.createRubric({
      edition: 'az',
      name: 'İdman',
      slug: 'idman',
      parentId: null,
      position: 0,
    });
    const other = await store.createRubric({
      edition: 'az',
      name: 'Mədəniyyət',
      slug: 'medeniyyet',
      parentId: null,
      position: 1,
    });
    const tag = await store.createTag({ edition: 'az', name: 'Futbol', slug: 'futbol' });
    for (let i = 0; i < 5; i++)
      await store.insertStory(
        write({
          edition: 'az',
          rubricId: i < 3 ? rubric.id : other.id,
          tagIds: i % 2 === 0 ? [tag.id] : [],
          type: i === 4 ? 'interview' : 'news',
          status: i === 1 ? 'draft' : 'published',
          publishedAt: `2025-12-0${i + 1}T08:00:00.000Z`,
          title: `Xəbər ${i}`,
        }),
      );
    const published = await store.listStories({
      edition: 'az',
      statuses: ['published'],
      limit: 10,
    });
    assert.equal(published.total, 4);
    assert.deepEqual(
      published.items.map((s) => s.title),
      ['Xəbər 4', 'Xəbər 3', 'Xəbər 2', 'Xəbər 0'],
    );
    const byRubric = await store.listStories({ edition: 'az', rubricIds: [rubric.id], limit: 10 });
    assert.equal(byRubric.total, 3);
    const byTag = await store.listStories({
      edition: 'az',
      tagId: tag.id,
      statuses: ['published'],
      limit: 10,
    });
    assert.deepEqual(
      byTag.items.map((s) => s.title),
      ['Xəbər 4', 'Xəbər 2', 'Xəbər 0'],
    );
    const byType = await store.listStories({ edition: 'az', types: ['interview'], limit: 10 });
    assert.deepEqual(
      byType.items.map((s) => s.title),
      ['Xəbər 4'],
    );
    const range = await store.listStories({
      edition: 'az',
      publishedFrom: '2025-12-02T00:00:00.000Z',
      publishedTo: '2025-12-04T00:00:00.000Z',
      limit: 10,
    });
    assert.deepEqual(
      range.items.map((s) => s.title),
      ['Xəbər 2', 'Xəbər 1'],
    );
    const page2 = await store.listStories({
      edition: 'az',
      statuses: ['published'],
      limit: 3,
      offset: 3,
    });
    assert.equal(page2.total, 4);
    assert.deepEqual(
      page2.items.map((s) => s.title),
      ['Xəbər 0'],
    );
    const excluded = await store.listStories({
      edition: 'az',
      excludeIds: [published.items[0]!.id],
      statuses: ['published'],
      limit: 10,
    });
    assert.equal(excluded.total, 3);
  });

  test('a failed transaction leaves nothing behind', async () => {
    const { store } = t;
    const before = await store.countStories();
    await assert.rejects(
      store.transaction(async (tx) => {
        const r = await tx.createRubric({
          edition: 'en',
          name: 'Temp',
          slug: 'temp',
          parentId: null,
          position: 9,
        });
        await tx.insertStory(write({ edition: 'en', rubricId: r.id }));
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await store.countStories(), before);
    assert.equal(await store.findRubricBySlug('en', 'temp'), null);
  });

  test('afterCommit jobs run once the transaction commits, never after a rollback', async () => {
    const { store } = t;
    const ran: string[] = [];
    await store.transaction(async (tx) => {
      tx.afterCommit(() => ran.push('committed'));
      await tx.transaction(async (inner) => inner.afterCommit(() => ran.push('inner')));
      assert.deepEqual(ran, []);
    });
    assert.deepEqual(ran, ['committed', 'inner']);
    await assert.rejects(
      store.transaction(async (tx) => {
        tx.afterCommit(() => ran.push('rolled back'));
        throw new Error('no');
      }),
    );
    store.afterCommit(() => ran.push('now'));
    assert.deepEqual(ran, ['committed', 'inner', 'now']);
  });

  test('stories found by ids: those that exist, with their tags', async () => {
    const { store } = t;
    const rubric = await store.createRubric({
      edition: 'az',
      name: 'Dünya',
      slug: 'dunya',
      parentId: null,
      position: 0,
    });
    const tag = await store.createTag({ edition: 'az', name: 'Xəzər', slug: 'xezer' });
    const a = await store.insertStory(
      write({ edition: 'az', rubricId: rubric.id, slug: 'by-ids-a', tagIds: [tag.id] }),
    );
    const b = await store.insertStory(
      write({ edition: 'az', rubricId: rubric.id, slug: 'by-ids-b' }),
    );
    const found = await store.findStoriesByIds([b.id, 999_999, a.id]);
    assert.deepEqual(
      found.map((s) => s.id).sort((x, y) => x - y),
      [a.id, b.id],
    );
    assert.deepEqual(found.find((s) => s.id === a.id)?.tags, ['Xəzər']);
    assert.deepEqual(await store.findStoriesByIds([]), []);
  });

  test('translation groups list every edition of the story', async () => {
    const { store } = t;
    const r1 = await store.createRubric({
      edition: 'ru',
      name: 'Мир',
      slug: 'mir',
      parentId: null,
      position: 5,
    });
    const r2 = await store.createRubric({
      edition: 'en',
      name: 'Globe',
      slug: 'globe',
      parentId: null,
      position: 5,
    });
    await store.insertStory(write({ edition: 'ru', rubricId: r1.id, translationGroup: 'g1' }));
    await store.insertStory(write({ edition: 'en', rubricId: r2.id, translationGroup: 'g1' }));
    const group = await store.listTranslationGroup('g1');
    assert.deepEqual(group.map((s) => s.edition).sort(), ['en', 'ru']);
  });
});
