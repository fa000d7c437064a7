// The synthetic archive grows as a real one does: over ten years, oldest story first.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openTestDeps, type TestDeps } from '../../../test/support/test-deps.js';
import { generateArchive } from './generate-archive.js';

let t: TestDeps;
before(async () => {
  t = await openTestDeps();
});
after(async () => {
  await t.testStore.dispose();
});

test('stories span ten years, written oldest first, in the three editions', async () => {
  const now = new Date('2026-01-01T00:00:00Z');
  assert.equal(await generateArchive(t, { stories: 90, now, seed: 5, batch: 40 }), 90);
  const { items } = await t.store.stories.list({ statuses: ['published'], limit: 200 });
  assert.ok(items.length >= 80, `${items.length} published of 90`);
  // Newest published first: the ids fall with the dates.
  const ids = items.map((s) => s.id);
  assert.deepEqual(
    ids,
    [...ids].sort((a, b) => b - a),
  );
  const years = (iso: string) => (now.getTime() - Date.parse(iso)) / (365.25 * 86400 * 1000);
  assert.ok(years(items[0]!.publishedAt!) < 0.5, 'the newest story is from the last months');
  assert.ok(years(items[items.length - 1]!.publishedAt!) > 9.5, 'the oldest is ten years old');
  assert.deepEqual(new Set(items.map((s) => s.edition)), new Set(['az', 'ru', 'en']));
});
