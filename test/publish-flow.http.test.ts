// The distribution issue end to end: a story published through the workflow is on every page, feed and sitemap at once; unpublished, it is gone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { addSubscriber } from '../src/operations/subscribers.js';
import { transitionStory } from '../src/operations/transition-story.js';
import type { Ninjs } from '../src/syndication/ninjs.js';
import { publishThroughWorkflow } from './support/distribution-fixtures.js';
import { NOW, seedSyndication } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://lede.example';
const TITLE = 'Caspian ferry fleet doubles by spring';
const STORY_PATH = '/en/economy/caspian-ferry-fleet-doubles-by-spring';
let t: TestApp;
let key: string;

/** Where a new story of the Economy rubric tagged Shipping must appear. */
const PLACES = [
  '/en/',
  '/en/economy/',
  '/en/tags/shipping',
  '/en/rss.xml',
  '/en/atom.xml',
  '/en/feed.json',
  '/en/economy/rss.xml',
  '/en/economy/atom.xml',
  '/en/economy/feed.json',
  '/en/tags/shipping/rss.xml',
  '/en/tags/shipping/atom.xml',
  '/en/tags/shipping/feed.json',
  '/sitemaps/en-2025-12.xml',
  '/sitemaps/news-en.xml',
];

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers });

/** What a page says of the story: its headline, or its address in a sitemap. */
const shows = (body: string) => body.includes(TITLE) || body.includes(`${ORIGIN}${STORY_PATH}`);

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: ORIGIN } });
  await seedSyndication(t.lede.deps);
  key = (await addSubscriber(t.lede.deps, SYSTEM, { name: 'Wire partner' })).key;
  t.clock.advance(60_000);
});
after(async () => {
  await t.dispose();
});

test('published, the story is on every page, feed and sitemap on the next request; unpublished, it is gone', async () => {
  // Every place is cached (page cache, and a CDN holding its ETag) before the story exists.
  const etags = new Map<string, string>();
  for (const url of PLACES) {
    const first = await get(url);
    assert.equal(first.statusCode, 200, url);
    assert.equal(shows(first.body), false, url);
    // (The story sitemap is streamed from the store, so the page cache does not keep it.)
    if (!url.startsWith('/sitemaps/stories'))
      assert.equal((await get(url)).headers['x-cache'], 'HIT', `${url} is cached`);
    etags.set(url, String(first.headers.etag));
  }
  assert.equal((await get(STORY_PATH)).statusCode, 404);

  const id = await publishThroughWorkflow(t.lede.deps, {
    edition: 'en',
    type: 'news',
    title: TITLE,
    rubric: 'Economy',
    lead: 'The operator orders four more ferries.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Four more ferries.' }] }],
    tags: ['Shipping'],
  });
  t.clock.advance(1); // the reader's request comes after the publication, if only just

  for (const url of PLACES) {
    const res = await get(url, { 'if-none-match': etags.get(url)! });
    assert.equal(res.statusCode, 200, `${url}: the CDN's copy is stale`);
    assert.notEqual(res.headers['x-cache'], 'HIT', `${url}: purged from the page cache`);
    assert.ok(shows(res.body), `${url} shows the story`);
    etags.set(url, String(res.headers.etag));
  }
  const page = await get(STORY_PATH);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /"@type":"NewsArticle"/);
  const api = await get(`/api/ninjs/items/${id}`, { authorization: `Bearer ${key}` });
  const usable = JSON.parse(api.body) as Ninjs;
  assert.equal(usable.pubstatus, 'usable');

  t.clock.advance(60_000);
  await transitionStory(t.lede.deps, SYSTEM, id, {
    to: 'unpublished',
    reason: 'ferries not ordered',
  });

  for (const url of PLACES) {
    const res = await get(url, { 'if-none-match': etags.get(url)! });
    assert.equal(res.statusCode, 200, `${url}: changed again`);
    assert.equal(shows(res.body), false, `${url} no longer shows the story`);
  }
  assert.equal((await get(STORY_PATH)).statusCode, 404);
  const withdrawn = await get(`/api/ninjs/items/${id}`, { authorization: `Bearer ${key}` });
  const item = JSON.parse(withdrawn.body) as Ninjs;
  assert.equal(item.pubstatus, 'withheld');
  assert.match(item.ednote ?? '', /ferries not ordered/);
  // Same guid, a later version: receivers that drop repeats by guid and version take the kill.
  assert.equal(item.uri, usable.uri);
  assert.ok(Number(item.version) > Number(usable.version), `${item.version} > ${usable.version}`);
});
