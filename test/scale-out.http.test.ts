// Two Lede processes on one database and one Redis: a change made through one refreshes the other's pages.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { ManualClock } from '../src/platform/clock.js';
import { silentLogger } from '../src/platform/logger.js';
import { boot, type Lede } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { openTestStore, type TestStore } from './support/test-store.js';

let db: TestStore;
let a: Lede;
let b: Lede;

before(async () => {
  db = await openTestStore();
  const config = loadConfig({
    LEDE_DEMO: 'off',
    LEDE_LOG: 'off',
    LEDE_REDIS_URL: process.env.LEDE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  const clock = new ManualClock('2025-12-06T09:00:00Z');
  a = await boot(config, { store: db.store, clock, logger: silentLogger });
  b = await boot(config, { store: db.store, clock, logger: silentLogger });
});
after(async () => {
  await a.close();
  await b.close();
  await db.dispose();
});

test('a story published through one process shows on the other process at once', async () => {
  await importStory(a.deps, SYSTEM, {
    edition: 'en',
    type: 'news',
    title: 'First ferry of the season leaves Baku',
    rubric: 'Economy',
    lead: 'The first ferry of the season left the port.',
    blocks: [],
    publishedAt: '2025-12-05T10:00:00+04:00',
  });
  const first = await b.app.inject('/en/');
  assert.match(first.body, /First ferry of the season/);
  // The import's purge may reach b through Redis while b renders the page: the page is then
  // kept stale and rendered once more (it may have been read before the change). Then it is kept.
  let cache = (await b.app.inject('/en/')).headers['x-cache'];
  for (let i = 0; i < 50 && cache !== 'HIT'; i++) {
    await sleep(20);
    cache = (await b.app.inject('/en/')).headers['x-cache'];
  }
  assert.equal(cache, 'HIT');

  await importStory(a.deps, SYSTEM, {
    edition: 'en',
    type: 'news',
    title: 'Second ferry follows within the hour',
    rubric: 'Economy',
    lead: 'Another ferry left the port.',
    blocks: [],
    publishedAt: '2025-12-05T11:00:00+04:00',
  });
  // The purge travels through Redis: give it a moment, as a load balancer would.
  let page = await b.app.inject('/en/');
  for (let i = 0; i < 50 && !page.body.includes('Second ferry'); i++) {
    await sleep(20);
    page = await b.app.inject('/en/');
  }
  assert.match(page.body, /Second ferry follows within the hour/);
});
