// The access log: one JSON line per request with method, path, status, bytes, ms, page cache and worker; LEDE_ACCESS_LOG=off silences it.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { ManualClock } from '../src/platform/clock.js';
import { consoleLogger } from '../src/platform/logger.js';
import { boot, type Lede } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { connect } from 'node:net';
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

test("a page-cache hit over the network carries the render's headers and is logged", async () => {
  // On a real socket a hit is written before Fastify sees the request (cacheHitsFirst): the
  // reader gets what a render sent, and the log hears of it all the same.
  const { lede, requests } = await bootLogged({});
  const origin = await lede.app.listen({ port: 0, host: '127.0.0.1' });
  const br = { 'accept-encoding': 'br' };
  const first = await fetch(`${origin}/en/?utm_source=x`, { headers: br });
  const firstBody = await first.arrayBuffer();
  assert.equal(first.headers.get('x-cache'), 'MISS');
  // The first hit in Brotli goes through the hooks (they make its wire form), the next is raw.
  await (await fetch(`${origin}/en/`, { headers: br })).arrayBuffer();
  const hit = await fetch(`${origin}/en/?fbclid=1`, { headers: br });
  const hitBody = await hit.arrayBuffer();
  assert.equal(hit.headers.get('x-cache'), 'HIT');
  assert.deepEqual(Buffer.from(hitBody), Buffer.from(firstBody));
  for (const name of ['content-security-policy', 'x-frame-options', 'surrogate-key', 'etag'])
    assert.equal(hit.headers.get(name), first.headers.get(name), name);
  assert.equal(hit.headers.get('content-encoding'), 'br');
  assert.match(hit.headers.get('vary') ?? '', /Accept-Encoding/);
  // A conditional request still gets its 304, and a newsroom session is never given the cache.
  const again = await fetch(`${origin}/en/`, {
    headers: { ...br, 'if-none-match': hit.headers.get('etag')! },
  });
  assert.equal(again.status, 304);
  const signedIn = await fetch(`${origin}/en/`, { headers: { ...br, cookie: 'lede_session=x' } });
  await signedIn.arrayBuffer();
  assert.equal(signedIn.headers.get('x-cache'), null);
  await new Promise((r) => setImmediate(r));
  const lines = requests();
  assert.deepEqual(
    lines.map((l) => [l.cache, l.status]),
    [
      ['miss', 200],
      ['hit', 200],
      ['hit', 200],
      ['hit', 304],
      ['none', 200],
    ],
  );
  assert.equal(lines[2]!.bytes, Number(hit.headers.get('content-length')));
  assert.equal(lines[2]!.path, '/en/');
  assert.equal(typeof lines[2]!.ms, 'number');
});

test('odd request lines on a socket get an answer and leave the server up', async () => {
  const { lede } = await bootLogged({ LEDE_ACCESS_LOG: 'off' });
  const origin = await lede.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = new URL(origin);
  await (await fetch(`${origin}/en/`)).arrayBuffer(); // the page cached
  // The request is written and the socket left open, as clients do (a client that half-closes
  // its side at once may lose the answer of a page that takes a moment, as on PostgreSQL).
  const raw = (line: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
      socket.on('end', () => resolve(text.split('\r\n')[0]!));
      socket.on('error', reject);
    });
  for (const line of [
    'GET http://127.0.0.1/en/ HTTP/1.1',
    'GET /en/?%zz=%&q=%E0%A4%A HTTP/1.1',
    'GET /%E0%A4%A HTTP/1.1',
    'GET * HTTP/1.1',
  ])
    assert.match(await raw(line), /^HTTP\/1\.1 [2-4]\d\d /, line);
  assert.equal((await fetch(`${origin}/en/`)).status, 200);
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
