// The page cache: hits, purges by key (stale, not dropped), the time limit and the size limit.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryPageCache } from './page-cache.js';

const page = (body: string) => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from(body),
});
const text = (found: { page: { body: Buffer } } | undefined) => found?.page.body.toString();

test('a purge marks the pages of its keys stale and leaves the others fresh', () => {
  const cache = memoryPageCache();
  cache.set('/ru/', page('home'), ['home-ru', 'edition-ru']);
  cache.set('/ru/politika/', page('rubric'), ['rubric-1', 'edition-ru']);
  cache.set('/en/', page('en'), ['home-en', 'edition-en']);
  assert.equal(text(cache.get('/ru/')), 'home');
  assert.equal(cache.purge(['rubric-1']), 1);
  assert.equal(cache.get('/ru/politika/')?.stale, true);
  assert.equal(text(cache.get('/ru/politika/')), 'rubric', 'kept to serve while it renders anew');
  assert.equal(cache.get('/ru/')?.stale, false);
  assert.equal(cache.purge(['edition-ru', 'home-ru']), 2);
  assert.equal(cache.get('/ru/')?.stale, true);
  assert.equal(cache.get('/en/')?.stale, false);
  cache.set('/ru/', page('home 2'), ['home-ru', 'edition-ru']);
  assert.deepEqual(cache.get('/ru/'), {
    page: { ...page('home 2'), encoded: new Map() },
    stale: false,
  });
  cache.drop('/ru/politika/');
  assert.equal(cache.get('/ru/politika/'), undefined);
});

test('entries go stale after the time limit and are forgotten after the stale limit', () => {
  let t = 0;
  const cache = memoryPageCache({ ttlMs: 1000, maxStaleMs: 500, now: () => t });
  cache.set('/a', page('a'), ['k']);
  t = 999;
  assert.equal(cache.get('/a')?.stale, false);
  t = 1000;
  assert.equal(cache.get('/a')?.stale, true);
  t = 1500;
  assert.equal(cache.get('/a'), undefined);
  assert.equal(cache.purge(['k']), 0);
});

test('the least recently used page goes first when full', () => {
  const cache = memoryPageCache({ maxEntries: 2 });
  cache.set('/a', page('a'), []);
  cache.set('/b', page('b'), []);
  cache.get('/a');
  cache.set('/c', page('c'), []);
  assert.ok(cache.get('/a'));
  assert.equal(cache.get('/b'), undefined);
  assert.equal(cache.size, 2);
});

test('a page whose keys were purged while it was rendered is kept stale; one rendered after the purge is fresh', () => {
  const cache = memoryPageCache();
  // A render begins; the story changes (its purge comes) before the render is kept.
  const began = cache.mark();
  cache.purge(['story-7']);
  cache.set('/ru/a', page('read before the change'), ['story-7', 'rubric-1'], began);
  assert.equal(cache.get('/ru/a')?.stale, true, 'the next reader has it rendered anew');
  // A purge of other keys meanwhile leaves a render fresh.
  const next = cache.mark();
  cache.purge(['story-8']);
  cache.set('/ru/a', page('read after the change'), ['story-7', 'rubric-1'], next);
  assert.deepEqual(cache.get('/ru/a'), {
    page: { ...page('read after the change'), encoded: new Map() },
    stale: false,
  });
});
