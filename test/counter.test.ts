// The read counter on a port of its own (`lede counter`, or LEDE_COUNTER_PORT under `lede serve`): it takes beacons as the site does, refuses everything else, and writes what it holds when it stops.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadConfig } from '../src/server/config.js';
import { startCounter, type RunningCounter } from '../src/server/counter.js';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { ledeCli } from './support/cli.js';
import { openTestDeps, type TestDeps } from './support/test-deps.js';

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

let d: TestDeps;
/** Published stories the beacons name (views of unknown stories are dropped). */
const story: number[] = [];
const { lede } = ledeCli(() => d.testStore.env);

before(async () => {
  d = await openTestDeps(new Date().toISOString());
  for (let i = 0; i < 6; i++)
    story.push(
      (
        await importStory(d, SYSTEM, {
          edition: 'en',
          type: 'news',
          title: `Counted story ${i + 1}`,
          rubric: 'World',
          lead: 'A lead.',
          tags: [],
          blocks: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
          publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
          sourceKey: `counter:${i}`,
        })
      ).story.id,
    );
});
after(async () => {
  await d?.testStore.dispose();
});

async function counterWith(trustProxy: 'on' | 'off'): Promise<RunningCounter> {
  const config = loadConfig({
    ...d.testStore.env,
    LEDE_LOG: 'off',
    LEDE_DEMO: 'off',
    HOST: '127.0.0.1',
    LEDE_TRUST_PROXY: trustProxy,
  });
  return startCounter(config, 0);
}

/** Readers of a story counted so far (each reader once a day). */
async function views(storyId: number): Promise<number> {
  const hours = await d.store.readCounts.storyHours(storyId, 0, 10_000_000);
  return hours.reduce((n, h) => n + h.views, 0);
}

test('beacons are answered as on the site and counted; bots and declining readers are not', async () => {
  const running = await counterWith('off');
  try {
    const post = await fetch(`${running.address}/beacon/${story[0]}`, {
      method: 'POST',
      headers: { 'user-agent': BROWSER },
    });
    assert.equal(post.status, 204);
    assert.equal(post.headers.get('cache-control'), 'no-store');
    assert.equal(post.headers.get('set-cookie'), null);

    const pixel = await fetch(`${running.address}/beacon/${story[1]}/pixel.gif`, {
      headers: { 'user-agent': BROWSER },
    });
    assert.equal(pixel.status, 200);
    assert.equal(pixel.headers.get('content-type'), 'image/gif');
    assert.equal((await pixel.arrayBuffer()).byteLength, 42);
    assert.equal(pixel.headers.get('set-cookie'), null);

    // A crawler and a reader who asks not to be tracked get the same answer, and are not counted.
    const bot = await fetch(`${running.address}/beacon/${story[2]}`, {
      method: 'POST',
      headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
    });
    assert.equal(bot.status, 204);
    const dnt = await fetch(`${running.address}/beacon/${story[2]}`, {
      method: 'POST',
      headers: { 'user-agent': BROWSER, dnt: '1' },
    });
    assert.equal(dnt.status, 204);
  } finally {
    await running.close();
  }
  // Stopped: what it held is written.
  assert.equal(await views(story[0]!), 1);
  assert.equal(await views(story[1]!), 1);
  assert.equal(await views(story[2]!), 0);
});

test('pages, bad ids and bodies are refused with a message, never counted', async () => {
  const running = await counterWith('off');
  try {
    const page = await fetch(`${running.address}/ru/`);
    assert.equal(page.status, 404);
    assert.match(await page.text(), /counts story views only/);
    const badId = await fetch(`${running.address}/beacon/0`, { method: 'POST' });
    assert.equal(badId.status, 404);
    await badId.arrayBuffer();
    const wrongMethod = await fetch(`${running.address}/beacon/${story[3]}`);
    assert.equal(wrongMethod.status, 404);
    await wrongMethod.arrayBuffer();
    const big = await fetch(`${running.address}/beacon/${story[3]}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(5000),
    });
    assert.equal(big.status, 413);
    assert.match(await big.text(), /no body/);
  } finally {
    await running.close();
  }
  assert.equal(await views(story[3]!), 0);
});

test('behind the front server, readers are told apart by their forwarded address', async () => {
  const send = (address: string, id: number) =>
    fetch(`${running.address}/beacon/${id}`, {
      method: 'POST',
      headers: { 'user-agent': BROWSER, 'x-forwarded-for': address },
    }).then((r) => r.status);
  let running = await counterWith('on');
  try {
    for (const address of ['198.51.100.7', '203.0.113.9', '198.51.100.7'])
      assert.equal(await send(address, story[4]!), 204);
  } finally {
    await running.close();
  }
  // Without trust in the proxy, every beacon comes from the proxy: one reader.
  running = await counterWith('off');
  try {
    for (const address of ['198.51.100.7', '203.0.113.9'])
      assert.equal(await send(address, story[5]!), 204);
  } finally {
    await running.close();
  }
  assert.equal(await views(story[4]!), 2);
  assert.equal(await views(story[5]!), 1);
});

test('lede counter without LEDE_COUNTER_PORT says what it needs', async () => {
  const run = await lede(['counter']);
  assert.equal(run.code, 2);
  assert.match(run.err, /LEDE_COUNTER_PORT/);
});
