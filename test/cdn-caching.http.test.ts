// Caching a CDN can use: ETag and Last-Modified on every public response, 304s, and one purge per change.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SYSTEM } from '../src/domain/actor.js';
import { setHotTags } from '../src/operations/hot-tags.js';
import { importStory } from '../src/operations/import-story.js';
import { transitionStory } from '../src/operations/transition-story.js';
import type { StoryEvent } from '../src/platform/events.js';
import { silentLogger } from '../src/platform/logger.js';
import { boot, type Lede } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { NOW, seedSyndication, storyInput } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { startReceiver, type Receiver } from './support/webhook-receiver.js';

let t: TestApp;

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers });

/** Public responses of every kind: site pages, feeds, sitemaps. */
const PUBLIC = [
  '/en/',
  '/en/economy/',
  '/en/tags/shipping',
  '/en/transport/ferry-line-to-turkmenbashi-adds-a-night-crossing',
  '/en/archive/2025-12-05',
  '/en/rss.xml',
  '/en/economy/atom.xml',
  '/en/tags/shipping/feed.json',
  '/sitemap.xml',
  '/sitemaps/en-2025-12.xml',
  '/sitemaps/news-en.xml',
];

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: 'https://lede.example' } });
  await seedSyndication(t.lede.deps);
  t.clock.advance(3600_000);
});
after(async () => {
  await t.dispose();
});

describe('conditional requests', () => {
  test('every public response has an ETag, a Last-Modified and its surrogate keys', async () => {
    for (const url of PUBLIC) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers.etag), /^W\/"[^"]+"$/, url);
      const modified = String(res.headers['last-modified']);
      assert.match(modified, /^\w{3}, \d\d \w{3} 2025 \d\d:\d\d:\d\d GMT$/, url);
      assert.ok(Date.parse(modified) <= t.clock.now().getTime(), `${url}: not in the future`);
      assert.ok(res.headers['surrogate-key'], url);
      assert.equal(
        res.headers['cache-tag'],
        String(res.headers['surrogate-key']).replaceAll(' ', ','),
      );
      assert.match(String(res.headers['cache-control']), /max-age=60, stale-while-revalidate/);
    }
    const robots = await get('/robots.txt');
    assert.equal(robots.headers['surrogate-key'], 'robots');
    assert.ok(robots.headers.etag);
  });

  test('a story page answers 304 by ETag and by If-Modified-Since; Last-Modified is its update', async () => {
    const url = '/en/transport/ferry-line-to-turkmenbashi-adds-a-night-crossing';
    const first = await get(url);
    const etag = String(first.headers.etag);
    const modified = String(first.headers['last-modified']);
    // Nothing in the edition was written after the seed: the page's time is its stories'.
    assert.equal(modified, new Date(NOW).toUTCString());

    for (const headers of <Record<string, string>[]>[
      { 'if-none-match': etag },
      { 'if-none-match': etag.replace(/^W\//, '') },
      { 'if-none-match': `"other", ${etag}` },
      { 'if-none-match': '*' },
      { 'if-modified-since': modified },
      { 'if-modified-since': new Date(Date.parse(modified) + 60_000).toUTCString() },
    ]) {
      const res = await get(url, headers);
      assert.equal(res.statusCode, 304, JSON.stringify(headers));
      assert.equal(res.body, '');
      assert.equal(res.headers.etag, etag);
      assert.equal(res.headers['last-modified'], modified);
      assert.ok(res.headers['surrogate-key']);
    }
    for (const headers of <Record<string, string>[]>[
      { 'if-none-match': '"other"' },
      { 'if-modified-since': new Date(Date.parse(modified) - 1000).toUTCString() },
      { 'if-modified-since': 'yesterday' },
      // If-None-Match wins: a stale tag is a change, whatever the date says.
      { 'if-none-match': '"other"', 'if-modified-since': modified },
    ]) {
      const res = await get(url, headers);
      assert.equal(res.statusCode, 200, JSON.stringify(headers));
      assert.match(res.body, /Ferry line/);
    }
  });

  test('lists, feeds and sitemaps answer 304 until a story changes, then 200', async () => {
    const before = new Map<string, { etag: string; modified: string }>();
    for (const url of PUBLIC) {
      const res = await get(url);
      before.set(url, {
        etag: String(res.headers.etag),
        modified: String(res.headers['last-modified']),
      });
      assert.equal((await get(url, { 'if-none-match': String(res.headers.etag) })).statusCode, 304);
      assert.equal(
        (await get(url, { 'if-modified-since': String(res.headers['last-modified']) })).statusCode,
        304,
        url,
      );
    }
    t.clock.advance(60_000);
    const { story } = await importStory(
      t.lede.deps,
      SYSTEM,
      storyInput({
        title: 'Ferry line adds a morning crossing',
        sourceKey: 't:morning',
        tags: ['Shipping'],
        rubric: 'Economy / Transport',
        publishedAt: undefined,
      }),
    );
    // Lists show what came out before now; a reader's next request comes a moment later.
    t.clock.advance(1000);
    // The index carries each month's lastmod: a new story changes it with its month's file.
    const changed = PUBLIC.filter((u) => !u.includes('archive') && !u.includes('ferry-line-to'));
    for (const url of changed) {
      const was = before.get(url)!;
      const byTag = await get(url, { 'if-none-match': was.etag });
      assert.equal(byTag.statusCode, 200, `${url} by ETag`);
      if (url !== '/sitemap.xml')
        assert.match(byTag.body, /morning crossing|ferry-line-adds-a-morning-crossing/, url);
      const byDate = await get(url, { 'if-modified-since': was.modified });
      assert.equal(byDate.statusCode, 200, `${url} by date`);
    }

    // Withdrawn: it leaves the lists, and their Last-Modified moves though the rest is older.
    const home = await get('/en/');
    t.clock.advance(60_000);
    await transitionStory(t.lede.deps, SYSTEM, story.id, { to: 'unpublished', reason: 'error' });
    const after = await get('/en/', { 'if-modified-since': String(home.headers['last-modified']) });
    assert.equal(after.statusCode, 200);
    assert.doesNotMatch(after.body, /morning crossing/);
    assert.ok(
      Date.parse(String(after.headers['last-modified'])) >
        Date.parse(String(home.headers['last-modified'])),
    );
  });
});

