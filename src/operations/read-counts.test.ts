// Read counts through the counter: bots, DNT/GPC and repeated readers left out; batches survive a restart; most read and trending follow a scripted stream.

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { searchIndexing } from '../search/create-search-index.js';
import { dropPostgresSchema, openPostgresStore } from '../storage/postgres/connect.js';
import { openSqliteStore } from '../storage/sqlite/connect.js';
import { hourOf } from '../domain/read-counts.js';
import { SYSTEM } from '../domain/actor.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { importStory } from './import-story.js';
import { ReadCounter, type ViewInput } from './read-counter.js';
import { mostRead } from './most-read.js';
import { trendingStories, trendingTags } from './trending.js';
import { followTrend, stripWithTrend } from './hot-tag-trend.js';
import { setHotTags } from './hot-tags.js';

const NOW = '2026-12-07T10:20:00Z';
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

let d: TestDeps;
let counter: ReadCounter;
const ids: number[] = [];

const reader = (storyId: number, address: string, over: Partial<ViewInput> = {}): ViewInput => ({
  storyId,
  address,
  userAgent: BROWSER,
  headers: {},
  ...over,
});

/** `n` different readers of a story (addresses `${prefix}.1` ...). */
function readers(storyId: number, n: number, prefix: string): void {
  for (let i = 0; i < n; i++) counter.view(reader(storyId, `${prefix}.${i}`));
}

before(async () => {
  d = await openTestDeps(NOW);
  const story = async (title: string, tags: string[]) =>
    (
      await importStory(d, SYSTEM, {
        edition: 'en',
        type: 'news',
        title,
        rubric: 'World',
        lead: 'A lead.',
        tags,
        blocks: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
        publishedAt: '2026-11-20T09:00:00Z',
        sourceKey: `t:${title}`,
      })
    ).story.id;
  ids.push(await story('Ferry line opens', ['Ferry']));
  ids.push(await story('Grain harvest ends', ['Grain']));
  ids.push(await story('Forum in Baku', ['Forum']));
  counter = new ReadCounter(d, { batchSize: 1_000_000 });
});
after(async () => {
  await counter.close();
  await d.testStore.dispose();
});

describe('counting', () => {
  test('bots, DNT and GPC are left out; one reader counts once a story a day', async () => {
    const [a] = ids as [number];
    assert.equal(
      counter.view(
        reader(a, '10.0.0.1', { userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }),
      ),
      'bot',
    );
    assert.equal(counter.view(reader(a, '10.0.0.1', { userAgent: undefined })), 'bot');
    assert.equal(counter.view(reader(a, '10.0.0.1', { userAgent: 'curl/8.5.0 something' })), 'bot');
    assert.equal(counter.view(reader(a, '10.0.0.1', { headers: { dnt: '1' } })), 'declined');
    assert.equal(counter.view(reader(a, '10.0.0.1', { headers: { 'sec-gpc': '1' } })), 'declined');
    for (let i = 0; i < 3; i++) assert.equal(counter.view(reader(a, '10.0.0.1')), 'buffered');
    // Another browser at the same address is another reader.
    counter.view(reader(a, '10.0.0.1', { userAgent: `${BROWSER} Edg/131` }));
    assert.equal(await counter.flush(), 2);
    // Later the same day, again: nothing more; the next day: counted again.
    d.clock.advance(3_600_000);
    counter.view(reader(a, '10.0.0.1'));
    assert.equal(await counter.flush(), 0);
    d.clock.set('2026-12-08T00:10:00Z');
    counter.view(reader(a, '10.0.0.1'));
    assert.equal(await counter.flush(), 1);
    const hours = await d.store.readCounts.storyHours(a, 0, hourOf(d.clock.now()));
    assert.deepEqual(
      hours.map((h) => h.views),
      [2, 1],
    );
    d.clock.set(NOW);
  });
});

describe('a restart', () => {
  test('views buffered are written on close and the counts are there after reopening the store', async () => {
    const own = await openTestDeps(NOW);
    const { store, env } = own.testStore;
    const rubric = await store.taxonomy.createRubric({
      edition: 'en',
      slug: 'world',
      name: 'World',
      parentId: null,
      position: 0,
    });
    const { id } = await store.stories.insert({
      edition: 'en',
      type: 'news',
      status: 'published',
      title: 'Kept',
      slug: 'kept',
      lead: '',
      blocks: [],
      rubricId: rubric.id,
      authorId: null,
      tagIds: [],
      publishedAt: '2026-12-07T09:00:00.000Z',
      updatedAt: '2026-12-07T09:00:00.000Z',
      translationGroup: null,
      translatedFromVersion: null,
      sourceKey: null,
    });
    const mine = new ReadCounter(own);
    for (let i = 0; i < 5; i++) mine.view(reader(id, `192.0.2.${i}`));
    assert.equal(mine.buffered, 5);
    await mine.close();
    await store.close();
    const schema = env.LEDE_DATABASE_SCHEMA;
    const reopened = schema
      ? await openPostgresStore(env.LEDE_DATABASE_URL!, searchIndexing, { schema, poolSize: 1 })
      : await openSqliteStore(env.LEDE_DATABASE_URL!.slice('sqlite:'.length), searchIndexing);
    try {
      const hours = await reopened.readCounts.storyHours(id, 0, hourOf(new Date(NOW)));
      assert.deepEqual(
        hours.map((h) => h.views),
        [5],
      );
      // No address is stored: the reader hashes only.
      const salt = await reopened.readCounts.daySalt('2026-12-07', 'unused');
      assert.notEqual(salt, 'unused');
    } finally {
      await reopened.close();
      if (schema) await dropPostgresSchema(env.LEDE_DATABASE_URL!, schema);
      else
        rmSync(path.dirname(env.LEDE_DATABASE_URL!.slice('sqlite:'.length)), {
          recursive: true,
          force: true,
        });
    }
  });
});

