// The read counts and hot-tag trend repos' contract: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { publishedStory } from '../../test/support/story-write.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { ReaderView } from './read-counts-port.js';

const NOW = '2026-12-07T10:30:00.000Z';
const H = Math.floor(Date.parse(NOW) / 3_600_000);
const SLOT = Math.floor(Date.parse(NOW) / 300_000);
const DAY = '2026-12-07';

let t: TestStore;
let world: number;
let sport: number;
let ids: { a: number; b: number; c: number; draft: number };
let tagId: number;

before(async () => {
  t = await openTestStore();
  const rubric = (slug: string) =>
    t.store.taxonomy.createRubric({ edition: 'en', slug, name: slug, parentId: null, position: 0 });
  world = (await rubric('world')).id;
  sport = (await rubric('sport')).id;
  tagId = (await t.store.taxonomy.createTag({ edition: 'en', slug: 'ferry', name: 'Ferry' })).id;
  const story = async (slug: string, rubricId: number, over: object = {}) =>
    (
      await t.store.stories.insert(
        publishedStory({
          edition: 'en',
          title: slug,
          slug,
          rubricId,
          publishedAt: '2026-12-06T09:00:00.000Z',
          ...over,
        }),
      )
    ).id;
  ids = {
    a: await story('a', world, { tagIds: [tagId] }),
    b: await story('b', world),
    c: await story('c', sport),
    draft: await story('draft', world, { status: 'draft' }),
  };
});
after(async () => {
  await t.dispose();
});

const view = (storyId: number, hash: string, hour = H, day = DAY): ReaderView => ({
  storyId,
  day,
  hash,
  hour,
  slot: hour * 12 + 6,
});

describe('read counts repo contract', () => {
  test('a batch counts each reader hash once a day, in one hour bucket; unknown stories are dropped', async () => {
    const counted = await t.store.readCounts.record([
      view(ids.a, 'r1'),
      view(ids.a, 'r1'),
      view(ids.a, 'r2'),
      view(ids.b, 'r3'),
      view(999_999, 'r4'),
    ]);
    assert.equal(counted, 3);
    // The same reader again later that day: nothing more.
    assert.equal(await t.store.readCounts.record([view(ids.a, 'r2', H + 1)]), 0);
    assert.deepEqual(await t.store.readCounts.storyHours(ids.a, H - 5, H + 5), [
      { key: ids.a, hour: H, views: 2 },
    ]);
  });

  test('the same reader hash on another day counts again', async () => {
    assert.equal(await t.store.readCounts.record([view(ids.a, 'r1', H + 24, '2026-12-08')]), 1);
    assert.deepEqual(
      (await t.store.readCounts.storyHours(ids.a, H, H + 48)).map((h) => h.views),
      [2, 1],
    );
  });

  test('most read: public stories of the edition, most views first; a rubric filter; a window', async () => {
    await t.store.readCounts.record([
      view(ids.c, 'c1'),
      view(ids.c, 'c2'),
      view(ids.c, 'c3'),
      view(ids.draft, 'd1'),
      view(ids.draft, 'd2'),
      view(ids.draft, 'd3'),
      view(ids.draft, 'd4'),
      view(ids.b, 'old', H - 30),
    ]);
    const q = { edition: 'en' as const, now: NOW, limit: 10 };
    // a: two views at H, one the next day; equal views go newest story first.
    assert.deepEqual(await t.store.readCounts.mostRead({ ...q, fromHour: H - 23 }), [
      { storyId: ids.c, views: 3 },
      { storyId: ids.a, views: 3 },
      { storyId: ids.b, views: 1 },
    ]);
    assert.deepEqual(
      await t.store.readCounts.mostRead({ ...q, fromHour: H - 167, rubricIds: [world] }),
      [
        { storyId: ids.a, views: 3 },
        { storyId: ids.b, views: 2 },
      ],
    );
    assert.deepEqual(await t.store.readCounts.mostRead({ ...q, fromHour: H - 23, limit: 1 }), [
      { storyId: ids.c, views: 3 },
    ]);
    assert.deepEqual(await t.store.readCounts.mostRead({ ...q, fromHour: H, rubricIds: [] }), []);
    assert.deepEqual(
      await t.store.readCounts.mostRead({ ...q, edition: 'ru', fromHour: H - 23 }),
      [],
    );
  });

  test('views by story and by tag in given hours; what is read since a five-minute slot', async () => {
    const byStory = await t.store.readCounts.storyHourViews('en', [H, H - 30], NOW);
    assert.deepEqual(
      byStory.sort((x, y) => x.key - y.key || x.hour - y.hour),
      [
        { key: ids.a, hour: H, views: 2 },
        { key: ids.b, hour: H - 30, views: 1 },
        { key: ids.b, hour: H, views: 1 },
        { key: ids.c, hour: H, views: 3 },
      ],
    );
    assert.deepEqual(
      (await t.store.readCounts.tagHourViews('en', [H, H + 24], NOW)).sort(
        (x, y) => x.hour - y.hour,
      ),
      [
        { key: tagId, hour: H, views: 2 },
        { key: tagId, hour: H + 24, views: 1 },
      ],
    );
    const now = await t.store.readCounts.readSince('en', H * 12 + 6, NOW, 2);
    assert.deepEqual(now, [
      { storyId: ids.c, views: 3 },
      { storyId: ids.a, views: 3 },
    ]);
    await t.store.readCounts.pruneRecent(SLOT + 10_000);
    assert.deepEqual(await t.store.readCounts.readSince('en', 0, NOW, 5), []);
  });

  test('a day has one salt, the first asked for; a new day drops the old salts and hashes', async () => {
    assert.equal(await t.store.readCounts.daySalt('2026-12-09', 'first'), 'first');
    assert.equal(await t.store.readCounts.daySalt('2026-12-09', 'second'), 'first');
    // The old days' hashes went with their salts: r1 on 2026-12-08 counts again.
    assert.equal(await t.store.readCounts.record([view(ids.a, 'r1', H + 24, '2026-12-08')]), 1);
    assert.equal(await t.store.readCounts.daySalt('2026-12-10', 'third'), 'third');
    assert.equal(await t.store.readCounts.daySalt('2026-12-09', 'again'), 'again');
  });

  test('the hot-tag trend settings: off by default, replaced whole, listed by edition', async () => {
    assert.deepEqual(await t.store.hotTagTrend.settings('en'), {
      follow: false,
      blockedTagIds: [],
    });
    await t.store.hotTagTrend.setSettings('en', { follow: true, blockedTagIds: [tagId, tagId] });
    assert.deepEqual(await t.store.hotTagTrend.settings('en'), {
      follow: true,
      blockedTagIds: [tagId],
    });
    assert.deepEqual(await t.store.hotTagTrend.following(), ['en']);
    await t.store.hotTagTrend.setSettings('en', { follow: false, blockedTagIds: [] });
    assert.deepEqual(await t.store.hotTagTrend.following(), []);
  });
});
