// Author pages and feeds over HTTP: the profile in the edition's script, the author's stories paged, bylines linking there.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const get = (url: string) => t.lede.app.inject({ method: 'GET', url });

before(async () => {
  t = await bootTestApp({ demo: true, now: '2025-12-06T09:00:00Z' });
  // 25 more Russian stories by Anna Kerimova, so her page has more than one page.
  for (let i = 0; i < 25; i++)
    await importStory(t.lede.deps, SYSTEM, {
      edition: 'ru',
      type: 'news',
      title: `Заметка о банках номер ${i + 1}`,
      rubric: 'Экономика',
      lead: 'Короткая заметка.',
      blocks: [{ type: 'paragraph', content: [{ text: 'Текст заметки.' }] }],
      authors: ['Анна Керимова'],
      sourceKey: `author-test:${i}`,
      publishedAt: new Date(Date.parse('2025-11-01T08:00:00Z') + i * 3_600_000).toISOString(),
    });
});
after(async () => {
  await t.dispose();
});

function h1(html: string): string {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
}
function storyLinks(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('author pages', () => {
  test('each edition names the author in its own script, with the bio and the author’s stories', async () => {
    const ru = await get('/ru/author/anna-kerimova/');
    assert.equal(ru.statusCode, 200);
    assert.equal(h1(ru.body), 'Анна Керимова');
    assert.match(ru.body, /Экономический корреспондент/);
    assert.match(ru.body, /Заметка о банках номер 25/);
    assert.ok(
      storyLinks(ru.body).every((u) => u.startsWith('/ru/')),
      storyLinks(ru.body).join(),
    );

    const az = await get('/author/anna-kerimova/');
    assert.equal(az.statusCode, 200);
    assert.equal(h1(az.body), 'Anna Kərimova');
    assert.match(az.body, /İqtisadiyyat müxbiri/);
    assert.doesNotMatch(az.body, /Заметка о банках/);

    const en = await get('/en/author/anna-kerimova/');
    assert.equal(h1(en.body), 'Anna Karimova');
    assert.match(
      en.body,
      /rel="alternate" type="application\/rss\+xml"[^>]*author\/anna-kerimova\/rss\.xml/,
    );
  });

  test('pages of 20, newest first, then older by a cursor; past the end is 404', async () => {
    const first = await get('/ru/author/anna-kerimova/');
    const links = storyLinks(first.body);
    assert.equal(links.length, 20);
    const next = /<link rel="next" href="([^"]+)"/.exec(first.body)?.[1];
    assert.ok(next, 'a next page');
    const second = await get(next.replace(/&amp;/g, '&'));
    assert.equal(second.statusCode, 200);
    const more = storyLinks(second.body);
    assert.ok(more.length > 0);
    assert.equal(new Set([...links, ...more]).size, links.length + more.length, 'no story twice');
    const last = await get('/ru/author/anna-kerimova/?page=40');
    assert.equal(last.statusCode, 404);
  });

  test('an unknown author is 404; the address without its slash is sent to it', async () => {
    assert.equal((await get('/ru/author/nobody-here/')).statusCode, 404);
    assert.equal((await get('/ru/author/nobody-here/rss.xml')).statusCode, 404);
    const bare = await get('/ru/author/anna-kerimova');
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/ru/author/anna-kerimova/');
  });

  test('the author’s feed lists their stories of the edition with every author named', async () => {
    const rss = await get('/ru/author/timur-alikhanov/rss.xml');
    assert.equal(rss.statusCode, 200);
    assert.match(rss.headers['content-type'] as string, /rss\+xml/);
    assert.match(rss.body, /<title>Тимур Алиханов — Lede<\/title>/);
    assert.match(rss.body, /<dc:creator>Тимур Алиханов, Анна Керимова<\/dc:creator>/);
    assert.doesNotMatch(rss.body, /Teymur/);
    const json = await get('/ru/author/timur-alikhanov/feed.json');
    assert.equal(json.statusCode, 200);
    const feed = JSON.parse(json.body) as {
      items: { authors?: { name: string; url: string }[] }[];
    };
    assert.ok(feed.items.length > 0);
    for (const item of feed.items)
      assert.ok(
        item.authors?.some(
          (a) => a.name === 'Тимур Алиханов' && a.url.endsWith('/ru/author/timur-alikhanov/'),
        ),
        JSON.stringify(item.authors),
      );
    // No stories of his in English: an empty feed, not a 404.
    const en = await get('/en/author/timur-alikhanov/feed.json');
    assert.equal(en.statusCode, 200);
    assert.equal((JSON.parse(en.body) as { items: unknown[] }).items.length, 0);
  });
});

describe('bylines', () => {
  test('a story with two authors names both in the edition’s script, linked, and in JSON-LD', async () => {
    const rubric = await get('/ru/rss.xml');
    const url = /<link>([^<]*bilyasuvar[^<]*)<\/link>/.exec(rubric.body)?.[1];
    assert.ok(url, 'the two-author story is in the feed');
    const page = await get(new URL(url).pathname);
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /Авторы: <a href="\/ru\/author\/timur-alikhanov\/" rel="author">Тимур Алиханов<\/a>, <a href="\/ru\/author\/anna-kerimova\/" rel="author">Анна Керимова<\/a>/,
    );
    const ld = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)![1]!,
    ) as { author: { '@type': string; name: string; url: string }[] };
    assert.deepEqual(
      ld.author.map((a) => [a['@type'], a.name, new URL(a.url).pathname]),
      [
        ['Person', 'Тимур Алиханов', '/ru/author/timur-alikhanov/'],
        ['Person', 'Анна Керимова', '/ru/author/anna-kerimova/'],
      ],
    );
  });
});
