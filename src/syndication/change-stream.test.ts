// The ninjs change stream's read side: paged by cursor, each change once, updates again, fresh writes held back.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { NOW, seedSyndication, storyInput } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { SYSTEM } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { importStory } from '../operations/import-story.js';
import { storyChanges, type ChangePosition } from '../operations/read-syndication.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const SETTLE = 5_000;
let deps: TestDeps;

before(async () => {
  deps = await openTestDeps(NOW);
  await seedSyndication(deps);
  // Twenty stories imported in one go: several share an updatedAt, so ties break on id.
  for (let i = 0; i < 20; i++)
    await importStory(
      deps,
      SYSTEM,
      storyInput({
        title: `Caspian shipping note ${i}`,
        sourceKey: `t:note-${i}`,
        publishedAt: `2025-12-0${1 + (i % 4)}T10:00:00+04:00`,
      }),
    );
  // Let the last writes settle, as a poller a few seconds later would find them.
  deps.clock.advance(SETTLE);
});
after(async () => {
  await deps.testStore.dispose();
});

/** Polls like a subscriber: pages of `limit`, keeping only the opaque cursor between calls. */
async function pollAll(
  cursor: string | null,
  limit: number,
  edition?: EditionCode,
  scanChunk?: number,
) {
  const ids: number[] = [];
  for (let guard = 0; guard < 100; guard++) {
    const after: ChangePosition | null = cursor ? decodeCursor(cursor) : null;
    const page = await storyChanges(deps, {
      ...(edition ? { edition } : {}),
      after,
      limit,
      settleMs: SETTLE,
      ...(scanChunk ? { scanChunk } : {}),
    });
    ids.push(...page.items.map((b) => b.story.id));
    cursor = page.position ? encodeCursor(page.position) : cursor;
    if (!page.more) return { ids, cursor };
  }
  throw new Error('the stream never ended');
}

test('a poller sees every story exactly once, oldest change first', async () => {
  const total = (await deps.store.listStories({ statuses: ['published'], limit: 1 })).total;
  const { ids, cursor } = await pollAll(null, 3);
  assert.equal(ids.length, total);
  assert.equal(new Set(ids).size, ids.length, 'no story twice');
  assert.ok(cursor);
  const again = await pollAll(cursor, 3);
  assert.deepEqual(again.ids, [], 'nothing new after the last cursor');
  assert.equal(again.cursor, cursor, 'an empty page gives the same cursor back');
});

test('neither page size nor the store chunk size changes what a poller sees', async () => {
  const one = await pollAll(null, 1);
  const many = await pollAll(null, 100);
  assert.deepEqual(one.ids, many.ids);
  // Small store chunks: the scan walks back several chunks and stops at the cursor.
  assert.deepEqual((await pollAll(null, 4, undefined, 3)).ids, many.ids);
  const half = await pollAll(null, 100, undefined, 2);
  assert.deepEqual(half.ids, many.ids);
});

test('an updated story comes again after the cursor, and only it', async () => {
  const { cursor } = await pollAll(null, 10);
  deps.clock.advance(60_000);
  const { story } = await importStory(
    deps,
    SYSTEM,
    storyInput({
      title: 'Caspian shipping note 7 (corrected)',
      sourceKey: 't:note-7',
      publishedAt: '2025-12-04T10:00:00+04:00',
    }),
  );
  assert.deepEqual((await pollAll(cursor, 10)).ids, [], 'held back while it settles');
  deps.clock.advance(SETTLE);
  const next = await pollAll(cursor, 10);
  assert.deepEqual(next.ids, [story.id]);
  assert.deepEqual((await pollAll(cursor, 10, undefined, 2)).ids, [story.id], 'small chunks');
  const page = await storyChanges(deps, {
    after: decodeCursor(cursor!),
    limit: 10,
    settleMs: SETTLE,
  });
  assert.equal(page.items[0]?.story.title, 'Caspian shipping note 7 (corrected)');
  assert.equal(page.items[0]?.story.version, 2);
});

test('a new story waits out the settle window, then arrives once', async () => {
  const { cursor } = await pollAll(null, 50);
  const { story } = await importStory(
    deps,
    SYSTEM,
    storyInput({
      title: 'Breaking: new berth opens',
      sourceKey: 't:berth',
      publishedAt: undefined,
    }),
  );
  assert.deepEqual((await pollAll(cursor, 50)).ids, []);
  deps.clock.advance(SETTLE);
  const next = await pollAll(cursor, 50);
  assert.deepEqual(next.ids, [story.id]);
  assert.deepEqual((await pollAll(next.cursor, 50)).ids, []);
});

test('the stream of one edition holds only that edition', async () => {
  const { ids } = await pollAll(null, 5, 'ru');
  assert.ok(ids.length >= 2);
  for (const id of ids) assert.equal((await deps.store.findStoryById(id))?.edition, 'ru');
});

test(
  'a back-dated import after a poll still reaches the poller',
  { todo: 'imports set updatedAt to the publication time; the stream needs a write-time key' },
  async () => {
    const { cursor } = await pollAll(null, 100);
    const { story } = await importStory(
      deps,
      SYSTEM,
      storyInput({
        title: 'Crawled late',
        sourceKey: 't:late',
        publishedAt: '2025-12-06T12:00:00+04:00',
      }),
    );
    deps.clock.advance(SETTLE);
    assert.deepEqual((await pollAll(cursor, 100)).ids, [story.id]);
  },
);
