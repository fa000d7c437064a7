// The story repo and the unit of work: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

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

describe('story repo', () => {
  test('stories: insert, update bumps the version, tags keep their order', async () => {
    const { store } = t;
    // A new store holds no story; hasStories says so without counting.
    assert.equal(await store.stories.hasStories(), false);
    const rubric = await store.taxonomy.createRubric({
      edition: 'en',
      name: 'World',
      slug: 'world',
      parentId: null,
      position: 0,
    });
    const x = await store.taxonomy.createTag({ edition: 'en', name: 'Caspian', slug: 'caspian' });
    const y = await store.taxonomy.createTag({ edition: 'en', name: 'Energy', slug: 'energy' });
    const s = await store.stories.insert(
      write({
        edition: 'en',
        rubricId: rubric.id,
        tagIds: [y.id, x.id],
        sourceKey: 'k-1',
        slug: 'first',
      }),
    );
    assert.equal(s.version, 1);
    assert.equal(await store.stories.hasStories(), true);
    assert.deepEqual(s.tags, ['Energy', 'Caspian']);
    assert.equal(s.blocks[0]?.type, 'paragraph');
    const u = await store.stories.update(
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
    assert.equal(await store.stories.update(999_999, write({ rubricId: rubric.id })), null);
    assert.equal((await store.stories.findBySlug('en', 'first'))?.id, s.id);
    assert.equal((await store.stories.findBySourceKey('k-1'))?.id, s.id);
    assert.equal(await store.stories.slugTaken('en', 'first'), true);
    assert.equal(await store.stories.slugTaken('en', 'first', s.id), false);
    assert.equal(await store.stories.slugTaken('ru', 'first'), false);
  });

  test('list filters by edition, status, rubric, tag, type, dates and pages newest first', async () => {
    const { store } = t;
    const rubric = await store.taxonomy.createRubric({
      edition: 'az',
      name: 'İdman',
      slug: 'idman',
      parentId: null,
      position: 0,
    });
    const other = await store.taxonomy.createRubric({
      edition: 'az',
      name: 'Mədəniyyət',
      slug: 'medeniyyet',
      parentId: null,
      position: 1,
    });
    const tag = await store.taxonomy.createTag({ edition: 'az', name: 'Futbol', slug: 'futbol' });
    for (let i = 0; i < 5; i++)
      await store.stories.insert(
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
    const published = await store.stories.list({
      edition: 'az',
      statuses: ['published'],
      limit: 10,
    });
    assert.equal(published.total, 4);
    assert.deepEqual(
      published.items.map((s) => s.title),
      ['Xəbər 4', 'Xəbər 3', 'Xəbər 2', 'Xəbər 0'],
    );
    const byRubric = await store.stories.list({ edition: 'az', rubricIds: [rubric.id], limit: 10 });
    assert.equal(byRubric.total, 3);
    const byTag = await store.stories.list({
      edition: 'az',
      tagId: tag.id,
      statuses: ['published'],
      limit: 10,
    });
    assert.deepEqual(
      byTag.items.map((s) => s.title),
      ['Xəbər 4', 'Xəbər 2', 'Xəbər 0'],
    );
    const byType = await store.stories.list({ edition: 'az', types: ['interview'], limit: 10 });
    assert.deepEqual(
      byType.items.map((s) => s.title),
      ['Xəbər 4'],
    );
    const range = await store.stories.list({
      edition: 'az',
      publishedFrom: '2025-12-02T00:00:00.000Z',
      publishedTo: '2025-12-04T00:00:00.000Z',
      limit: 10,
    });
    assert.deepEqual(
      range.items.map((s) => s.title),
      ['Xəbər 2', 'Xəbər 1'],
    );
    const page2 = await store.stories.list({
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
    const excluded = await store.stories.list({
      edition: 'az',
      excludeIds: [published.items[0]!.id],
      statuses: ['published'],
      limit: 10,
    });
    assert.equal(excluded.total, 3);
  });

  test('stories found by ids: those that exist, with their tags', async () => {
    const { store } = t;
    const rubric = await store.taxonomy.createRubric({
      edition: 'az',
      name: 'Dünya',
      slug: 'dunya',
      parentId: null,
      position: 0,
    });
    const tag = await store.taxonomy.createTag({ edition: 'az', name: 'Xəzər', slug: 'xezer' });
    const a = await store.stories.insert(
      write({ edition: 'az', rubricId: rubric.id, slug: 'by-ids-a', tagIds: [tag.id] }),
    );
    const b = await store.stories.insert(
      write({ edition: 'az', rubricId: rubric.id, slug: 'by-ids-b' }),
    );
    const found = await store.stories.findByIds([b.id, 999_999, a.id]);
    assert.deepEqual(
      found.map((s) => s.id).sort((x, y) => x - y),
      [a.id, b.id],
    );
    assert.deepEqual(found.find((s) => s.id === a.id)?.tags, ['Xəzər']);
    assert.deepEqual(await store.stories.findByIds([]), []);
  });

  test('a list of links only: the same stories and fields, without their text or tags', async () => {
    const { store } = t;
    const rubric = await store.taxonomy.createRubric({
      edition: 'en',
      name: 'Links',
      slug: 'links',
      parentId: null,
      position: 0,
    });
    const tag = await store.taxonomy.createTag({ edition: 'en', name: 'Linked', slug: 'linked' });
    for (const [i, slug] of ['links-a', 'links-b', 'links-c'].entries())
      await store.stories.insert(
        write({
          edition: 'en',
          rubricId: rubric.id,
          slug,
          tagIds: [tag.id],
          publishedAt: `2025-11-0${i + 1}T10:00:00.000Z`,
        }),
      );
    const q = { edition: 'en' as const, rubricIds: [rubric.id], limit: 2, countUpTo: 0 };
    const full = await store.stories.list(q);
    const links = await store.stories.list({ ...q, linksOnly: true });
    assert.equal(links.more, true);
    assert.deepEqual(
      links.items.map((s) => ({ ...s, blocks: full.items[0]!.blocks, tags: ['Linked'] })),
      full.items,
    );
    for (const s of links.items) {
      assert.deepEqual(s.blocks, []);
      assert.deepEqual(s.tags, []);
    }
  });

  test('translation groups list every edition of the story', async () => {
    const { store } = t;
    const r1 = await store.taxonomy.createRubric({
      edition: 'ru',
      name: 'Мир',
      slug: 'mir',
      parentId: null,
      position: 5,
    });
    const r2 = await store.taxonomy.createRubric({
      edition: 'en',
      name: 'Globe',
      slug: 'globe',
      parentId: null,
      position: 5,
    });
    await store.stories.insert(write({ edition: 'ru', rubricId: r1.id, translationGroup: 'g1' }));
    await store.stories.insert(write({ edition: 'en', rubricId: r2.id, translationGroup: 'g1' }));
    const group = await store.stories.listTranslationGroup('g1');
    assert.deepEqual(group.map((s) => s.edition).sort(), ['en', 'ru']);
  });

  test('the newest stories of each rubric, the sitemap months and the count', async () => {
    const { store } = t;
    const [a, b] = await Promise.all(
      ['Nəqliyyat', 'Elm'].map((name, i) =>
        store.taxonomy.createRubric({
          edition: 'az',
          name,
          slug: `newest-${i}`,
          parentId: null,
          position: 20 + i,
        }),
      ),
    );
    const before = await store.stories.countStories();
    for (let i = 0; i < 4; i++)
      await store.stories.insert(
        write({
          edition: 'az',
          rubricId: i < 3 ? a!.id : b!.id,
          title: `Yeni ${i}`,
          publishedAt: `2024-03-0${i + 1}T08:00:00.000Z`,
          updatedAt: `2024-03-0${i + 1}T09:00:00.000Z`,
        }),
      );
    assert.equal(await store.stories.countStories(), before + 4);
    const newest = await store.stories.listNewestByRubric(
      { edition: 'az', statuses: ['published'] },
      [a!.id, b!.id],
      2,
    );
    assert.deepEqual(
      newest.get(a!.id)?.map((s) => s.title),
      ['Yeni 2', 'Yeni 1'],
    );
    assert.deepEqual(
      newest.get(b!.id)?.map((s) => s.title),
      ['Yeni 3'],
    );
    const months = await store.stories.listSitemapMonths();
    const march = months.find((m) => m.edition === 'az' && m.month === '2024-03');
    assert.ok(march, 'the month of the stories is listed');
    assert.ok(march.lastmod >= '2024-03-04T09:00:00.000Z', march.lastmod);
    assert.ok(months.every((m) => m.edition !== 'az' || m.month !== '2024-02'));
  });
});

describe('bulk imports', () => {
  test('stories by many sources, slugs taken among many, change numbers of a bulk write in order', async () => {
    const { store } = t;
    const rubric = await store.taxonomy.createRubric({
      edition: 'az',
      name: 'Arxiv',
      slug: 'arxiv',
      parentId: null,
      position: 0,
    });
    const before = await store.stories.insert(
      write({ edition: 'az', rubricId: rubric.id, slug: 'bulk-0', sourceKey: 'bulk:0' }),
    );
    const ids = await store.transaction((tx) =>
      tx.stories.insertMany(
        [1, 2, 3].map((n) =>
          write({ edition: 'az', rubricId: rubric.id, slug: `bulk-${n}`, sourceKey: `bulk:${n}` }),
        ),
      ),
    );
    const found = await store.stories.findBySourceKeys(['bulk:0', 'bulk:2', 'bulk:9']);
    assert.deepEqual(found.map((s) => s.sourceKey).sort(), ['bulk:0', 'bulk:2']);
    assert.deepEqual(await store.stories.findBySourceKeys([]), []);
    assert.deepEqual(
      [...(await store.stories.slugsTaken('az', ['bulk-1', 'bulk-3', 'bulk-7']))].sort(),
      ['bulk-1', 'bulk-3'],
    );
    assert.equal((await store.stories.slugsTaken('ru', ['bulk-1'])).size, 0);
    const seqs = (await store.stories.findByIds(ids))
      .sort((a, b) => a.id - b.id)
      .map((s) => s.changeSeq!);
    // The numbers are given as the transaction commits: read back, not on the written story.
    const beforeSeq = (await store.stories.findById(before.id))!.changeSeq!;
    assert.ok(seqs[0]! > beforeSeq, 'after every number given before');
    assert.ok(seqs[0]! < seqs[1]! && seqs[1]! < seqs[2]!, `in write order: ${seqs.join(', ')}`);
  });
});

describe('unit of work', () => {
  test('a failed transaction leaves nothing behind', async () => {
    const { store } = t;
    const before = await store.stories.countStories();
    await assert.rejects(
      store.transaction(async (tx) => {
        const r = await tx.taxonomy.createRubric({
          edition: 'en',
          name: 'Temp',
          slug: 'temp',
          parentId: null,
          position: 9,
        });
        await tx.stories.insert(write({ edition: 'en', rubricId: r.id }));
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await store.stories.countStories(), before);
    assert.equal(await store.taxonomy.findRubricBySlug('en', 'temp'), null);
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
});
