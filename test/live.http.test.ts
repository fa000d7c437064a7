// Live stories over HTTP: editors post at once, readers follow by reload or by the head and ranges, JSON-LD, partners.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { LIVE_PAGE_ENTRIES, RANGE_SIZE } from '../src/domain/live.js';
import { importStory } from '../src/operations/import-story.js';
import { addSubscriber } from '../src/operations/subscribers.js';
import { newsroomClient, type Signed } from './support/newsroom-client.js';
import { personWithToken } from './support/distribution-fixtures.js';
import { NOW, storyInput } from './support/syndication-fixtures.js';
import { startReceiver } from './support/webhook-receiver.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://lede.example';
let t: TestApp;
let api: ReturnType<typeof newsroomClient>;
let one: Signed;
let two: Signed;
let key: string;

const get = (url: string) => t.lede.app.inject({ method: 'GET', url });
const para = (text: string) => [{ type: 'paragraph', content: [{ text }] }];

async function liveStory(title: string): Promise<{ id: number; path: string }> {
  const { story } = await importStory(
    t.lede.deps,
    SYSTEM,
    storyInput({ type: 'live', title, rubric: 'World', sourceKey: `t:${title}` }),
  );
  const res = await t.lede.app.inject({
    url: `/api/ninjs/items/${story.id}`,
    headers: { authorization: `Bearer ${key}` },
  });
  const item = res.json<{ altids: { role: string; value: string }[] }>();
  return {
    id: story.id,
    path: new URL(item.altids.find((a) => a.role === 'lede:url')!.value).pathname,
  };
}

async function post(who: Signed, id: number, text: string, extra: object = {}) {
  const res = await api.asSession(who, 'POST', `/api/stories/${id}/entries`, {
    blocks: para(text),
    ...extra,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: number; seq: number }>();
}

interface Head {
  lastSeq: number;
  ranges: { n: number; version: number; full: boolean }[];
  pinned: number | null;
  poll: number;
  open: boolean;
}
const head = async (id: number) => {
  const res = await get(`/live/${id}/head.json`);
  assert.equal(res.statusCode, 200, res.body);
  return { res, head: res.json<Head>() };
};

const htmlOf = (item: { bodies: { value: string }[] }) =>
  item.bodies.map((b) => b.value).join('\n');

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: ORIGIN } });
  api = newsroomClient(t);
  one = await api.signIn('editor', ['en']);
  two = await api.signIn('editor', ['en']);
  key = (await addSubscriber(t.lede.deps, SYSTEM, { name: 'Partner' })).key;
});
after(async () => {
  await t.dispose();
});

