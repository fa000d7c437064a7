// The access log: one JSON line per request with method, path, status, bytes, ms, page cache and worker; LEDE_ACCESS_LOG=off silences it.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { ManualClock } from '../src/platform/clock.js';
import { consoleLogger } from '../src/platform/logger.js';
import { boot, type Lede } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { Writable } from 'node:stream';
import { openTestStore, type TestStore } from './support/test-store.js';

const opened: { lede: Lede; db: TestStore }[] = [];
after(async () => {
  for (const { lede, db } of opened) {
    await lede.close();
    await db.dispose();
  }
});

/** Boots with a logger that writes JSON lines into an array. */
async function bootLogged(env: Record<string, string>) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const db = await openTestStore();
  const lede = await boot(loadConfig({ LEDE_DEMO: 'on', ...env }), {
    store: db.store,
    clock: new ManualClock('2025-12-06T09:00:00Z'),
    logger: consoleLogger(stream),
  });
  opened.push({ lede, db });
  const requests = () => lines.filter((l) => l.msg === 'request');
  return { lede, requests };
}

test('every request writes one line saying what was asked and what was answered', async () => {
  const { lede, requests } = await bootLogged({});
  const inject = (url: string, headers: Record<string, string> = {}) =>
    lede.app.inject({ method: 'GET', url, headers });
  const miss = await inject('/en/?utm_source=x', { 'accept-encoding': 'br' });
  const hit = await inject('/en/', { 'accept-encoding': 'br' });
  // A later hit is answered ahead of the hooks, on the raw response: it is logged the same.
  const rawHit = await inject('/en/', { 'accept-encoding': 'br' });
  await inject('/en/no-such/page-here');
  await inject('/health');
  await new Promise((r) => setImmediate(r));
  const lines = requests();
  assert.equal(lines.length, 5);
  const [first, second, third, missing, health] = lines;
  assert.deepEqual(
    { ...first, time: undefined, ms: undefined },
    {
      time: undefined,
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/en/',
      status: 200,
      bytes: miss.rawPayload.length,
      ms: undefined,
      cache: 'miss',
      worker: 0,
    },
  );
  assert.equal(typeof first!.ms, 'number');
  assert.equal(second!.cache, 'hit');
  assert.equal(second!.bytes, hit.rawPayload.length);
  assert.deepEqual(
    [third!.cache, third!.status, third!.bytes, third!.path],
    ['hit', 200, rawHit.rawPayload.length, '/en/'],
  );
  assert.equal(missing!.status, 404);
  assert.equal(health!.cache, 'none');
});

test('LEDE_ACCESS_LOG=off writes no request lines', async () => {
  const { lede, requests } = await bootLogged({ LEDE_ACCESS_LOG: 'off' });
  await lede.app.inject('/en/');
  await lede.app.inject('/health');
  assert.equal(requests().length, 0);
});

test('the setting refuses other values', () => {
  assert.throws(() => loadConfig({ LEDE_ACCESS_LOG: 'yes' }), /LEDE_ACCESS_LOG/);
});
