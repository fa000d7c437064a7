// Every public page type over HTTP, on the database LEDE_DATABASE_URL chooses.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import type { StoryInput } from '../src/domain/story.js';
import { importCrawlFile } from '../src/importers/import-crawl-files.js';
import { importStory } from '../src/operations/import-story.js';
import { setHotTags } from '../src/operations/hot-tags.js';
import { INTERVIEW_FILE } from './support/crawl-pages.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let interviewUrl: string;

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers });
const count = (html: string, needle: string) => html.split(needle).length - 1;
/** A list page without its side column (the edition's latest stories). */
const mainColumn = (html: string) => html.split('<div class="side">')[0]!;

function story(over: Partial<StoryInput>): StoryInput {
  return {
    edition: 'en',
    type: 'news',
    title: 'Ferry line to Turkmenbashi adds a night crossing',
    rubric: 'Economy',
    lead: 'The ferry operator adds a night crossing from next month.',
    blocks: [{ type: 'paragraph', content: [{ text: 'The crossing takes twelve hours.' }] }],
    publishedAt: '2025-12-05T09:00:00+04:00',
    ...over,
  };
}

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  const deps = t.lede.deps;
  const result = await importCrawlFile(deps, INTERVIEW_FILE);
  assert.equal(result.ok, true, result.error ?? '');
  interviewUrl = result.url!;
  for (let i = 0; i < 23; i++)
    await importStory(
      deps,
      SYSTEM,
      story({
        title: `Caspian shipping note number ${i + 1}`,
        sourceKey: `t:${i}`,
        tags: ['Shipping'],
        publishedAt: `2025-12-0${1 + (i % 5)}T0${i % 10}:00:00+04:00`,
      }),
    );
  await importStory(
    deps,
    SYSTEM,
    story({
      title: 'Translated: Baku hosts a water forum',
      rubric: 'World',
      sourceKey: 't:tr-en',
    }),
    { translationGroup: 'g-forum' },
  );
  await importStory(
    deps,
    SYSTEM,
    {
      ...story({
        title: 'Bakı su forumuna ev sahibliyi edir',
        rubric: 'Dünya',
        sourceKey: 't:tr-az',
      }),
      edition: 'az',
      lead: 'Bakıda su forumu keçirilir.',
    },
    { translationGroup: 'g-forum' },
  );
  await importStory(
    deps,
    SYSTEM,
    story({
      title: 'Tomorrow: a story from the future <b>',
      sourceKey: 't:future',
      publishedAt: '2025-12-07T09:00:00+04:00',
    }),
  );
  await importStory(
    deps,
    SYSTEM,
    story({
      title: 'Hostile <script>alert(1)</script> headline',
      lead: '"><img src=x onerror=alert(1)>',
      sourceKey: 't:hostile',
      tags: ['<b>tag</b>'],
    }),
  );
  await setHotTags(deps, SYSTEM, 'en', [{ name: 'Shipping' }, { name: 'Energy' }]);
});
after(async () => {
  await t.dispose();
});

describe('story page', () => {
  test('the imported crawled interview reads as an interview with its notes', async () => {
    assert.match(interviewUrl, /^\/ru\/energetika\/direktor-stantsii-solntse-shirvana/);
    const res = await get(interviewUrl);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /<html[^>]* lang="ru"/);
    assert.match(
      html,
      /<h1[^>]*>[^<]*Директор станции: Солнце Ширвана даст ток трём городам к 2028 году/,
    );
    assert.match(html, /ИНТЕРВЬЮ/);
    assert.match(html, /href="\/ru\/energetika\/"[^>]*>Энергетика</);
    // The page gives a date only: the day, no made-up "00:00".
    assert.match(html, /<time[^>]+datetime="2025-12-05"[^>]*>[\s\S]*?05 декабря, 2025/);
    assert.equal(count(html, 'data-block="question"'), 4);
    assert.equal(count(html, 'data-block="answer"'), 4);
    assert.equal(count(html, 'data-mark="editor-note"'), 5);
    assert.match(html, /class="lead"[^>]*>Директор солнечной электростанции/);
    for (const tag of ['Нариман Вахидов', 'EXPO27', 'Водный кодекс', 'Неделя науки'])
      assert.match(html, new RegExp(`href="/ru/tags/[a-z0-9-]+"[^>]*>${tag}<`));
  });

  test('a story under another rubric path redirects to its one URL', async () => {
    const res = await get(interviewUrl.replace('energetika', 'obshchestvo'));
    assert.equal(res.statusCode, 301);
    assert.equal(res.headers.location, interviewUrl);
  });

  test('translations link each other with hreflang and the switcher goes to them', async () => {
    const en = await get('/en/world/translated-baku-hosts-a-water-forum');
    assert.equal(en.statusCode, 200);
    assert.match(
      en.body,
      // hreflang links are absolute, on the public origin (http://127.0.0.1 for PORT=0).
      /<link[^>]+rel="alternate"[^>]+hreflang="az"[^>]+href="http:\/\/127\.0\.0\.1\/dunya\/baki-su-forumuna-ev-sahibliyi-edir"/,
    );
    assert.match(en.body, /<a[^>]+href="\/dunya\/baki-su-forumuna-ev-sahibliyi-edir"/);
  });

  test('hostile text is escaped, never run', async () => {
    const res = await get('/en/economy/hostile-script-alert-1-script-headline');
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.doesNotMatch(res.body, /<img src=x/);
    assert.match(res.body, /Hostile &lt;script>alert\(1\)&lt;\/script> headline/);
  });

  test('a story from the future and an unknown one answer 404 in the edition language', async () => {
    const future = await get('/en/economy/tomorrow-a-story-from-the-future-b');
    assert.equal(future.statusCode, 404);
    assert.match(future.body, /Page not found/);
    const ru = await get('/ru/energetika/net-takoy-novosti');
    assert.equal(ru.statusCode, 404);
    assert.match(ru.body, /Страница не найдена/);
    const az = await get('/nothing/here');
    assert.equal(az.statusCode, 404);
    assert.match(az.body, /Səhifə tapılmadı/);
  });
});

