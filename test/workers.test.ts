// `lede serve` with two worker processes on one database: both answer readers, a story change
// purges both workers' page caches, and a scheduled story is published once and its webhook
// delivered once, whichever worker the newsroom's requests reach.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ledeCli } from './support/cli.js';
import { storyJson } from './support/newsroom-fixtures.js';
import { openTestStore, type TestStore } from './support/test-store.js';
import { startReceiver, type Receiver } from './support/webhook-receiver.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let db: TestStore;
let receiver: Receiver;
let server: ChildProcess;
let origin = '';
/** The read counter's own port (LEDE_COUNTER_PORT): a third process beside the two workers. */
let counterOrigin = '';
let token = '';
let secondToken = '';
const log: string[] = [];
const { lede } = ledeCli(() => db.env);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function api(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${origin}${url}`, {
    method,
    headers: {
      ...headers,
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A GET on a new connection each time, so the workers' round robin sees every read. */
function read(pathname: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${pathname}`, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The access log's lines of requests so far. */
const requests = () =>
  log
    .filter((l) => l.includes('"msg":"request"'))
    .map((l) => JSON.parse(l) as { path: string; worker: number; cache: string });

before(async () => {
  db = await openTestStore();
  const added = await lede(
    [
      'user',
      'add',
      '--email',
      'chief@lede.test',
      '--name',
      'Главред',
      '--role',
      'admin',
      '--password-stdin',
    ],
    'a long password for tests',
  );
  assert.equal(added.code, 0, added.err);
  const issued = await lede(['token', 'create', '--email', 'chief@lede.test']);
  assert.equal(issued.code, 0, issued.err);
  token = issued.out.trim();
  const second = await lede(
    [
      'user',
      'add',
      '--email',
      'desk@lede.test',
      '--name',
      'Дежурный',
      '--role',
      'editor',
      '--editions',
      'ru',
      '--password-stdin',
    ],
    'another long password for tests',
  );
  assert.equal(second.code, 0, second.err);
  secondToken = (await lede(['token', 'create', '--email', 'desk@lede.test'])).out.trim();

  receiver = await startReceiver();
  assert.equal((await lede(['subscriber', 'add', '--name', 'Wire Partner'])).code, 0);
  const hook = await lede([
    'webhook',
    'add',
    '--subscriber',
    'Wire Partner',
    '--url',
    receiver.url,
    '--events',
    'story.published',
  ]);
  assert.equal(hook.code, 0, hook.err);

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const counterPort = await freePort();
  counterOrigin = `http://127.0.0.1:${counterPort}`;
  server = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/run.ts'), 'serve'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...db.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LEDE_WORKERS: '2',
        LEDE_COUNTER_PORT: String(counterPort),
        LEDE_DEMO: 'off',
        LEDE_LOG: 'on',
        LEDE_ACCESS_LOG: 'on',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let pending = '';
  const collect = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    log.push(...lines);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  // Both workers listen before the test goes on: the round robin then reaches each in turn.
  for (let waited = 0; ; waited += 250) {
    const ready = await read('/health').then(
      (r) => r.status === 200,
      () => false,
    );
    const workers = new Set<number>();
    if (ready) {
      for (let i = 0; i < 4; i++) await read('/health');
      for (const r of requests()) workers.add(r.worker);
    }
    if (workers.size >= 2) break;
    assert.ok(waited < 100_000, `two workers did not answer:\n${log.join('\n')}`);
    await sleep(250);
  }
});

after(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await receiver?.close();
  await db?.dispose();
});

