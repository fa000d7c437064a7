// The ninjs change stream's read side: paged by the change sequence, each change once, updates again at once.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { NOW, seedSyndication, storyInput } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { SYSTEM } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { importStory } from '../operations/import-story.js';
import { storyChanges, type ChangePosition } from '../operations/read-syndication.js';
import { transitionStory } from '../operations/transition-story.js';
import { decodeCursor, encodeCursor } from './cursor.js';

let deps: TestDeps;

before(async () => {
  deps = await openTestDeps(NOW);
  await seedSyndication(deps);
  // Twenty stories imported in one go, several with the same publication (and update) time.
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
});
after(async () => {
  await deps.testStore.dispose();
});

/** Polls like a subscriber: pages of `limit`, keeping only the opaque cursor between calls. */
async function pollAll(cursor: string | null, limit: number, edition?: EditionCode) {
  const ids: number[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const after: ChangePosition | null = cursor ? decodeCursor(cursor) : null;
    const page = await storyChanges(deps, { ...(edition ? { edition } : {}), after, limit });
    ids.push(...page.items.map((b) => b.story.id));
    cursor = page.position ? encodeCursor(page.position) : cursor;
    if (!page.more) return { ids, cursor };
  }
  throw new Error('the stream never ended');
}

test('a poller sees every story exactly once, in the order they were written', async () => {
  const total = (await deps.store.stories.list({ statuses: ['published'], limit: 1 })).total;
  const { ids, cursor } = await pollAll(null, 3);
  assert.equal(ids.length, total);
  assert.equal(new Set(ids).size, ids.length, 'no story twice');
  assert.deepEqual(
    ids,
    [...ids].sort((a, b) => a - b),
    'imported one by one: write order is id order',
  );
  assert.ok(cursor);
  const again = await pollAll(cursor, 3);
  assert.deepEqual(again.ids, [], 'nothing new after the last cursor');
  assert.equal(again.cursor, cursor, 'an empty page gives the same cursor back');
});

test('the page size does not change what a poller sees', async () => {
  const one = await pollAll(null, 1);
  const many = await pollAll(null, 100);
  assert.deepEqual(one.ids, many.ids);
  assert.deepEqual((await pollAll(null, 7)).ids, many.ids);
});

test('an updated story comes again after the cursor at once, and only it', async () => {
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
  const next = await pollAll(cursor, 10);
  assert.deepEqual(next.ids, [story.id]);
  const page = await storyChanges(deps, { after: decodeCursor(cursor!), limit: 10 });
  assert.equal(page.items[0]?.story.title, 'Caspian shipping note 7 (corrected)');
  assert.equal(page.items[0]?.story.version, 2);
  assert.deepEqual((await pollAll(next.cursor, 10)).ids, []);
});

test('a new story arrives on the next poll, once', async () => {
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
  const next = await pollAll(cursor, 50);
  assert.deepEqual(next.ids, [story.id]);
  assert.deepEqual((await pollAll(next.cursor, 50)).ids, []);
});

test('the stream of one edition holds only that edition', async () => {
  const { ids } = await pollAll(null, 5, 'ru');
  assert.ok(ids.length >= 2);
  for (const id of ids) assert.equal((await deps.store.stories.findById(id))?.edition, 'ru');
});

test('a back-dated import after a poll still reaches the poller', async () => {
  const { cursor } = await pollAll(null, 100);
  // Imports keep the page's publication time as their last update: days before the poll.
  const { story } = await importStory(
    deps,
    SYSTEM,
    storyInput({
      title: 'Crawled late',
      sourceKey: 't:late',
      publishedAt: '2025-12-01T12:00:00+04:00',
    }),
  );
  assert.equal(story.updatedAt, '2025-12-01T08:00:00.000Z');
  assert.deepEqual((await pollAll(cursor, 100)).ids, [story.id]);
});

test('an unpublished story comes again, withheld, with its reason', async () => {
  const { cursor } = await pollAll(null, 100);
  const { story } = await importStory(
    deps,
    SYSTEM,
    storyInput({ title: 'Ferry timetable leaked', sourceKey: 't:leak' }),
  );
  const seen = await pollAll(cursor, 100);
  assert.deepEqual(seen.ids, [story.id]);
  await transitionStory(deps, SYSTEM, story.id, { to: 'unpublished', reason: 'not confirmed' });
  const page = await storyChanges(deps, { after: decodeCursor(seen.cursor!), limit: 10 });
  assert.deepEqual(
    page.items.map((b) => [b.story.id, b.story.status, b.story.unpublishedReason]),
    [[story.id, 'unpublished', 'not confirmed']],
  );
});
