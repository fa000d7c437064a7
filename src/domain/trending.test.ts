// Trending follows a scripted stream of views: a spike trends, a steady favourite does not.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trendHours, trending } from './trending.js';

const H = 500_000;

test('the hours read: two now, the same two on each of seven past days', () => {
  const { now, past } = trendHours(H);
  assert.deepEqual(now, [H, H - 1]);
  assert.equal(past.length, 14);
  assert.ok(past.includes(H - 24) && past.includes(H - 1 - 168));
});

test('a spike against its usual level trends; a steady favourite and a trickle do not', () => {
  const rows: { key: number; hour: number; views: number }[] = [];
  // Story 1: read 40 times an hour every day at this time, and now too: steady.
  // Story 2: usually 2 an hour, now 30: rising. Story 3: new, 3 views: too few.
  for (let d = 1; d <= 7; d++) {
    rows.push({ key: 1, hour: H - 24 * d, views: 40 }, { key: 1, hour: H - 1 - 24 * d, views: 40 });
    rows.push({ key: 2, hour: H - 24 * d, views: 1 }, { key: 2, hour: H - 1 - 24 * d, views: 1 });
  }
  rows.push({ key: 1, hour: H, views: 45 }, { key: 1, hour: H - 1, views: 40 });
  rows.push({ key: 2, hour: H, views: 20 }, { key: 2, hour: H - 1, views: 10 });
  rows.push({ key: 3, hour: H, views: 3 });
  // A view from outside the hours compared changes nothing.
  rows.push({ key: 1, hour: H - 5, views: 1000 });
  const trends = trending(rows, H);
  assert.deepEqual(
    trends.map((t) => t.key),
    [2],
  );
  assert.equal(trends[0]!.views, 30);
  assert.equal(trends[0]!.usual, 2);
  assert.equal(trends[0]!.score, 5);
});

test('new stories with many views trend; the highest score first', () => {
  const trends = trending(
    [
      { key: 7, hour: H, views: 20 },
      { key: 8, hour: H, views: 40 },
      { key: 9, hour: H - 24, views: 70 },
      { key: 9, hour: H, views: 100 },
    ],
    H,
  );
  assert.deepEqual(
    trends.map((t) => t.key),
    // 8: (40+5)/(0+5) = 9; 9: (100+5)/(10+5) = 7 though read most; 7: 25/5 = 5.
    [8, 9, 7],
  );
});
