// The legacy repo (old paths, import hashes): the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

async function story(slug: string): Promise<number> {
  const { store } = t;
  const rubric =
    (await store.taxonomy.findRubricBySlug('en', 'old')) ??
    (await store.taxonomy.createRubric({
      edition: 'en',
      name: 'Old',
      slug: 'old',
      parentId: null,
      position: 0,
    }));
  const s = await store.stories.insert({
    edition: 'en',
    type: 'news',
    status: 'published',
    title: slug,
    slug,
    lead: '',
    blocks: [],
    rubricId: rubric.id,
    authorId: null,
    tagIds: [],
    publishedAt: '2025-12-05T10:00:00.000Z',
    updatedAt: '2025-12-05T10:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
  });
  return s.id;
}

test('a batch of imports: paths (a path named twice goes to the later story) and hashes, read back in bulk', async () => {
  const { legacy } = t.store;
  const a = await story('legacy-a');
  const b = await story('legacy-b');
  await legacy.setPaths(a, ['/old-a/']);
  await legacy.setImportHash('wxr:x:1', 'h0');
  await legacy.setImported([
    { storyId: a, paths: ['/2025/12/05/a/', '/?p=1'], sourceKey: 'wxr:x:1', hash: 'h1' },
    { storyId: b, paths: ['/?p=2', '/old-a/', '/?p=2'], sourceKey: 'wxr:x:2', hash: 'h2' },
  ]);
  assert.equal(await legacy.findStoryId('/2025/12/05/a/'), a);
  assert.equal(await legacy.findStoryId('/?p=1'), a);
  assert.equal(await legacy.findStoryId('/?p=2'), b);
  assert.equal(await legacy.findStoryId('/old-a/'), b, 'a path another story had moves');
  assert.deepEqual([...(await legacy.importHashes(['wxr:x:1', 'wxr:x:2', 'wxr:x:3']))].sort(), [
    ['wxr:x:1', 'h1'],
    ['wxr:x:2', 'h2'],
  ]);
  assert.equal((await legacy.importHashes([])).size, 0);
  await legacy.setImported([]);
});
