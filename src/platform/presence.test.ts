// Presence: others who have a story open, until they leave or their heartbeat lapses.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock } from './clock.js';
import { memoryPresence } from './presence.js';

test('each sees the others; a lapsed heartbeat or leaving removes them', async () => {
  const clock = new ManualClock('2025-12-06T09:00:00Z');
  const presence = memoryPresence(clock, 30_000);
  assert.deepEqual(await presence.heartbeat(1, { id: 10, name: 'Anna' }), []);
  clock.advance(5_000);
  const others = await presence.heartbeat(1, { id: 11, name: 'Boris' });
  assert.deepEqual(others, [
    {
      userId: 10,
      name: 'Anna',
      since: '2025-12-06T09:00:00.000Z',
      seenAt: '2025-12-06T09:00:00.000Z',
    },
  ]);
  assert.deepEqual(await presence.heartbeat(2, { id: 10, name: 'Anna' }), [], 'stories are apart');
  clock.advance(26_000);
  assert.deepEqual(
    (await presence.heartbeat(1, { id: 11, name: 'Boris' })).map((e) => e.userId),
    [],
    'Anna’s heartbeat lapsed',
  );
  await presence.heartbeat(1, { id: 10, name: 'Anna' });
  await presence.leave(1, 10);
  assert.deepEqual(
    (await presence.list(1)).map((e) => e.userId),
    [11],
  );
});
