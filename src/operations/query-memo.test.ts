// The memo of a server's reads: an answer kept for its time, and past it answered once more while one new call makes the next.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QueryMemo } from './query-memo.js';

test('past its time a kept answer is still given while one call makes the new one; too old, the call is waited for', async () => {
  let now = 0;
  const memo = new QueryMemo(1000, () => now);
  let calls = 0;
  let release!: () => void;
  const slow = () =>
    new Promise<string>((resolve) => {
      calls += 1;
      const n = calls;
      release = () => resolve(`answer ${n}`);
    });
  const first = memo.getRefreshing('k', slow, 5000);
  release();
  assert.equal(await first, 'answer 1');
  assert.equal(await memo.getRefreshing('k', slow, 5000), 'answer 1');
  assert.equal(calls, 1);

  // Past its time: three readers get the kept answer at once, and one call runs for them all.
  now = 1500;
  const during = await Promise.all([1, 2, 3].map(() => memo.getRefreshing('k', slow, 5000)));
  assert.deepEqual(during, ['answer 1', 'answer 1', 'answer 1']);
  assert.equal(calls, 2);
  release();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(await memo.getRefreshing('k', slow, 5000), 'answer 2');
  assert.equal(calls, 2);

  // Past its time and the stale time: the next reader waits for the new answer.
  now = 1500 + 1000 + 5000;
  const late = memo.getRefreshing('k', slow, 5000);
  release();
  assert.equal(await late, 'answer 3');
  assert.equal(calls, 3);
});
