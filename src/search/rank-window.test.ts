// Relevance ranks the newest RANK_WINDOW matches; matches past the window follow, newest first.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hourlyStories } from '../../test/support/story-write.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import { RANK_WINDOW, relevancePage } from './port.js';
import { analyzeQuery, parseQuery } from './query/index.js';

let t: TestStore;
const NOW = Date.parse('2026-01-01T00:00:00Z');
let ids: number[] = [];

before(async () => {
  t = await openTestStore();
  // RANK_WINDOW + 5 stories an hour apart, the oldest first; every one mentions the caravan in
  // its body, the oldest and the tenth newest also in the headline.
  const count = RANK_WINDOW + 5;
  ids = await hourlyStories(t.store, count, NOW, (i) => ({
    title: i === 0 || i === count - 10 ? `Caravan route ${i} reopens` : `Market report ${i}`,
    slug: `story-${i}`,
    lead: 'Traders met at the port.',
    blocks: [{ type: 'paragraph', content: [{ text: 'A caravan arrived with silk.' }] }],
  }));
});
after(async () => {
  await t.dispose();
});

async function page(offset: number, limit: number) {
  return t.store.search.query({
    query: analyzeQuery(parseQuery('caravans'), 'en'),
    scope: { editions: ['en'], unpublishedEditions: [], nowSec: NOW / 1000 },
    filters: {},
    sort: 'relevance',
    limit,
    offset,
  });
}

test('the window is ranked; the oldest headline match, past it, comes after it', async () => {
  const first = await page(0, 20);
  assert.equal(first.total, RANK_WINDOW + 5);
  assert.equal(first.capped, false);
  // The headline match inside the window leads; the oldest one, outside it, is not on page one.
  assert.equal(first.hits[0]!.id, ids[ids.length - 10]);
  assert.ok(!first.hits.some((h) => h.id === ids[0]));
  // Past the window: the five oldest stories, newest first, the oldest headline match last.
  const last = await page(RANK_WINDOW - 5, 20);
  assert.equal(last.hits.length, 10);
  assert.deepEqual(
    last.hits.slice(5).map((h) => h.id),
    ids.slice(0, 5).reverse(),
  );
  // Pages meet without a gap or a repeat.
  const all = new Set<number>();
  for (let offset = 0; offset < RANK_WINDOW + 5; offset += 500)
    for (const h of (await page(offset, 500)).hits) all.add(h.id);
  assert.equal(all.size, RANK_WINDOW + 5);
});

test('a page is split at the window edge', () => {
  assert.deepEqual(relevancePage(0, 20), { ranked: { offset: 0, limit: 20 }, newest: null });
  assert.deepEqual(relevancePage(RANK_WINDOW - 5, 20), {
    ranked: { offset: RANK_WINDOW - 5, limit: 5 },
    newest: { offset: RANK_WINDOW, limit: 15 },
  });
  assert.deepEqual(relevancePage(RANK_WINDOW + 20, 20), {
    ranked: null,
    newest: { offset: RANK_WINDOW + 20, limit: 20 },
  });
});