describe('posting', () => {
  test('two editors posting at once lose no entry, and the story version editors save on stays', async () => {
    const { id } = await liveStory('Storm over the Caspian');
    const before = (await api.asSession(one, 'GET', `/api/stories/${id}`)).json<{
      version: number;
    }>();
    const posts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(i % 2 ? one : two, id, `Update number ${i + 1}`)),
    );
    const list = (await api.asSession(one, 'GET', `/api/stories/${id}/entries`)).json<{
      entries: { id: number; seq: number; authorName: string }[];
    }>();
    assert.equal(list.entries.length, 12);
    assert.deepEqual(
      list.entries.map((e) => e.seq),
      Array.from({ length: 12 }, (_, i) => 12 - i),
    );
    assert.deepEqual(new Set(posts.map((p) => p.id)).size, 12);
    assert.deepEqual(
      new Set(list.entries.map((e) => e.authorName)),
      new Set([one.user.name, two.user.name]),
    );
    const after = (await api.asSession(one, 'GET', `/api/stories/${id}`)).json<{
      version: number;
    }>();
    assert.equal(
      after.version,
      before.version,
      'entries do not move the version the editor saves on',
    );
  });

  test('each entry is an update of the story for partners: the ninjs version grows', async () => {
    const { id } = await liveStory('Partners follow');
    const version = async () =>
      Number(
        (
          await t.lede.app.inject({
            url: `/api/ninjs/items/${id}`,
            headers: { authorization: `Bearer ${key}` },
          })
        ).json<{ version: string }>().version,
      );
    const v0 = await version();
    await post(one, id, 'First');
    const v1 = await version();
    await post(two, id, 'Second');
    const v2 = await version();
    assert.ok(v1 > v0 && v2 > v1, `${v0} < ${v1} < ${v2}`);
  });

  test("each entry reaches a partner's webhook as an update of the story, the entry in its body", async () => {
    const { id } = await liveStory('Webhook follows');
    const admin = (await personWithToken(t.lede.deps, 'admin')).token;
    const receiver = await startReceiver();
    try {
      const made = await t.lede.app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: { authorization: `Bearer ${admin}` },
        payload: { subscriber: 'Partner', url: receiver.url },
      });
      assert.equal(made.statusCode, 201, made.body);
      await post(one, id, 'Sirens heard in the port');
      const [got] = await receiver.waitFor(1, 10_000);
      const envelope = JSON.parse(got!.body) as {
        type: string;
        item: { uri: string; version: string; bodies: { value: string }[] };
      };
      assert.equal(envelope.type, 'story.updated');
      assert.match(htmlOf(envelope.item), /Sirens heard in the port/);
      await post(two, id, 'Ferries stay in harbour');
      const [, second] = await receiver.waitFor(2, 10_000);
      const next = JSON.parse(second!.body) as {
        item: { version: string; bodies: { value: string }[] };
      };
      assert.ok(Number(next.item.version) > Number(envelope.item.version));
      assert.ok(
        htmlOf(next.item).indexOf('Ferries stay') < htmlOf(next.item).indexOf('Sirens heard'),
        'newest entry first',
      );
    } finally {
      await receiver.close();
    }
  });

  test('the edition feed carries the live story with its entries, updated at the last one', async () => {
    const { id } = await liveStory('Feed follows');
    t.clock.set('2025-12-06T09:10:00Z');
    await post(one, id, 'Wind reaches 30 metres a second');
    t.clock.set(NOW);
    const feed = await get('/en/feed.json');
    assert.equal(feed.statusCode, 200, feed.body);
    const item = feed
      .json<{
        items: { id: string; title: string; content_html: string; date_modified: string }[];
      }>()
      .items.find((i) => i.title.startsWith('Feed follows'));
    assert.ok(item, 'the live story is in the feed');
    assert.match(item.content_html, /Wind reaches 30 metres a second/);
    assert.equal(item.date_modified, '2025-12-06T09:10:00.000Z');
  });

  test('an entry on a story that is not live, or without blocks, is refused with a message', async () => {
    const { story } = await importStory(
      t.lede.deps,
      SYSTEM,
      storyInput({ title: 'Plain news', sourceKey: 't:plain' }),
    );
    const res = await api.asSession(one, 'POST', `/api/stories/${story.id}/entries`, {
      blocks: para('x'),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json<{ message: string }>().message, /not a live story/);
    const { id } = await liveStory('Empty posts');
    const empty = await api.asSession(one, 'POST', `/api/stories/${id}/entries`, { blocks: [] });
    assert.equal(empty.statusCode, 400);
    const reporter = await api.signIn('reporter', ['en']);
    const denied = await api.asSession(reporter, 'POST', `/api/stories/${id}/entries`, {
      blocks: para('x'),
    });
    assert.equal(denied.statusCode, 403);
  });

  test('the entry routes are in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json<{ paths: Record<string, object> }>();
    assert.ok(doc.paths['/api/stories/{id}/entries']);
    assert.deepEqual(Object.keys(doc.paths['/api/stories/{id}/entries/{entryId}']!).sort(), [
      'delete',
      'patch',
    ]);
  });
});

