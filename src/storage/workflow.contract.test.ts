// The workflow repo and desk filters: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { StoryWrite } from './stories-port.js';

let t: TestStore;
let rubricId: number;
before(async () => {
  t = await openTestStore();
  rubricId = (
    await t.store.taxonomy.createRubric({
      edition: 'ru',
      name: 'Лента',
      slug: 'lenta',
      parentId: null,
      position: 0,
    })
  ).id;
});
after(async () => {
  await t.dispose();
});

let n = 0;
function write(over: Partial<StoryWrite> = {}): StoryWrite {
  n += 1;
  return {
    edition: 'ru',
    type: 'news',
    status: 'draft',
    title: `Заголовок ${n}`,
    slug: `s-${n}`,
    lead: 'Лид',
    blocks: [],
    rubricId,
    authorId: null,
    tagIds: [],
    publishedAt: null,
    updatedAt: '2025-12-06T09:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
    ...over,
  };
}

describe('workflow contract', () => {
  test('workflow fields round-trip; an update that leaves them out keeps them', async () => {
    const { store } = t;
    const s = await store.stories.insert(
      write({
        embargoUntil: '2025-12-07T00:00:00.000Z',
        corrections: [{ at: '2025-12-06T09:00:00.000Z', note: 'n' }],
        createdBy: 42,
        translatedFromId: 1,
      }),
    );
    assert.deepEqual(
      [s.embargoUntil, s.corrections.length, s.createdBy, s.translatedFromId, s.scheduledAt],
      ['2025-12-07T00:00:00.000Z', 1, 42, 1, null],
    );
    const u = await store.stories.update(s.id, write({ slug: s.slug, title: 'Другой' }));
    assert.deepEqual(
      [u?.embargoUntil, u?.corrections.length, u?.createdBy],
      [s.embargoUntil, 1, 42],
    );
  });

  test('a status claim succeeds once; lockStory answers the version', async () => {
    const { store } = t;
    const s = await store.stories.insert(
      write({ status: 'scheduled', scheduledAt: '2025-12-06T10:00:00.000Z' }),
    );
    assert.equal(await store.workflow.lockStory(s.id), 1);
    assert.equal(await store.workflow.lockStory(999_999), null);
    assert.deepEqual(
      (await store.workflow.dueStories('2025-12-06T10:00:00.000Z', 10)).map((d) => d.id),
      [s.id],
    );
    const patch = {
      status: 'published' as const,
      scheduledAt: null,
      updatedAt: '2025-12-06T10:00:00.000Z',
    };
    const [a, b] = await Promise.all([
      store.transaction((tx) => tx.workflow.setStoryState(s.id, patch, 'scheduled')),
      store.transaction((tx) => tx.workflow.setStoryState(s.id, patch, 'scheduled')),
    ]);
    assert.deepEqual([a, b].sort(), [false, true]);
    const after = await store.stories.findById(s.id);
    assert.deepEqual([after?.status, after?.scheduledAt, after?.version], ['published', null, 1]);
  });

  test('embargo lifts once, and the next due time covers schedules and embargoes', async () => {
    const { store } = t;
    const e = await store.stories.insert(
      write({
        status: 'published',
        publishedAt: '2025-12-06T08:00:00.000Z',
        embargoUntil: '2025-12-06T11:00:00.000Z',
      }),
    );
    await store.stories.insert(
      write({ status: 'scheduled', scheduledAt: '2025-12-06T12:00:00.000Z' }),
    );
    assert.equal(await store.workflow.nextDueAt(), '2025-12-06T11:00:00.000Z');
    assert.deepEqual(await store.workflow.dueEmbargoes('2025-12-06T10:59:59.000Z', 10), []);
    assert.equal(await store.workflow.liftEmbargo(e.id, '2025-12-06T10:00:00.000Z'), false);
    assert.equal(await store.workflow.liftEmbargo(e.id, '2025-12-06T11:00:00.000Z'), true);
    assert.equal(await store.workflow.liftEmbargo(e.id, '2025-12-06T11:00:00.000Z'), false);
    assert.equal(await store.workflow.nextDueAt(), '2025-12-06T12:00:00.000Z');
  });

  test('revisions: newest first, snapshots as written, one per version', async () => {
    const { store } = t;
    const s = await store.stories.insert(write());
    for (const version of [1, 2])
      await store.workflow.insertRevision({
        storyId: s.id,
        version,
        savedAt: `2025-12-06T09:0${version}:00.000Z`,
        savedBy: null,
        savedByName: 'system',
        snapshot: { title: `v${version}`, blocks: [] },
      });
    assert.deepEqual(
      (await store.workflow.listRevisions(s.id)).map((r) => r.version),
      [2, 1],
    );
    assert.deepEqual((await store.workflow.findRevision(s.id, 1))?.snapshot, {
      title: 'v1',
      blocks: [],
    });
    assert.equal(await store.workflow.findRevision(s.id, 3), null);
    await assert.rejects(
      store.workflow.insertRevision({
        storyId: s.id,
        version: 1,
        savedAt: '2025-12-06T09:00:00.000Z',
        savedBy: null,
        savedByName: 'x',
        snapshot: {},
      }),
    );
  });

  test('desk filters: headline words in any case, literal % and _, creator, embargo visibility', async () => {
    const { store } = t;
    const a = await store.stories.insert(
      write({ title: 'Рост ВВП на 5% и İqtisadiyyat', createdBy: 7 }),
    );
    const b = await store.stories.insert(
      write({ title: 'Рост цен', embargoUntil: '2030-01-01T00:00:00.000Z' }),
    );
    const ids = async (q: Parameters<typeof store.stories.list>[0]) =>
      (await store.stories.list(q)).items.map((s) => s.id).sort((x, y) => x - y);
    assert.deepEqual(await ids({ titleContains: 'рост', limit: 10 }), [a.id, b.id]);
    assert.deepEqual(await ids({ titleContains: '5%', limit: 10 }), [a.id]);
    assert.deepEqual(await ids({ titleContains: '_', limit: 10 }), []);
    assert.deepEqual(await ids({ titleContains: 'iqtisadiyyat', limit: 10 }), [a.id]);
    assert.deepEqual(await ids({ titleContains: 'рост', createdBy: 7, limit: 10 }), [a.id]);
    assert.deepEqual(
      await ids({ titleContains: 'рост', visibleAt: '2025-12-06T09:00:00.000Z', limit: 10 }),
      [a.id],
    );
    assert.deepEqual(await ids({ ids: [], limit: 10 }), []);
  });
});
