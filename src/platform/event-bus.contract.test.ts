// The event bus contract, in memory and over the real Redis on 127.0.0.1:6379.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { memoryEventBus, type EventBus, type LedeEvent } from './events.js';
import { silentLogger } from './logger.js';
import { redisEventBus } from './redis-event-bus.js';

const REDIS_URL = process.env.LEDE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const event = (storyId: number): LedeEvent => ({
  type: 'story.published',
  storyId,
  edition: 'ru',
  at: '2025-12-05T10:00:00.000Z',
  keys: [`story-${storyId}`],
});

async function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await sleep(10);
}

const makers: [string, () => Promise<EventBus>][] = [
  ['memory', async () => memoryEventBus(silentLogger)],
  ['redis', () => redisEventBus(REDIS_URL, silentLogger, { channel: `lede:test:${randomUUID()}` })],
];

for (const [name, make] of makers)
  describe(`event bus contract: ${name}`, () => {
    test('sync handlers run before publish returns, others after, each once', async () => {
      const bus = await make();
      const seen: string[] = [];
      bus.subscribe(() => void seen.push('sync'), { sync: true });
      bus.subscribe(() => void seen.push('later'));
      bus.publish(event(1));
      assert.deepEqual(seen, ['sync']);
      await waitFor(() => seen.length === 2);
      assert.deepEqual(seen, ['sync', 'later']);
      await bus.close();
    });

    test('a failing handler does not stop the others', async () => {
      const bus = await make();
      const seen: number[] = [];
      bus.subscribe(() => {
        throw new Error('receiver down');
      });
      bus.subscribe((e) => void seen.push(e.type === 'edition.changed' ? 0 : e.storyId));
      bus.publish(event(7));
      await waitFor(() => seen.length === 1);
      assert.deepEqual(seen, [7]);
      await bus.close();
    });

    test('a stopped subscription receives nothing', async () => {
      const bus = await make();
      let n = 0;
      const stop = bus.subscribe(() => void n++, { sync: true });
      stop();
      bus.publish(event(2));
      await sleep(20);
      assert.equal(n, 0);
      await bus.close();
    });
  });

describe('event bus across processes (Redis)', () => {
  test('an event reaches the every-process handlers of the other process, not its once-only ones', async () => {
    const channel = `lede:test:${randomUUID()}`;
    const a = await redisEventBus(REDIS_URL, silentLogger, { channel });
    const b = await redisEventBus(REDIS_URL, silentLogger, { channel });
    const purgedOnB: number[] = [];
    const webhooksOnB: number[] = [];
    const purgedOnA: number[] = [];
    b.subscribe((e) => void purgedOnB.push(e.type === 'edition.changed' ? 0 : e.storyId), {
      sync: true,
      everyProcess: true,
    });
    b.subscribe((e) => void webhooksOnB.push(e.type === 'edition.changed' ? 0 : e.storyId));
    a.subscribe((e) => void purgedOnA.push(e.type === 'edition.changed' ? 0 : e.storyId), {
      sync: true,
      everyProcess: true,
    });
    a.publish(event(42));
    await waitFor(() => purgedOnB.length === 1);
    await sleep(50);
    assert.deepEqual(purgedOnA, [42]);
    assert.deepEqual(purgedOnB, [42]);
    assert.deepEqual(webhooksOnB, []);
    await a.close();
    await b.close();
  });
});
