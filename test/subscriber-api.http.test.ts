// The content API's keys: 401 without one or with a revoked one, 200 with a subscriber's or a newsroom token, 429 per key; embargoes.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { publishDueStories } from '../src/operations/publish-due-stories.js';
import { addSubscriber, revokeSubscriber } from '../src/operations/subscribers.js';
import { silentLogger } from '../src/platform/logger.js';
import { boot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import type { Ninjs } from '../src/syndication/ninjs.js';
import { personWithToken, publishThroughWorkflow } from './support/distribution-fixtures.js';
import { NOW, seedSyndication, type Seeded } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let ids: Seeded;

const get = (url: string, key?: string) =>
  t.lede.app.inject({
    method: 'GET',
    url,
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
  });

before(async () => {
  t = await bootTestApp({
    now: NOW,
    env: { LEDE_PUBLIC_URL: 'https://lede.example', LEDE_API_RATE_LIMIT: '50' },
  });
  ids = await seedSyndication(t.lede.deps);
});
after(async () => {
  await t.dispose();
});

describe('keys', () => {
  test('no key, a malformed header or an unknown key answer 401 with a Bearer challenge', async () => {
    const url = `/api/ninjs/items/${ids.ferryId}`;
    for (const key of [undefined, '', 'ledesub_nope', 'lede_not-a-token']) {
      const res = await get(url, key);
      assert.equal(res.statusCode, 401, String(key));
      assert.match(String(res.headers['www-authenticate']), /^Bearer realm=/);
      assert.equal((JSON.parse(res.body) as { error: string }).error, 'unauthenticated');
      assert.doesNotMatch(res.body, /Ferry line/);
    }
    const basic = await t.lede.app.inject({
      url,
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    assert.equal(basic.statusCode, 401);
    for (const other of ['/api/ninjs/items', `/api/newsml/items/${ids.ferryId}`])
      assert.equal((await get(other)).statusCode, 401, other);
  });

  test("a subscriber's key reads every route; once revoked it answers 401", async () => {
    const { key, subscriber } = await addSubscriber(t.lede.deps, SYSTEM, { name: 'Revokable' });
    assert.match(key, /^ledesub_[\w-]{43}$/);
    for (const url of [
      `/api/ninjs/items/${ids.ferryId}`,
      '/api/ninjs/items?limit=2',
      `/api/newsml/items/${ids.ferryId}`,
    ])
      assert.equal((await get(url, key)).statusCode, 200, url);
    // The key is stored hashed: nothing in the store holds it.
    const stored = await t.lede.deps.store.distribution.findSubscriber({ id: subscriber.id });
    assert.doesNotMatch(JSON.stringify(stored), new RegExp(key.slice(8)));

    await revokeSubscriber(t.lede.deps, SYSTEM, { name: 'Revokable' });
    const res = await get(`/api/ninjs/items/${ids.ferryId}`, key);
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /revoked/);
  });

  test('a newsroom user reads the API with their own token', async () => {
    for (const role of ['reporter', 'admin'] as const) {
      const { token } = await personWithToken(t.lede.deps, role);
      const res = await get(`/api/ninjs/items/${ids.interviewId}`, token);
      assert.equal(res.statusCode, 200, role);
      assert.equal((JSON.parse(res.body) as Ninjs).language, 'ru');
    }
  });
});

describe('rate limit', () => {
  test('each key has its own count; over it, 429 with Retry-After', async () => {
    const slow = await addSubscriber(t.lede.deps, SYSTEM, { name: 'Small plan', rateLimit: 3 });
    const other = await addSubscriber(t.lede.deps, SYSTEM, { name: 'Other partner' });
    const url = `/api/ninjs/items/${ids.ferryId}`;
    for (let i = 0; i < 3; i++) {
      const ok = await get(url, slow.key);
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.headers['x-ratelimit-limit'], '3');
      assert.equal(ok.headers['x-ratelimit-remaining'], String(2 - i));
    }
    const over = await get(url, slow.key);
    assert.equal(over.statusCode, 429);
    const retryAfter = Number(over.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    const body = JSON.parse(over.body) as { error: string; retryAfter: number };
    assert.equal(body.error, 'too_many_attempts');
    // Another key, and the configured default of 50 a minute, are untouched.
    const fine = await get(url, other.key);
    assert.equal(fine.statusCode, 200);
    assert.equal(fine.headers['x-ratelimit-limit'], '50');
    // Unknown keys are refused before they are counted.
    assert.equal((await get(url, 'ledesub_unknown')).statusCode, 401);
  });

  test('with LEDE_REDIS_URL two processes share the counts', async () => {
    const config = loadConfig({
      LEDE_DEMO: 'off',
      LEDE_LOG: 'off',
      LEDE_REDIS_URL: process.env.LEDE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    });
    const options = { store: t.testStore.store, clock: t.clock, logger: silentLogger };
    const a = await boot(config, options);
    const b = await boot(config, options);
    try {
      const { key } = await addSubscriber(t.lede.deps, SYSTEM, { name: 'Shared', rateLimit: 4 });
      const url = `/api/ninjs/items/${ids.ferryId}`;
      const ask = (app: typeof a) =>
        app.app.inject({ url, headers: { authorization: `Bearer ${key}` } });
      const codes = [];
      for (const app of [a, b, a, b, a]) codes.push((await ask(app)).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 200, 429]);
      assert.equal((await ask(b)).statusCode, 429, 'the other process counts the same');
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('embargo', () => {
  test('subscribers get an embargoed story marked; the public site and feeds do not', async () => {
    const { key } = await addSubscriber(t.lede.deps, SYSTEM, { name: 'Embargo reader' });
    const id = await publishThroughWorkflow(t.lede.deps, {
      edition: 'en',
      type: 'news',
      title: 'Budget figures under embargo',
      rubric: 'Economy',
      lead: 'The budget for next year.',
      blocks: [{ type: 'paragraph', content: [{ text: 'Figures.' }] }],
      embargoUntil: '2025-12-06T16:00:00+04:00',
    });
    const item = JSON.parse((await get(`/api/ninjs/items/${id}`, key)).body) as Ninjs;
    assert.equal(item.pubstatus, 'usable');
    assert.equal(item.embargoed, '2025-12-06T12:00:00.000Z');
    const stream = JSON.parse((await get('/api/ninjs/items?limit=100', key)).body) as {
      items: Ninjs[];
    };
    assert.equal(stream.items.find((i) => i.uri.endsWith(`:${id}`))?.embargoed, item.embargoed);
    const newsml = (await get(`/api/newsml/items/${id}`, key)).body;
    assert.match(newsml, /embargoed>2025-12-06T12:00:00/);

    const page = '/en/economy/budget-figures-under-embargo';
    assert.equal((await get(page)).statusCode, 404);
    for (const url of ['/en/', '/en/economy/', '/en/rss.xml', '/sitemaps/news-en.xml'])
      assert.doesNotMatch((await get(url)).body, /Budget figures under embargo/, url);

    // The embargo lifts: the scheduler clears it, the story is public and no longer marked.
    t.clock.set('2025-12-06T12:00:01Z');
    await publishDueStories(t.lede.deps);
    assert.equal((await get(page)).statusCode, 200);
    assert.match((await get('/en/rss.xml')).body, /Budget figures under embargo/);
    const lifted = JSON.parse((await get(`/api/ninjs/items/${id}`, key)).body) as Ninjs;
    assert.equal(lifted.embargoed, undefined);
  });
});