describe('home, rubric, tag and archive pages', () => {
  test('each edition has a home page in its language with its rubrics', async () => {
    for (const [url, lang] of [
      ['/', 'az'],
      ['/ru/', 'ru'],
      ['/en/', 'en'],
    ] as const) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, new RegExp(`<html[^>]* lang="${lang}"`));
      assert.match(res.body, /<h1/);
    }
    const ru = await get('/ru/');
    assert.match(ru.body, /Директор станции: Солнце Ширвана/);
    assert.match(ru.body, /href="\/ru\/energetika\/"/);
    const en = await get('/en/');
    assert.doesNotMatch(en.body, /story from the future/);
    assert.match(en.body, /href="\/en\/tags\/shipping"[^>]*>Shipping</);
  });

  test('a rubric page lists its stories twenty at a time', async () => {
    const first = await get('/en/economy/');
    assert.equal(first.statusCode, 200);
    assert.equal(count(mainColumn(first.body), '<article class="card'), 20);
    assert.match(first.body, /href="\/en\/economy\/\?page=2"/);
    const second = await get('/en/economy/?page=2');
    assert.equal(second.statusCode, 200);
    // 23 notes and one more economy story: every one on exactly one of the two pages.
    assert.equal(
      count(mainColumn(first.body), 'Caspian shipping note number') +
        count(mainColumn(second.body), 'Caspian shipping note number'),
      23,
    );
    assert.equal((await get('/en/economy/?page=9')).statusCode, 404);
    assert.equal((await get('/en/economy/?page=abc')).statusCode, 404);
  });

  test('a tag page lists the tagged stories', async () => {
    const res = await get('/en/tags/shipping');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>[^<]*Shipping/);
    assert.equal(count(mainColumn(res.body), 'Caspian shipping note number'), 20);
    assert.equal((await get('/en/tags/no-such-tag')).statusCode, 404);
  });

  test('the archive shows the stories of one local day', async () => {
    const res = await get('/ru/archive/2025-12-05');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /05 декабря, 2025/);
    assert.match(res.body, /Директор станции: Солнце Ширвана/);
    const empty = await get('/ru/archive/2025-12-03');
    assert.equal(empty.statusCode, 200);
    assert.doesNotMatch(mainColumn(empty.body), /Директор станции/);
    assert.equal((await get('/ru/archive/2025-13-45')).statusCode, 404);
  });
});

describe('HTTP behaviour', () => {
  test('pages carry cache headers and answer conditional requests with 304', async () => {
    const res = await get('/en/');
    assert.match(String(res.headers['cache-control']), /max-age=\d+/);
    assert.ok(res.headers.etag);
    const again = await get('/en/', { 'if-none-match': String(res.headers.etag) });
    assert.equal(again.statusCode, 304);
  });

  test('pages come from the cache until a story they show changes, then at once anew', async () => {
    const deps = t.lede.deps;
    const pages = ['/en/', '/en/economy/', '/en/tags/shipping', '/en/archive/2025-12-05'];
    for (const url of pages) await get(url);
    for (const url of pages) assert.equal((await get(url)).headers['x-cache'], 'HIT', url);
    const ru = await get('/ru/');
    assert.match(String(ru.headers['surrogate-key']), /\bhome-ru\b/);
    assert.equal((await get('/ru/')).headers['x-cache'], 'HIT');

    await importStory(
      deps,
      SYSTEM,
      story({ title: 'Fresh: a new ferry timetable', sourceKey: 't:fresh', tags: ['Shipping'] }),
    );
    for (const url of pages) {
      const res = await get(url);
      assert.notEqual(res.headers['x-cache'], 'HIT', url);
      assert.match(res.body, /Fresh: a new ferry timetable/, url);
    }
    // Another edition's home does not show it and stays cached.
    assert.equal((await get('/ru/')).headers['x-cache'], 'HIT');
  });

  test('the stylesheet is in the page, the icon is served, and no page needs JavaScript', async () => {
    const home = await get('/ru/');
    assert.match(home.body, /<style>[^]*\.topbar\{[^]*<\/style>/);
    const icon = /<link rel="icon" href="([^"]+)"/.exec(home.body)![1]!;
    assert.equal((await get(icon)).statusCode, 200);
    assert.doesNotMatch(home.body, /<script(?![^>]*application\/ld\+json)/);
  });

  test('malformed requests never show a stack trace', async () => {
    for (const url of [
      '/ru/%E0%A4%A',
      '/en/tags/%00',
      '/ru/archive/9999-99-99',
      "/en/'%22><x>/y",
    ]) {
      const res = await get(url);
      assert.ok(res.statusCode < 500, `${url} → ${res.statusCode}`);
      assert.doesNotMatch(res.body, /at .*\.ts:\d+/);
    }
  });
});