test('both workers answer readers, and a change purges the page in both', async () => {
  const created = await api(
    'POST',
    '/api/stories',
    storyJson({ title: 'Первая версия заголовка' }),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id as number;
  for (const to of ['review', 'approved', 'published']) {
    const moved = await api('POST', `/api/stories/${id}/transitions`, { to });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
  }
  const url = (await api('GET', `/api/stories/${id}`)).body.url as string;
  const pagePath = new URL(url, origin).pathname;

  // Four reads: each worker renders the page once and then serves it from its cache.
  for (let i = 0; i < 4; i++) {
    const page = await read(pagePath);
    assert.equal(page.status, 200);
    assert.match(page.text, /Первая версия заголовка/);
  }
  // The workers' log lines reach this process a little after their answers.
  const reads = () => requests().filter((r) => r.path === pagePath);
  for (let waited = 0; reads().length < 4 && waited < 5000; waited += 50) await sleep(50);
  assert.deepEqual(new Set(reads().map((r) => r.worker)).size, 2, 'both workers served the page');
  assert.ok(
    reads().filter((r) => r.cache === 'hit').length >= 2,
    `cached in each worker: ${JSON.stringify(reads().map((r) => [r.worker, r.cache]))}`,
  );

  const story = (await api('GET', `/api/stories/${id}`)).body;
  const saved = await api(
    'PATCH',
    `/api/stories/${id}`,
    { title: 'Вторая версия заголовка' },
    { 'if-match': `"${String(story.version)}"` },
  );
  assert.equal(
    saved.status,
    200,
    JSON.stringify(saved.body) + log.filter((l) => l.includes('error')).join('\n'),
  );
  // The save reached one worker; the other learns of it through the primary (no Redis here).
  for (let i = 0; i < 4; i++) {
    let text = '';
    for (let tries = 0; tries < 20; tries++) {
      text = (await read(pagePath)).text;
      if (text.includes('Вторая версия заголовка')) break;
      await sleep(100);
    }
    assert.match(text, /Вторая версия заголовка/, `read ${i} still shows the old page`);
  }
});

test('a scheduled story is published once and its webhook delivered once', async () => {
  const created = await api('POST', '/api/stories', storyJson({ title: 'По расписанию' }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id as number;
  for (const to of ['review', 'approved']) {
    assert.equal((await api('POST', `/api/stories/${id}/transitions`, { to })).status, 200);
  }
  const at = new Date(Date.now() + 2000).toISOString();
  const scheduled = await api('POST', `/api/stories/${id}/transitions`, { to: 'scheduled', at });
  assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));

  const deliveries = () =>
    receiver.requests.filter((r) =>
      (JSON.parse(r.body) as { item?: { uri?: string } }).item?.uri?.endsWith(`:story:${id}`),
    );
  for (let waited = 0; deliveries().length === 0; waited += 200) {
    assert.ok(waited < 30_000, 'the publication was not delivered');
    await sleep(200);
  }
  // Time for a second worker's scheduler or delivery loop to do it again, if one were running.
  await sleep(4000);
  assert.equal(deliveries().length, 1, 'one delivery of the publication');
  const story = (await api('GET', `/api/stories/${id}`)).body;
  assert.equal(story.status, 'published');
  const audit = await api('GET', `/api/audit?storyId=${id}`);
  assert.equal(audit.status, 200, JSON.stringify(audit.body));
  const actions = ((audit.body.items ?? []) as { action: string }[]).map((e) => e.action);
  assert.equal(actions.filter((a) => a === 'story.publish').length, 1, actions.join(', '));
});

test('two editors whose heartbeats reach different workers see each other on a story', async () => {
  const created = await api('POST', '/api/stories', storyJson({ title: 'Вдвоём над текстом' }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id as number;
  /** A heartbeat on a new connection: the round robin sends consecutive ones to different workers. */
  const beat = async (as: string) => {
    const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${origin}/api/stories/${id}/presence`,
        {
          method: 'POST',
          agent: false,
          headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
        },
        (r) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString('utf8')));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    assert.equal(res.status, 200, res.text);
    return (JSON.parse(res.text) as { others: { name: string }[] }).others.map((o) => o.name);
  };
  const seen = { chief: new Set<string>(), desk: new Set<string>() };
  // Eight heartbeats each, alternating: every one of them lands on one worker or the other.
  for (let i = 0; i < 8; i++) {
    for (const name of await beat(token)) seen.chief.add(name);
    for (const name of await beat(secondToken)) seen.desk.add(name);
  }
  const workers = new Set(
    requests()
      .filter((r) => r.path === `/api/stories/${id}/presence`)
      .map((r) => r.worker),
  );
  assert.equal(workers.size, 2, 'the heartbeats reached both workers');
  assert.deepEqual([...seen.chief], ['Дежурный']);
  assert.deepEqual([...seen.desk], ['Главред']);
});

/** A reader's beacon on a new connection, so that the round robin spreads them over the workers. */
function beacon(storyId: number, reader: number, to = origin): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${to}/beacon/${storyId}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 reader ${reader}`,
          'content-type': 'text/plain;charset=UTF-8',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A story made and published through the API; answers its id. */
async function published(title: string): Promise<number> {
  const created = await api('POST', '/api/stories', storyJson({ title }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id as number;
  for (const to of ['review', 'approved', 'published'])
    assert.equal((await api('POST', `/api/stories/${id}/transitions`, { to })).status, 200);
  return id;
}

/** The story's readers counted so far, as the newsroom's numbers show them (waits up to 10 s for `want`). */
async function totalViews(id: number, want: number): Promise<number> {
  let total = 0;
  for (let waited = 0; total < want && waited < 10_000; waited += 250) {
    total = (await api('GET', `/api/stories/${id}/views`)).body.total as number;
    if (total < want) await sleep(250);
  }
  return total;
}

test('with LEDE_COUNTER_PORT the beacons sent there are counted by a process that serves no page', async () => {
  const id = await published('Читают через отдельный счётчик');
  for (let i = 0; i < 12; i++) assert.equal(await beacon(id, i, counterOrigin), 204);
  assert.equal(await totalViews(id, 12), 12);
  const page = await fetch(`${counterOrigin}/ru/`);
  assert.equal(page.status, 404);
  await page.arrayBuffer();
  // The counter logs its requests as a worker of its own, apart from the two that serve pages.
  const counted = requests().filter((r) => r.path === `/beacon/${id}`);
  assert.equal(counted.length, 12);
  const counterWorker = counted[0]!.worker;
  assert.ok(counted.every((r) => r.worker === counterWorker));
  assert.ok(!requests().some((r) => r.path === '/health' && r.worker === counterWorker));
});

// Last in the file: it stops the server.
test("every worker's buffered views are written: within a second while serving, and on stop", async () => {
  const id = await published('Читают в двух процессах');

  for (let i = 0; i < 20; i++) assert.equal(await beacon(id, i), 204);
  const beacons = () => requests().filter((r) => r.path === `/beacon/${id}`);
  for (let waited = 0; beacons().length < 20 && waited < 5000; waited += 50) await sleep(50);
  assert.equal(new Set(beacons().map((r) => r.worker)).size, 2, 'both workers took beacons');
  // Each worker writes its buffer every second.
  assert.equal(await totalViews(id, 20), 20);

  // Ten more, five to the counter's port, and the server is stopped at once: each worker and the
  // counter write what they hold before they exit.
  for (let i = 20; i < 30; i++) assert.equal(await beacon(id, i), 204);
  for (let i = 30; i < 35; i++) assert.equal(await beacon(id, i, counterOrigin), 204);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  const hours = await db.store.readCounts.storyHours(id, 0, 10_000_000);
  assert.equal(
    hours.reduce((n, h) => n + h.views, 0),
    35,
  );
});
