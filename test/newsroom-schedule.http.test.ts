// Scheduled publishing and embargo over HTTP: a manual clock, the real clock, a restart, pages 404 then 200.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManualClock } from '../src/platform/clock.js';
import { silentLogger } from '../src/platform/logger.js';
import { boot, type Lede } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import type { StoryView } from '../src/operations/story-view.js';
import { storyApi, type Caller } from './support/story-api-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { openTestStore } from './support/test-store.js';

const config = (env: Record<string, string> = {}) =>
  loadConfig({ LEDE_DEMO: 'off', LEDE_LOG: 'off', PORT: '0', ...env });

/** Polls until `check` holds or `ms` pass; answers how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await sleep(50);
  }
  assert.fail(`not within ${ms} ms`);
}

async function prepare(lede: Pick<TestApp, 'lede'>) {
  await ensureRubric(lede.lede.deps.store, 'ru', 'Экономика');
  const api = storyApi(lede);
  const editor = await api.caller('editor');
  return { api, editor };
}

const statusOf = async (editor: Caller, id: number) =>
  (await editor.call('GET', `/api/stories/${id}`)).json<StoryView>().status;

let t: TestApp;
before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
});
after(async () => {
  await t.dispose();
});

test('manual clock: the story is out within a second of its time, and its page answers', async () => {
  const { api, editor } = await prepare(t);
  const story = await api.storyIn('approved', editor.actor);
  const res = await editor.call('POST', `/api/stories/${story.id}/transitions`, {
    to: 'scheduled',
    at: '2025-12-06T10:00:00Z',
  });
  assert.equal(res.statusCode, 200, res.body);
  const desk = await editor.call('GET', '/api/stories?view=scheduled');
  assert.equal(desk.json<{ items: StoryView[] }>().items[0]?.id, story.id);
  await sleep(1200);
  assert.equal(await statusOf(editor, story.id), 'scheduled');
  assert.equal((await t.lede.app.inject(story.url)).statusCode, 404);
  t.clock.set('2025-12-06T10:00:00Z');
  const took = await within(2000, async () => (await statusOf(editor, story.id)) === 'published');
  assert.ok(took <= 1200, `published ${took} ms after its time`);
  assert.equal((await t.lede.app.inject(story.url)).statusCode, 200);
});

test('embargo: the page is 404 until the embargo lifts, then 200, and the home page shows it', async () => {
  const { api, editor } = await prepare(t);
  t.clock.set('2025-12-06T11:00:00Z');
  const story = await api.storyIn('approved', editor.actor, {
    embargoUntil: '2025-12-06T12:00:00Z',
    title: 'Эмбарго до полудня',
  });
  await editor.call('POST', `/api/stories/${story.id}/transitions`, { to: 'published' });
  const home = () => t.lede.app.inject('/ru/');
  assert.equal((await t.lede.app.inject(story.url)).statusCode, 404);
  assert.doesNotMatch((await home()).body, /Эмбарго до полудня/);
  t.clock.set('2025-12-06T12:00:00Z');
  assert.equal((await t.lede.app.inject(story.url)).statusCode, 200);
  // The scheduler announces the lift, so cached lists show the story too.
  await within(2000, async () => /Эмбарго до полудня/.test((await home()).body));
});

test('real clock: scheduled 1 s ahead, published within about 2 s', async () => {
  const testStore = await openTestStore();
  const lede: Lede = await boot(config(), { store: testStore.store, logger: silentLogger });
  try {
    const { api, editor } = await prepare({ lede });
    const story = await api.storyIn('approved', editor.actor);
    const at = new Date(Date.now() + 1000).toISOString();
    const res = await editor.call('POST', `/api/stories/${story.id}/transitions`, {
      to: 'scheduled',
      at,
    });
    assert.equal(res.statusCode, 200, res.body);
    const took = await within(2500, async () => (await statusOf(editor, story.id)) === 'published');
    assert.ok(took <= 2200, `published ${took} ms after scheduling`);
    assert.equal((await lede.app.inject(story.url)).statusCode, 200);
  } finally {
    await lede.close();
    await testStore.dispose();
  }
});

test('restart: scheduled before a shutdown, published by the next process on the same database', async () => {
  const testStore = await openTestStore();
  const clock = new ManualClock('2025-12-06T09:00:00Z');
  let lede = await boot(config(testStore.env), { clock, logger: silentLogger });
  let id: number;
  let url: string;
  try {
    const { api, editor } = await prepare({ lede });
    const story = await api.storyIn('approved', editor.actor);
    ({ id, url } = story);
    await editor.call('POST', `/api/stories/${id}/transitions`, {
      to: 'scheduled',
      at: '2025-12-06T09:30:00Z',
    });
  } finally {
    await lede.close();
  }
  clock.set('2025-12-06T10:00:00Z');
  lede = await boot(config(testStore.env), { clock, logger: silentLogger });
  try {
    await within(
      2000,
      async () => (await lede.deps.store.stories.findById(id))?.status === 'published',
    );
    const story = await lede.deps.store.stories.findById(id);
    assert.equal(story?.publishedAt, '2025-12-06T09:30:00.000Z');
    assert.equal((await lede.app.inject(url)).statusCode, 200);
  } finally {
    await lede.close();
    await testStore.dispose();
  }
});
