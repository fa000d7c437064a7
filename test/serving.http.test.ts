// The page cache under load: one key per page whatever the query, purges that spare other pages, one render per page after a purge, story size limits.

import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { transitionStory } from '../src/operations/transition-story.js';
import { updateStory } from '../src/operations/update-story.js';
import { storyJson } from './support/newsroom-fixtures.js';
import { storyApi, type Caller } from './support/story-api-client.js';
import { NOW, seedSyndication } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let editor: Caller;

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers });

const STORY = '/en/transport/ferry-line-to-turkmenbashi-adds-a-night-crossing';

before(async () => {
  t = await bootTestApp({ now: NOW });
  await seedSyndication(t.lede.deps);
  await ensureRubric(t.lede.deps.store, 'ru', 'Экономика');
  editor = await storyApi(t).caller('editor', ['ru']);
  t.clock.advance(3600_000);
});
after(async () => {
  await t.dispose();
});

const enStory = (title: string) => ({
  edition: 'en' as const,
  type: 'news' as const,
  title,
  rubric: 'Economy',
  lead: 'A lead.',
  blocks: [],
  publishedAt: '2025-12-05T12:00:00+04:00',
});

describe('the page cache', () => {
  test('query parameters a page does not read reach the same cached page', async () => {
    t.lede.pages.clear();
    assert.equal((await get(`${STORY}?x=1`)).headers['x-cache'], 'MISS');
    for (const q of ['?x=2', '?utm_source=news&utm_medium=rss', '', '?fbclid=abc'])
      assert.equal((await get(`${STORY}${q}`)).headers['x-cache'], 'HIT', q);
    assert.equal(t.lede.pages.size, 1);
    // Parameters a page does read are pages of their own.
    assert.equal((await get('/en/search?q=ferry&x=1')).headers['x-cache'], 'MISS');
    assert.equal((await get('/en/search?x=3&q=ferry')).headers['x-cache'], 'HIT');
    assert.equal((await get('/en/search?q=port')).headers['x-cache'], 'MISS');
  });

  test('a change to one story leaves the pages it does not touch cached', async () => {
    const untouched = ['/ru/', STORY];
    for (const url of [...untouched, '/en/', '/en/economy/']) await get(url);
    for (const url of untouched) assert.equal((await get(url)).headers['x-cache'], 'HIT', url);
    await importStory(t.lede.deps, SYSTEM, enStory('Caspian grain terminal opens'));
    for (const url of ['/en/', '/en/economy/']) {
      const res = await get(url);
      assert.equal(res.headers['x-cache'], 'MISS', url);
      assert.match(res.body, /Caspian grain terminal opens/, url);
    }
    for (const url of untouched) assert.equal((await get(url)).headers['x-cache'], 'HIT', url);
  });

  test('after a purge, concurrent readers cause one render and get the stale page meanwhile', async () => {
    const url = '/en/economy/';
    const before = await get(url);
    assert.equal((await get(url)).headers['x-cache'], 'HIT');
    await importStory(t.lede.deps, SYSTEM, enStory('Second grain terminal planned'));
    const answers = await Promise.all(Array.from({ length: 25 }, () => get(url)));
    const by = (kind: string) => answers.filter((a) => a.headers['x-cache'] === kind);
    assert.equal(by('MISS').length, 1, 'one render');
    assert.equal(by('STALE').length, 24);
    assert.match(by('MISS')[0]!.body, /Second grain terminal planned/);
    for (const stale of by('STALE')) assert.equal(stale.body, before.body);
    const after = await get(url);
    assert.equal(after.headers['x-cache'], 'HIT');
    assert.match(after.body, /Second grain terminal planned/);
  });

  test('readers of a page nobody has cached yet wait for one render', async () => {
    t.lede.pages.clear();
    const answers = await Promise.all(Array.from({ length: 25 }, () => get('/en/')));
    const misses = answers.filter((a) => a.headers['x-cache'] === 'MISS');
    assert.equal(misses.length, 1);
    for (const a of answers) assert.equal(a.body, misses[0]!.body);
  });

  test('a story withdrawn after its page was cached is gone for the next reader', async () => {
    const created = await importStory(t.lede.deps, SYSTEM, enStory('Terminal tender withdrawn'));
    const url = `/en/economy/${created.story.slug}`;
    assert.equal((await get(url)).statusCode, 200);
    assert.equal((await get(url)).headers['x-cache'], 'HIT');
    await transitionStory(t.lede.deps, SYSTEM, created.story.id, {
      to: 'unpublished',
      reason: 'test',
    });
    assert.notEqual((await get(url)).statusCode, 200);
    assert.notEqual((await get(url)).statusCode, 200);
  });

  test('a save that commits while its page is being rendered is on the page for the next reader', async () => {
    const created = await importStory(t.lede.deps, SYSTEM, enStory('Terminal berth one opens'));
    const url = `/en/economy/${created.story.slug}`;
    assert.equal((await get(url)).headers['x-cache'], 'MISS');
    const stories = t.lede.deps.store.stories;
    const findBySlug = stories.findBySlug.bind(stories);
    let read!: () => void;
    const storyRead = new Promise<void>((resolve) => (read = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The render after the first save reads the story, then waits while the second save commits.
    stories.findBySlug = async (...args) => {
      const found = await findBySlug(...args);
      stories.findBySlug = findBySlug;
      read();
      await released;
      return found;
    };
    try {
      const save = async (title: string) => {
        const now = (await stories.findById(created.story.id))!;
        await updateStory(t.lede.deps, SYSTEM, now.id, {
          baseVersion: now.version,
          story: { title },
        });
      };
      await save('Terminal berth two opens');
      const rendering = get(url);
      await storyRead;
      await save('Terminal berth three opens');
      release();
      const rendered = await rendering;
      assert.equal(rendered.headers['x-cache'], 'MISS');
      assert.ok(rendered.body.includes('Terminal berth two opens'));
      const next = await get(url);
      assert.ok(next.body.includes('Terminal berth three opens'), 'the second save is on the page');
      assert.equal((await get(url)).headers['x-cache'], 'HIT');
    } finally {
      stories.findBySlug = findBySlug;
      release();
    }
  });
});

describe('story size limits', () => {
  test('a story request above 4 MB is refused with 413 before it is read', async () => {
    const huge = storyJson({
      blocks: [{ type: 'paragraph', content: [{ text: 'я'.repeat(2_200_000) }] }],
    });
    const res = await editor.call('POST', '/api/stories', huge);
    assert.equal(res.statusCode, 413);
    assert.match(res.json<{ message: string }>().message, /at most 4\.0 MB/);
  });

  test('more than 5,000 blocks or 1,000,000 characters is refused with 422 saying which', async () => {
    const many = storyJson({
      blocks: Array.from({ length: 5001 }, () => ({ type: 'paragraph', content: [{ text: 'a' }] })),
    });
    const res = await editor.call('POST', '/api/stories', many);
    assert.equal(res.statusCode, 422);
    assert.match(res.json<{ message: string }>().message, /5001 blocks; .* at most 5000/);
    const long = storyJson({
      blocks: Array.from({ length: 11 }, () => ({
        type: 'paragraph',
        content: [{ text: 'a'.repeat(100_000) }],
      })),
    });
    const res2 = await editor.call('POST', '/api/stories', long);
    assert.equal(res2.statusCode, 422);
    assert.match(res2.json<{ message: string }>().message, /characters of text; .* 1000000/);
    const fine = await editor.call(
      'POST',
      '/api/stories',
      storyJson({
        blocks: Array.from({ length: 300 }, (_, i) => ({
          type: 'paragraph',
          content: [{ text: `Абзац ${i}. ${'текст '.repeat(200)}` }],
        })),
      }),
    );
    assert.equal(fine.statusCode, 201, fine.body);
  });
});

describe('readers during a save', () => {
  test('a page read that starts during a long save finishes before the save does', async () => {
    // Real sockets: a read is answered only when the event loop is free to take it.
    const origin = await t.lede.app.listen({ port: 0, host: '127.0.0.1' });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const read = () =>
      new Promise<number>((resolve, reject) => {
        request(`${origin}${STORY}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
          .on('error', reject)
          .end();
      });
    assert.equal(await read(), 200); // the page cached, the reader's connection open
    const order: string[] = [];
    let reading = null as Promise<void> | null;
    const store = t.lede.deps.store;
    const transaction = store.transaction.bind(store);
    // The read starts once the save's body is in and checked at the edge, as the story's own
    // transaction opens (createStory's); the save is done when that transaction commits (its
    // answer, a megabyte, is still to travel: the order is taken on the server).
    store.transaction = (fn) => {
      if (reading || !new Error().stack?.includes('create-story')) return transaction(fn);
      reading = read().then((status) => {
        assert.equal(status, 200);
        order.push('read');
      });
      return transaction(fn).finally(() => order.push('save'));
    };
    try {
      const blocks = Array.from({ length: 2000 }, (_, i) => ({
        type: 'paragraph',
        content: [{ text: `Абзац ${i}. ${'Паром идёт через море ночью. '.repeat(15)}` }],
      }));
      const saved = await fetch(`${origin}/api/stories`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(storyJson({ title: 'Длинный паромный отчёт', blocks })),
      });
      assert.equal(saved.status, 201, await saved.text());
      await reading;
      assert.deepEqual(order, ['read', 'save']);
    } finally {
      store.transaction = transaction;
      agent.destroy();
    }
  });
});