describe('CDN purge', () => {
  let receiver: Receiver;
  let a: Lede;
  let b: Lede;

  before(async () => {
    // Every process of one Lede has the same CDN setting; the test app's loop has none: let it
    // fan out what it has (the seed), then stop it.
    await t.lede.deliveries.runOnce();
    await t.lede.deliveries.stop();
    receiver = await startReceiver();
    const config = loadConfig({
      LEDE_DEMO: 'off',
      LEDE_LOG: 'off',
      LEDE_PUBLIC_URL: 'https://lede.example',
      LEDE_CDN_PURGE_URL: receiver.url,
      LEDE_CDN_PURGE_TOKEN: 'cdn-secret',
    });
    // Two processes on one database, each with its own delivery loop running.
    const options = { store: t.testStore.store, clock: t.clock, logger: silentLogger };
    a = await boot(config, options);
    b = await boot(config, options);
  });
  after(async () => {
    await a.close();
    await b.close();
    await receiver.close();
  });

  test('each story change purges its keys once, from one process, never blocking it', async () => {
    const events: StoryEvent[] = [];
    a.deps.events.subscribe((e) => {
      if (e.type !== 'edition.changed') events.push(e);
    });
    const started = performance.now();
    await importStory(
      a.deps,
      SYSTEM,
      storyInput({ title: 'Purged: new berth', sourceKey: 't:purge', tags: ['Caspian'] }),
    );
    assert.ok(performance.now() - started < 1000);
    const [purge] = await receiver.waitFor(1);
    await sleep(2500); // both loops poll every second: a second purge would have come by now
    await Promise.all([a.deliveries.runOnce(), b.deliveries.runOnce()]);
    assert.equal(receiver.requests.length, 1, 'once, not from every process');
    assert.equal(events.length, 1);
    const keys = events[0]!.keys;
    assert.deepEqual((JSON.parse(purge!.body) as { keys: string[] }).keys, keys);
    assert.equal(purge!.headers['surrogate-key'], keys.join(' '));
    assert.equal(purge!.headers.authorization, 'Bearer cdn-secret');
    assert.match(String(purge!.headers['content-type']), /^application\/json/);
    for (const key of ['sitemap', 'home-en', `story-${events[0]!.storyId}`])
      assert.ok(keys.includes(key), key);

    // An edition-wide change (the hot tags) purges every page of the edition.
    await setHotTags(a.deps, SYSTEM, 'en', [{ name: 'Caspian' }]);
    const [, edition] = await receiver.waitFor(2);
    assert.deepEqual(JSON.parse(edition!.body), { keys: ['edition-en'] });
  });

  test('a CDN that is down is tried again later; publishing is not held up', async () => {
    await receiver.close();
    const down = receiver.url;
    await importStory(a.deps, SYSTEM, storyInput({ title: 'Purged later', sourceKey: 't:later' }));
    await a.deliveries.runOnce();
    await b.deliveries.runOnce();
    const [d] = await a.deps.store.distribution.listDeliveries({ kind: 'cdn', limit: 1 });
    assert.equal(d!.status, 'pending');
    assert.equal(d!.attempts, 1);
    assert.match(d!.lastError ?? '', /not sent/);
    assert.ok(down);
  });
});