describe('a scripted stream of views', () => {
  test('most read follows the stream, over 24 hours and 7 days', async () => {
    const [a, b, c] = ids as [number, number, number];
    // Six days ago: many read the forum; today: the grain story, then the ferry.
    d.clock.set('2026-12-01T10:20:00Z');
    readers(c, 12, 'old');
    await counter.flush();
    d.clock.set(NOW);
    readers(b, 9, 'b');
    readers(a, 4, 'a');
    await counter.flush();
    const day = await mostRead(d, { edition: 'en', window: 'day', limit: 5 });
    assert.deepEqual(
      day.map((r) => [r.read.story.title, r.views]),
      [
        ['Grain harvest ends', 9],
        // The first test's two readers, its reader of the next day, and four more.
        ['Ferry line opens', 7],
      ],
    );
    const week = await mostRead(d, { edition: 'en', window: 'week', limit: 1 });
    assert.equal(week[0]!.read.story.title, 'Forum in Baku');
    assert.equal(week[0]!.read.path.startsWith('/en/'), true);
  });

  test('trending: a story read far above its usual level rises, with its tag; the strip follows when asked', async () => {
    const [a, , c] = ids as [number, number, number];
    // The forum is read every day at this hour (5 readers); today 6: steady. The ferry: 40 now.
    for (let day = 1; day <= 6; day++) {
      d.clock.set(new Date(Date.parse(NOW) - day * 86_400_000).toISOString());
      readers(c, 5, `usual${day}`);
      await counter.flush();
    }
    d.clock.set(NOW);
    readers(c, 6, 'today');
    readers(a, 40, 'rush');
    await counter.flush();
    const stories = await trendingStories(d, 'en', 5);
    assert.equal(stories[0]!.read.story.title, 'Ferry line opens');
    assert.ok(!stories.some((s) => s.read.story.title === 'Forum in Baku'));
    const tags = await trendingTags(d, 'en', 5);
    assert.equal(tags[0]!.tag.name, 'Ferry');
    assert.ok(tags[0]!.trend.score >= 1.5);

    // The strip: a pinned tag keeps its place, a blocked one is never taken from the trend.
    await setHotTags(d, SYSTEM, 'en', [{ name: 'Elections', pinned: true }, { name: 'Weather' }]);
    assert.equal(
      await followTrend(d, 'en'),
      false,
      'nothing changes while the edition does not follow',
    );
    await d.store.hotTagTrend.setSettings('en', { follow: true, blockedTagIds: [] });
    assert.equal(await followTrend(d, 'en'), true);
    const strip = await d.store.taxonomy.listHotTags('en');
    assert.deepEqual(
      strip.map((t) => [t.name, t.pinned]),
      [
        ['Elections', true],
        ['Ferry', false],
        ['Grain', false],
        ['Weather', false],
      ].filter(([name]) => name !== 'Grain' || tags.some((t) => t.tag.name === 'Grain')),
    );
    assert.equal(await followTrend(d, 'en'), false, 'an unchanged strip is not written again');
    const ferry = tags[0]!.tag;
    await d.store.hotTagTrend.setSettings('en', { follow: true, blockedTagIds: [ferry.id] });
    await followTrend(d, 'en');
    assert.ok(!(await d.store.taxonomy.listHotTags('en')).some((t) => t.name === 'Ferry'));
  });

  test('the strip with the trend: expired pins go, places are limited, old unpinned tags fill in', () => {
    const tag = (id: number, name: string) => ({ id, edition: 'en' as const, slug: name, name });
    const strip = stripWithTrend(
      [
        { tag: tag(1, 'Pinned'), pinned: true, expiresAt: null },
        { tag: tag(2, 'Expired'), pinned: true, expiresAt: '2026-01-01T00:00:00.000Z' },
        { tag: tag(3, 'Old'), pinned: false, expiresAt: null },
      ],
      [tag(4, 'Rising'), tag(1, 'Pinned'), tag(5, 'Blocked')],
      new Set([5]),
      NOW,
    );
    assert.deepEqual(
      strip.map((e) => e.name),
      ['Pinned', 'Rising', 'Old'],
    );
  });
});
