// The live repo contract: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RANGE_SIZE } from '../domain/live.js';
import { publishedStory } from '../../test/support/story-write.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { NewLiveEntry } from './live-port.js';

let t: TestStore;
let storyId: number;
before(async () => {
  t = await openTestStore();
  const rubric = await t.store.taxonomy.createRubric({
    edition: 'en',
    slug: 'world',
    name: 'World',
    parentId: null,
    position: 0,
  });
  storyId = (
    await t.store.stories.insert(
      publishedStory({
        edition: 'en',
        type: 'live',
        title: 'Live',
        slug: 'live',
        rubricId: rubric.id,
        publishedAt: '2025-12-06T09:00:00.000Z',
      }),
    )
  ).id;
});
after(async () => {
  await t.dispose();
});

const entry = (text: string, over: Partial<NewLiveEntry> = {}): NewLiveEntry => ({
  postedAt: '2025-12-06T09:05:00.000Z',
  authorId: null,
  authorName: 'Desk',
  blocks: [{ type: 'paragraph', content: [{ text }] }],
  keyEvent: false,
  pinned: false,
  ...over,
});

describe('live repo contract', () => {
  test('entries posted in concurrent transactions take distinct seqs, none lost', async () => {
    const posted = await Promise.all(
      Array.from({ length: 2 * RANGE_SIZE + 3 }, (_, i) =>
        t.store.transaction(async (tx) => {
          const e = await tx.live.insertEntry(storyId, entry(`Entry ${i}`));
          await tx.live.markStoryChanged(storyId, '2025-12-06T09:05:00.000Z');
          return e;
        }),
      ),
    );
    const seqs = posted.map((e) => e.seq).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      Array.from({ length: 2 * RANGE_SIZE + 3 }, (_, i) => i + 1),
    );
    assert.equal((await t.store.live.coverage(storyId))!.lastSeq, 2 * RANGE_SIZE + 3);
    assert.equal((await t.store.live.listEntries(storyId)).length, 2 * RANGE_SIZE + 3);
    const states = await t.store.live.rangeStates(storyId);
    assert.deepEqual(
      states.map((s) => [s.range, s.count, s.version]),
      [
        [0, RANGE_SIZE, RANGE_SIZE],
        [1, RANGE_SIZE, RANGE_SIZE],
        [2, 3, 3],
      ],
    );
  });

  test('a correction, a pin and a delete each change the version of the entry’s range only', async () => {
    const [first] = await t.store.live.listEntries(storyId, 1, 1);
    const before = await t.store.live.rangeStates(storyId);
    const edited = await t.store.live.updateEntry(
      first!.id,
      { blocks: entry('Entry 0, corrected').blocks },
      '2025-12-06T09:30:00.000Z',
    );
    assert.equal(edited!.editedAt, '2025-12-06T09:30:00.000Z');
    assert.equal(edited!.rev, 2);
    const after = await t.store.live.rangeStates(storyId);
    assert.equal(after[0]!.version, before[0]!.version + 1);
    assert.deepEqual(after.slice(1), before.slice(1));

    const [last] = await t.store.live.listEntries(storyId, 2 * RANGE_SIZE + 3);
    await t.store.live.updateEntry(first!.id, { pinned: true }, '2025-12-06T09:31:00.000Z');
    await t.store.live.updateEntry(last!.id, { pinned: true }, '2025-12-06T09:32:00.000Z');
    assert.equal(await t.store.live.pinnedEntry(storyId), last!.id, 'one pinned entry at a time');
    assert.equal((await t.store.live.findEntry(first!.id))!.pinned, false);

    const gone = await t.store.live.deleteEntry(
      last!.id,
      '2025-12-06T09:40:00.000Z',
      'wrong story',
    );
    assert.equal(gone!.deleteNote, 'wrong story');
    assert.equal(await t.store.live.pinnedEntry(storyId), null);
    const byStory = await t.store.live.entriesOfStories([storyId, 999_999]);
    assert.equal(byStory.get(storyId)!.length, 2 * RANGE_SIZE + 3);
    assert.deepEqual(byStory.get(999_999), []);
  });

  test('coverage closes and reopens; the story’s change sequence grows with each change', async () => {
    const seqOf = async () =>
      (
        await t.store.distribution.listChangesAfter({
          after: 0,
          statuses: ['published'],
          limit: 100,
        })
      ).find((r) => r.id === storyId)!.seq;
    const before = await seqOf();
    await t.store.transaction(async (tx) => {
      await tx.live.setCoverageEnd(storyId, '2025-12-06T12:00:00.000Z');
      await tx.live.markStoryChanged(storyId, '2025-12-06T12:00:00.000Z');
    });
    assert.equal((await t.store.live.coverage(storyId))!.endedAt, '2025-12-06T12:00:00.000Z');
    assert.ok((await seqOf()) > before);
    assert.equal((await t.store.stories.findById(storyId))!.updatedAt, '2025-12-06T12:00:00.000Z');
    await t.store.live.setCoverageEnd(storyId, null);
    assert.equal((await t.store.live.coverage(storyId))!.endedAt, null);
  });
});
