// A query of COUNT_LIMIT matches or more: counted as "10,000+" and listed newest first; narrower queries of the same archive are counted exactly.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hourlyStories } from '../../test/support/story-write.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import { COUNT_LIMIT, type SearchFilters } from './port.js';
import { analyzeQuery, parseQuery } from './query/index.js';

let t: TestStore;
const NOW = Date.parse('2026-01-01T00:00:00Z');
const COUNT = COUNT_LIMIT + 5;
/** The newest stories but the saffron ones hold the words of "old harbour gate", apart. */
const decoy = (i: number) => i >= COUNT - 4 && i % 7 !== 0;
/** Story ids, the oldest first. */
let ids: number[] = [];

before(async () => {
  t = await openTestStore();
  // COUNT stories an hour apart, the oldest first: every one about the old harbour gate, every
  // seventh also about saffron; decoys hold the words of "old harbour gate" and both its pairs,
  // but apart.
  ids = await hourlyStories(t.store, COUNT, NOW, (i) => ({
    title: `Harbour report ${i}`,
    slug: `harbour-${i}`,
    lead:
      (i % 7 === 0 ? 'Saffron prices rose' : 'Ships waited') +
      (decoy(i)
        ? '; the old harbour was shut, and ships queued at the harbour gate.'
        : ' at the old harbour gate.'),
  }));
});
after(async () => {
  await t.dispose();
});

function search(
  q: string,
  offset: number,
  filters: SearchFilters = {},
  sort: 'relevance' | 'date' = 'relevance',
) {
  return t.store.search.query({
    query: analyzeQuery(parseQuery(q), 'en'),
    scope: { editions: ['en'], unpublishedEditions: [], nowSec: NOW / 1000 },
    filters,
    sort,
    limit: 20,
    offset,
  });
}

/** The ids from the n-th newest story on, newest first. */
function newestFrom(n: number, count: number, of: number[] = ids): number[] {
  return [...of].reverse().slice(n, n + count);
}

test('a word in every story is counted up to the limit and listed newest first', async () => {
  const first = await search('harbours', 0);
  assert.equal(first.total, COUNT_LIMIT);
  assert.equal(first.capped, true);
  assert.deepEqual(
    first.hits.map((h) => h.id),
    newestFrom(0, 20),
  );
  const deep = await search('harbours', 5000);
  assert.deepEqual(
    deep.hits.map((h) => h.id),
    newestFrom(5000, 20),
  );
});

test('the same word with a rarer one, or within dates, is counted exactly', async () => {
  const saffron = ids.filter((_, i) => i % 7 === 0);
  const both = await search('harbour saffron', 0);
  assert.equal(both.total, saffron.length);
  assert.equal(both.capped, false);
  assert.ok(both.hits.every((h) => saffron.includes(h.id)));
  // The last page of the pair: the oldest saffron stories, nothing else.
  const last = await search('harbour saffron', saffron.length - 3);
  assert.equal(last.hits.length, 3);
  assert.ok(last.hits.every((h) => saffron.slice(0, 30).includes(h.id)));

  // The newest 50 stories by their dates: exact, still the broad word alone.
  const lastDays = await search('harbour', 20, { fromSec: NOW / 1000 - 50 * 3600 }, 'date');
  assert.equal(lastDays.total, 50);
  assert.equal(lastDays.capped, false);
  assert.deepEqual(
    lastDays.hits.map((h) => h.id),
    newestFrom(20, 20),
  );
});

test('a phrase of three words in most stories is listed newest first, without its words apart', async () => {
  const matching = ids.filter((_, i) => !decoy(i));
  assert.equal(matching.length, COUNT - 3);
  const first = await search('"old harbour gate"', 0);
  assert.equal(first.total, COUNT_LIMIT);
  assert.equal(first.capped, true);
  assert.deepEqual(
    first.hits.map((h) => h.id),
    newestFrom(0, 20, matching),
  );
  const next = await search('"old harbour gate"', 20);
  assert.deepEqual(
    next.hits.map((h) => h.id),
    newestFrom(20, 20, matching),
  );
  // Without the decoys' phrase: the same stories.
  const without = await search('harbours -"ships queued at the harbour"', 0);
  assert.equal(without.capped, true);
  assert.deepEqual(
    without.hits.map((h) => h.id),
    newestFrom(0, 20, matching),
  );
  // The words alone find the newest stories, the decoys among them.
  const words = await search('old harbour gate', 0);
  assert.deepEqual(
    words.hits.map((h) => h.id),
    newestFrom(0, 20),
  );
});