describe('readers', () => {
  test('a reader without JavaScript sees new entries on reload, pinned first, key events linked', async () => {
    const { id, path } = await liveStory('Reload to follow');
    const first = await post(one, id, 'The first thing that happened');
    const page1 = (await get(path)).body;
    assert.match(page1, new RegExp(`id="entry-${first.id}"`));
    const keyEvent = await post(two, id, 'A key moment', { keyEvent: true });
    const pinned = await post(one, id, 'Read this first', { pinned: true });
    const latest = await post(two, id, 'The newest line');
    const page2 = (await get(path)).body;
    const order = [...page2.matchAll(/<li class="live-entry[^"]*" id="entry-(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    assert.deepEqual(order, [pinned.id, latest.id, keyEvent.id, first.id]);
    assert.match(page2, new RegExp(`<a href="#entry-${keyEvent.id}">`));
    assert.match(
      page2,
      /<time datetime="2025-12-06T09:00:00.000Z" class="dt"><span class="dt-time">13:00<\/span><\/time>/,
    );
  });

  test('a long live story shows its newest entries, older ones a page further, key events linked across pages', async () => {
    const { id, path } = await liveStory('Long coverage');
    const firstKey = await post(one, id, 'The very first key event', { keyEvent: true });
    for (let i = 0; i < LIVE_PAGE_ENTRIES; i++) await post(i % 2 ? one : two, id, `Filler ${i}`);
    const page1 = (await get(path)).body;
    assert.equal([...page1.matchAll(/<li class="live-entry/g)].length, LIVE_PAGE_ENTRIES);
    assert.doesNotMatch(page1, new RegExp(`id="entry-${firstKey.id}"`));
    assert.match(page1, new RegExp(`<a href="${path}\\?page=2#entry-${firstKey.id}">`));
    assert.match(page1, new RegExp(`<a href="${path}\\?page=2" rel="next">`));
    const page2 = await get(`${path}?page=2`);
    assert.equal(page2.statusCode, 200);
    assert.match(page2.body, new RegExp(`id="entry-${firstKey.id}"`));
    assert.doesNotMatch(page2.body, /data-head=/, 'only the first page follows new entries');
    assert.equal((await get(`${path}?page=3`)).statusCode, 404);
  });

  test('an edit shows "updated HH:MM"; a deleted entry leaves the page and keeps its note', async () => {
    const { id, path } = await liveStory('Corrections live');
    const e = await post(one, id, 'Ten people');
    t.clock.set('2025-12-06T09:30:00Z');
    const edited = await api.asSession(two, 'PATCH', `/api/stories/${id}/entries/${e.id}`, {
      blocks: para('Eleven people'),
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const page = (await get(path)).body;
    assert.match(page, /Eleven people/);
    assert.match(page, /updated <time datetime="2025-12-06T09:30:00.000Z">13:30<\/time>/);
    const gone = await api.asSession(one, 'DELETE', `/api/stories/${id}/entries/${e.id}`, {
      note: 'posted to the wrong story',
    });
    assert.equal(gone.statusCode, 200, gone.body);
    assert.doesNotMatch((await get(path)).body, /Eleven people/);
    const list = (await api.asSession(one, 'GET', `/api/stories/${id}/entries`)).json<{
      entries: { deleteNote: string | null; deletedAt: string | null }[];
    }>();
    assert.equal(list.entries[0]!.deleteNote, 'posted to the wrong story');
    const audit = (
      await api.asSession(await api.signIn('admin', ['en']), 'GET', `/api/audit?storyId=${id}`)
    ).body;
    assert.match(audit, /live\.delete/);
    t.clock.set(NOW);
  });

  test('the head changes with each entry and is cached for one second', async () => {
    const { id } = await liveStory('Head moves');
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await post(one, id, `Line ${i}`);
      const { res, head: h } = await head(id);
      assert.equal(res.headers['cache-control'], 'public, max-age=1, s-maxage=1');
      assert.equal(h.lastSeq, i + 1);
      seen.add(res.body);
    }
    assert.equal(seen.size, 3);
  });

  test('full ranges never change and carry long cache headers; an edit gives the range a new address', async () => {
    const { id } = await liveStory('Ranges');
    const posted = [];
    for (let i = 0; i < RANGE_SIZE + 2; i++)
      posted.push(await post(i % 2 ? one : two, id, `Entry ${i + 1}`));
    const { head: h1 } = await head(id);
    assert.equal(h1.ranges.length, 2);
    assert.deepEqual(
      h1.ranges.map((r) => r.full),
      [true, false],
    );
    const fullUrl = `/live/${id}/0.${h1.ranges[0]!.version}.json`;
    const full1 = await get(fullUrl);
    assert.equal(full1.statusCode, 200, full1.body);
    assert.equal(full1.headers['cache-control'], 'public, max-age=31536000, immutable');
    const open = await get(`/live/${id}/1.${h1.ranges[1]!.version}.json`);
    assert.equal(open.headers['cache-control'], 'public, max-age=1, s-maxage=1');
    assert.equal(open.json<{ entries: unknown[] }>().entries.length, 2);
    await post(one, id, 'One more');
    const full2 = await get(fullUrl);
    assert.equal(full2.body, full1.body, 'a full range stays as it was');
    assert.equal(full2.headers['cache-control'], 'public, max-age=31536000, immutable');
    // A correction of an entry in the full range: the head names a new version, the old address leads there.
    await api.asSession(one, 'PATCH', `/api/stories/${id}/entries/${posted[0]!.id}`, {
      blocks: para('Entry 1, corrected'),
    });
    const { head: h2 } = await head(id);
    assert.notEqual(h2.ranges[0]!.version, h1.ranges[0]!.version);
    const moved = await get(fullUrl);
    assert.equal(moved.statusCode, 302);
    assert.equal(moved.headers.location, `/live/${id}/0.${h2.ranges[0]!.version}.json`);
    const fresh = await get(String(moved.headers.location));
    assert.match(fresh.body, /Entry 1, corrected/);
    assert.equal(fresh.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('JSON-LD is a LiveBlogPosting with its updates and coverage times; closing ends coverage', async () => {
    const { id, path } = await liveStory('Structured live');
    await post(one, id, 'Opening line');
    await post(two, id, 'Second line', { keyEvent: true });
    let [data] = jsonLd((await get(path)).body);
    assert.equal(data!['@type'], 'LiveBlogPosting');
    assert.equal(data!.coverageStartTime, '2025-12-06T09:00:00.000Z');
    assert.equal(data!.coverageEndTime, undefined);
    const updates = data!.liveBlogUpdate as Record<string, unknown>[];
    assert.deepEqual(
      updates.map((u) => [u['@type'], u.headline]),
      [
        ['BlogPosting', 'Second line'],
        ['BlogPosting', 'Opening line'],
      ],
    );
    assert.match(String(updates[0]!.url), new RegExp(`^${ORIGIN}.*#entry-\\d+$`));
    // What a LiveBlogPosting needs to be read as one: its own dates and headline, and each
    // update a BlogPosting with a headline of at most 110 characters, a date, an author and a URL.
    assert.equal(data!['@context'], 'https://schema.org');
    for (const field of ['headline', 'datePublished', 'dateModified', 'url'])
      assert.ok(data![field], field);
    for (const u of updates) {
      assert.ok(typeof u.headline === 'string' && u.headline.length <= 110);
      assert.ok(!Number.isNaN(Date.parse(String(u.datePublished))));
      const author = u.author as { '@type': string; name: string };
      assert.equal(author['@type'], 'Person');
      assert.ok([one.user.name, two.user.name].includes(author.name), author.name);
      assert.match(String(u['@id']), /#entry-\d+$/);
    }
    t.clock.set('2025-12-06T11:00:00Z');
    const closed = await api.asSession(one, 'POST', `/api/stories/${id}/coverage`, { open: false });
    assert.equal(closed.statusCode, 200, closed.body);
    [data] = jsonLd((await get(path)).body);
    assert.equal(data!.coverageEndTime, '2025-12-06T11:00:00.000Z');
    const { head: h } = await head(id);
    assert.equal(h.open, false);
    await api.asSession(one, 'POST', `/api/stories/${id}/coverage`, { open: true });
    assert.equal((await head(id)).head.open, true);
    t.clock.set(NOW);
  });
});
