// The timer scheduler: runs at once, again when work is due (at most a second apart), never twice at a time.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManualClock, systemClock } from './clock.js';
import { silentLogger } from './logger.js';
import { timerScheduler } from './scheduler.js';

test('it wakes at the next due time, not later', async () => {
  const runs: number[] = [];
  const started = Date.now();
  const scheduler = timerScheduler({
    clock: systemClock,
    logger: silentLogger,
    tick: async () => {
      runs.push(Date.now() - started);
      return new Date(Date.now() + 150).toISOString();
    },
    maxSleepMs: 5_000,
  });
  scheduler.start();
  await sleep(400);
  await scheduler.stop();
  const count = runs.length;
  assert.ok(count >= 3 && count <= 4, `ran ${count} times in 400 ms: ${runs.join(', ')}`);
  await sleep(200);
  assert.equal(runs.length, count, 'nothing runs after stop');
});

test('with nothing due it still looks every maxSleepMs; a failing run does not stop it', async () => {
  let runs = 0;
  const scheduler = timerScheduler({
    clock: new ManualClock('2025-12-06T09:00:00Z'),
    logger: silentLogger,
    tick: async () => {
      runs += 1;
      if (runs === 1) throw new Error('database away');
      return null;
    },
    maxSleepMs: 50,
  });
  scheduler.start();
  await sleep(180);
  scheduler.wake();
  await scheduler.stop();
  assert.ok(runs >= 3, `ran ${runs} times`);
});

test('stop waits for a run in progress', async () => {
  let finished = false;
  const scheduler = timerScheduler({
    clock: systemClock,
    logger: silentLogger,
    tick: async () => {
      await sleep(100);
      finished = true;
      return null;
    },
  });
  scheduler.start();
  await scheduler.stop();
  assert.equal(finished, true);
});
