// Read counts over HTTP: the story page's beacon (script and noscript image), no cookie anywhere public, most read on pages, the newsroom's numbers.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { hourOf, saltDay, slotOf } from '../src/domain/read-counts.js';
import { importStory } from '../src/operations/import-story.js';
import { readStories } from '../src/operations/story-read-model.js';
import { newsroomClient } from './support/newsroom-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const NOW = '2026-12-07T10:20:00Z';
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

let t: TestApp;
let story: { id: number; path: string };
let other: { id: number; path: string };

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER, ...headers } });
const beacon = (id: number | string, address: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({
    method: 'POST',
    url: `/beacon/${id}`,
    remoteAddress: address,
    headers: { 'user-agent': BROWSER, 'content-type': 'text/plain;charset=UTF-8', ...headers },
    payload: '',
  });

async function write(title: string, tags: string[]) {
  const { story: s } = await importStory(t.lede.deps, SYSTEM, {
    edition: 'en',
    type: 'news',
    title,
    rubric: 'World',
    lead: 'A lead.',
    tags,
    blocks: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
    publishedAt: '2026-12-07T08:00:00Z',
    sourceKey: `t:${title}`,
  });
  const [read] = await readStories(t.lede.deps, [s]);
  return { id: s.id, path: read!.path };
}

before(async () => {
  t = await bootTestApp({ now: NOW });
  story = await write('Night ferry to Turkmenbashi', ['Ferry']);
  other = await write('Harvest ends early', ['Grain']);
});
after(async () => {
  await t.dispose();
});

describe('the beacon', () => {
  test('a story page carries the script with its beacon and an image for readers without JavaScript', async () => {
    const res = await get(story.path);
    assert.equal(res.statusCode, 200);
    assert.match(
      res.body,
      new RegExp(
        `<script src="/assets/count\\.[\\w-]+\\.js" defer data-beacon="/beacon/${story.id}"></script>`,
      ),
    );
    assert.match(
      res.body,
      new RegExp(
        `<noscript><img class="beacon" src="/beacon/${story.id}/pixel\\.gif" alt(="")? width="1" height="1"/?></noscript>`,
      ),
    );
    const script = await get(res.body.match(/\/assets\/count\.[\w-]+\.js/)![0]);
    assert.equal(script.statusCode, 200);
    assert.match(script.body, /sendBeacon/);
  });

  test('the beacon answers 204 (POST) and a GIF (GET), never cached, never a cookie; bad ids are 400', async () => {
    const post = await beacon(story.id, '198.51.100.1');
    assert.equal(post.statusCode, 204);
    assert.equal(post.headers['set-cookie'], undefined);
    assert.equal(post.headers['cache-control'], 'no-store');
    const pixel = await get(`/beacon/${story.id}/pixel.gif`);
    assert.equal(pixel.statusCode, 200);
    assert.equal(pixel.headers['content-type'], 'image/gif');
    assert.equal(pixel.headers['set-cookie'], undefined);
    // Answered before the pages' hooks: none of their headers (security policy, ETag).
    assert.equal(post.headers['content-security-policy'], undefined);
    assert.equal(pixel.headers.etag, undefined);
    assert.equal(pixel.headers['content-length'], String(pixel.rawPayload.length));
    // A beacon with a body (not the page's) goes through the route and is answered alike.
    const withBody = await t.lede.app.inject({
      method: 'POST',
      url: `/beacon/${story.id}`,
      remoteAddress: '198.51.100.1',
      headers: { 'user-agent': BROWSER, 'content-type': 'text/plain;charset=UTF-8' },
      payload: 'x'.repeat(100),
    });
    assert.equal(withBody.statusCode, 204);
    assert.equal(withBody.headers['cache-control'], 'no-store');
    assert.equal((await beacon('abc', '198.51.100.1')).statusCode, 400);
    assert.equal((await beacon('0', '198.51.100.1')).statusCode, 400);
  });

  test('views are counted once per reader; bots, DNT and GPC are not; the newsroom sees them', async () => {
    for (let i = 2; i <= 6; i++) await beacon(story.id, `198.51.100.${i}`);
    await beacon(story.id, '198.51.100.2');
    await beacon(story.id, '198.51.100.7', {
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)',
    });
    await beacon(story.id, '198.51.100.8', { dnt: '1' });
    await beacon(story.id, '198.51.100.9', { 'sec-gpc': '1' });
    await beacon(other.id, '198.51.100.2');
    await t.lede.deps.reads!.counter.flush();
    const api = newsroomClient(t);
    const editor = await api.signIn('editor', ['en']);
    const views = await api.asSession(editor, 'GET', `/api/stories/${story.id}/views?lang=ru`);
    assert.equal(views.statusCode, 200, views.body);
    const series = views.json<{ total: number; hours: unknown[]; svg: string }>();
    // The POST and the image of the test before (one reader, 198.51.100.1 and the injector's
    // address), and five readers here.
    assert.equal(series.total, 7);
    assert.equal(series.hours.length, 48);
    assert.match(series.svg, /^<svg [^>]*role="img" aria-label="Просмотры по часам/);
    const numbers = await api.asSession(editor, 'GET', '/api/numbers?edition=en');
    assert.equal(numbers.statusCode, 200, numbers.body);
    const n = numbers.json<{
      readNow: { id: number; views: number }[];
      rising: { id: number; views: number; score: number }[];
      day: { id: number }[];
    }>();
    // Seven readers where there were none: the story rises; one reader is no trend.
    assert.deepEqual(
      n.rising.map((s) => [s.id, s.views, s.score]),
      [[story.id, 7, 2.4]],
    );
    assert.deepEqual(
      n.readNow.map((s) => [s.id, s.views]),
      [
        [story.id, 7],
        [other.id, 1],
      ],
    );
    assert.deepEqual(
      n.day.map((s) => s.id),
      [story.id, other.id],
    );
  });

  test('the newsroom numbers list the stories rising against their usual level, per edition', async () => {
    const ru = async (title: string) => {
      const { story: s } = await importStory(t.lede.deps, SYSTEM, {
        edition: 'ru',
        type: 'news',
        title,
        rubric: 'Мир',
        lead: 'Лид.',
        tags: [],
        blocks: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
        publishedAt: '2026-11-20T08:00:00Z',
        sourceKey: `t:${title}`,
      });
      return s.id;
    };
    const spike = await ru('Паром вышел в рейс в шторм');
    const steady = await ru('Курс валют на сегодня');
    // A scripted stream: 12 readers of each now; the steady one had as many at this hour on
    // each of the past seven days, the spike none.
    const now = new Date(NOW);
    const views = (storyId: number, daysAgo: number) =>
      Array.from({ length: 12 }, (_, i) => {
        const at = new Date(now.getTime() - daysAgo * 86_400_000);
        return {
          storyId,
          day: saltDay(at),
          hash: `h-${storyId}-${daysAgo}-${i}`,
          hour: hourOf(at),
          slot: slotOf(at),
        };
      });
    const stream = [...views(spike, 0), ...views(steady, 0)];
    for (let d = 1; d <= 7; d++) stream.push(...views(steady, d));
    assert.equal(await t.lede.deps.store.readCounts.record(stream), stream.length);

    const api = newsroomClient(t);
    const editor = await api.signIn('editor', ['ru']);
    const res = await api.asSession(editor, 'GET', '/api/numbers?edition=ru');
    assert.equal(res.statusCode, 200, res.body);
    const n = res.json<{
      rising: {
        id: number;
        title: string;
        url: string;
        views: number;
        usual: number;
        score: number;
      }[];
      readNow: { id: number }[];
    }>();
    assert.deepEqual(
      n.rising.map((s) => [s.id, s.title, s.views, s.usual, s.score]),
      [[spike, 'Паром вышел в рейс в шторм', 12, 0, 3.4]],
    );
    assert.match(n.rising[0]!.url, /^\/ru\//);
    // Both are read now; only the one read above its usual level rises.
    assert.deepEqual(new Set(n.readNow.map((s) => s.id)), new Set([spike, steady]));
    // The other edition's rising stories are its own.
    const en = await api.asSession(editor, 'GET', '/api/numbers?edition=en');
    assert.ok(!en.json<{ rising: { id: number }[] }>().rising.some((s) => s.id === spike));
  });

  test('most read shows on the home page and in a list page side column', async () => {
    const home = await get('/en/');
    assert.equal(home.statusCode, 200);
    const block = home.body.match(/<section class="most-read"[\s\S]*?<\/section>/)?.[0] ?? '';
    assert.match(block, /Most read/);
    assert.ok(block.indexOf('Night ferry') < block.indexOf('Harvest ends'), block);
    for (const list of ['/en/tags/ferry', '/en/world/']) {
      const page = await get(list);
      assert.equal(page.statusCode, 200, list);
      const side =
        page.body.match(
          /<section class="side-block" aria-labelledby="side-most-read">[\s\S]*?<\/section>/,
        )?.[0] ?? '';
      assert.match(side, /Night ferry/, list);
    }
  });

  test('the hot-tags strip follows the trend when a chief lets it; editors may not', async () => {
    const api = newsroomClient(t);
    const chief = await api.signIn('chief', ['en']);
    const editor = await api.signIn('editor', ['en']);
    const body = { edition: 'en', follow: true, blocked: ['Grain'] };
    assert.equal((await api.asSession(editor, 'PUT', '/api/hot-tags/trend', body)).statusCode, 403);
    const res = await api.asSession(chief, 'PUT', '/api/hot-tags/trend', body);
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json<{ follow: boolean; blocked: string[]; proposals: { name: string }[] }>();
    assert.equal(view.follow, true);
    assert.deepEqual(view.blocked, ['Grain']);
    assert.equal(view.proposals[0]?.name, 'Ferry');
    const strip = await api.asSession(chief, 'GET', '/api/hot-tags?edition=en');
    assert.deepEqual(
      strip.json<{ items: { name: string }[] }>().items.map((i) => i.name),
      ['Ferry'],
    );
    assert.equal(
      (
        await api.asSession(chief, 'PUT', '/api/hot-tags/trend', {
          edition: 'en',
          follow: 'yes',
          blocked: [],
        })
      ).statusCode,
      400,
    );
  });

  test('no public response sets a cookie: pages, live updates, feeds, beacons, errors', async () => {
    const { story: live } = await importStory(t.lede.deps, SYSTEM, {
      edition: 'en',
      type: 'live',
      title: 'Storm over the Caspian, live',
      rubric: 'World',
      lead: 'A lead.',
      tags: ['Ferry'],
      blocks: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
      publishedAt: '2026-12-07T08:30:00Z',
      sourceKey: 't:live cookie',
    });
    const [livePage] = await readStories(t.lede.deps, [live]);
    const urls = [
      '/',
      '/en/',
      story.path,
      livePage!.path,
      `/live/${live.id}/head.json`,
      '/en/world/',
      '/en/tags/ferry',
      '/en/search?q=ferry',
      '/en/rss.xml',
      '/en/atom.xml',
      '/en/feed.json',
      '/sitemap.xml',
      '/robots.txt',
      '/en/world/no-such-story-here',
      `/beacon/${story.id}/pixel.gif`,
    ];
    for (const url of urls) {
      const res = await get(url);
      assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
      assert.equal(res.headers['set-cookie'], undefined, url);
    }
    for (const res of [
      await beacon(story.id, '198.51.100.50'),
      await beacon('abc', '198.51.100.50'),
      await t.lede.app.inject({ method: 'HEAD', url: `/beacon/${story.id}/pixel.gif` }),
    ])
      assert.equal(res.headers['set-cookie'], undefined, res.raw.req.url);
  });
});
