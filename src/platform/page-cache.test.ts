// The page cache: hits, purges by key, the time limit and the size limit.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryPageCache } from './page-cache.js';

const page = (body: string) => ({ status: 200, headers: { 'content-type': 'text/html' }, body });

test('pages are found by URL and purged by any of their keys', () => {
  const cache = memoryPageCache();
  cache.set('/ru/', page('home'), ['home-ru', 'edition-ru']);
  cache.set('/ru/politika/', page('rubric'), ['rubric-1', 'edition-ru']);
  cache.set('/en/', page('en'), ['home-en', 'edition-en']);
  assert.equal(cache.get('/ru/')?.body, 'home');
  assert.equal(cache.purge(['rubric-1']), 1);
  assert.equal(cache.get('/ru/politika/'), undefined);
  assert.equal(cache.get('/ru/')?.body, 'home');
  assert.equal(cache.purge(['edition-ru', 'home-ru']), 1);
  assert.equal(cache.get('/ru/'), undefined);
  assert.equal(cache.get('/en/')?.body, 'en');
});

test('entries expire after the time limit', () => {
  let t = 0;
  const cache = memoryPageCache({ ttlMs: 1000, now: () => t });
  cache.set('/a', page('a'), ['k']);
  t = 999;
  assert.ok(cache.get('/a'));
  t = 1000;
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
