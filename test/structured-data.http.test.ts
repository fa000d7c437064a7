// In the page: the story's JSON-LD parsed and checked, OpenGraph and Twitter tags, absolute links and feed links.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import { correctStory } from '../src/operations/correct-story.js';
import { addSubscriber } from '../src/operations/subscribers.js';
import {
  HOSTILE_TITLE,
  NOW,
  seedSyndication,
  type Seeded,
} from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://lede.example';
let t: TestApp;
let ids: Seeded;

const get = (url: string) => t.lede.app.inject({ method: 'GET', url });

/** Every <script type="application/ld+json"> of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map(
    (m) => m[1]!,
  );

async function storyPath(id: number): Promise<string> {
  const res = await t.lede.app.inject({
    url: `/api/ninjs/items/${id}`,
    headers: { authorization: `Bearer ${key}` },
  });
  const item = JSON.parse(res.body) as { altids: { role: string; value: string }[] };
  return new URL(item.altids.find((a) => a.role === 'lede:url')!.value).pathname;
}

let key: string;

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: ORIGIN } });
  ids = await seedSyndication(t.lede.deps);
  key = (await addSubscriber(t.lede.deps, SYSTEM, { name: 'Reader' })).key;
});
after(async () => {
  await t.dispose();
});

describe('JSON-LD', () => {
  test('the interview is a NewsArticle of genre interview, in Russian, part of its edition', async () => {
    const path = await storyPath(ids.interviewId);
    const html = (await get(path)).body;
    const [data, ...more] = jsonLd(html);
    assert.equal(more.length, 0);
    assert.equal(data!['@type'], 'NewsArticle');
    assert.equal(data!.genre, 'interview');
    assert.equal(data!.inLanguage, 'ru');
    assert.equal(data!.articleSection, 'Энергетика');
    // The crawled page gives a date only: datePublished is that day, not a midnight instant.
    assert.equal(data!.datePublished, '2025-12-05');
    assert.equal(typeof data!.dateModified, 'string');
    assert.match(String(data!.headline), /^Директор станции: Солнце Ширвана/);
    assert.deepEqual(data!.mainEntityOfPage, { '@type': 'WebPage', '@id': `${ORIGIN}${path}` });
    assert.equal(data!.url, `${ORIGIN}${path}`);
    assert.deepEqual(
      {
        type: (data!.isPartOf as Record<string, unknown>)['@type'],
        url: (data!.isPartOf as Record<string, unknown>).url,
      },
      { type: 'WebSite', url: `${ORIGIN}/ru/` },
    );
  });

  test('the opinion piece is an OpinionNewsArticle of its Azerbaijani rubric', async () => {
    const html = (await get(await storyPath(ids.opinionId))).body;
    const [data] = jsonLd(html);
    assert.equal(data!['@type'], 'OpinionNewsArticle');
    assert.equal(data!.inLanguage, 'az');
    assert.deepEqual(data!.articleSection, ['Siyasət', 'Xarici siyasət']);
    assert.deepEqual((data!.isPartOf as Record<string, unknown>).url, `${ORIGIN}/`);
  });

  test('a correction is a CorrectionComment, and readers see it under the story', async () => {
    t.clock.advance(3600_000);
    await correctStory(t.lede.deps, SYSTEM, ids.ferryId, {
      note: 'The crossing takes twelve hours, not ten.',
    });
    const res = await get(await storyPath(ids.ferryId));
    const [data] = jsonLd(res.body);
    assert.deepEqual(data!.correction, [
      {
        '@type': 'CorrectionComment',
        text: 'The crossing takes twelve hours, not ten.',
        datePublished: '2025-12-06T10:00:00.000Z',
      },
    ]);
    assert.equal(data!.dateModified, '2025-12-06T10:00:00.000Z');
    assert.deepEqual(data!.author, {
      '@type': 'Person',
      name: 'Anna Keller',
      url: 'https://lede.example/en/author/anna-keller/',
    });
    assert.deepEqual(data!.keywords, ['Shipping', 'Caspian']);
    assert.deepEqual(data!.image, [`${ORIGIN}/media/ferry.jpg`]);
    assert.match(res.body, /class="correction"[\s\S]*?The crossing takes twelve hours, not ten\./);
  });

  test('hostile text stays inside the data block and parses back as it was', async () => {
    const html = (await get(await storyPath(ids.hostileId))).body;
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    assert.doesNotMatch(block, /</);
    assert.equal(jsonLd(html)[0]!.headline, HOSTILE_TITLE);
  });
});

describe('head tags', () => {
  test('a story page has absolute canonical, hreflang, OpenGraph and Twitter tags', async () => {
    const path = await storyPath(ids.forum.en);
    const html = (await get(path)).body;
    assert.match(html, new RegExp(`<link rel="canonical" href="${ORIGIN}${path}"/>`));
    assert.match(
      html,
      /<link rel="alternate" hreflang="az" href="https:\/\/lede\.example\/dunya\//,
    );
    assert.match(html, /<link rel="alternate" hreflang="ru" href="https:\/\/lede\.example\/ru\//);
    assert.deepEqual(meta(html, 'og:url'), [`${ORIGIN}${path}`]);
    assert.deepEqual(meta(html, 'og:type'), ['article']);
    assert.deepEqual(meta(html, 'og:locale'), ['en_US']);
    assert.deepEqual(meta(html, 'og:locale:alternate').sort(), ['az_AZ', 'ru_RU']);
    assert.deepEqual(meta(html, 'twitter:card'), ['summary']);
    assert.deepEqual(meta(html, 'twitter:title'), ['Baku hosts a water forum']);
    assert.equal(meta(html, 'article:published_time').length, 1);

    const ferry = (await get(await storyPath(ids.ferryId))).body;
    assert.deepEqual(meta(ferry, 'og:image'), [`${ORIGIN}/media/ferry.jpg`]);
    assert.deepEqual(meta(ferry, 'twitter:card'), ['summary_large_image']);
    assert.deepEqual(meta(ferry, 'article:tag'), ['Shipping', 'Caspian']);
  });

  test("every page links its edition's feeds, and a rubric or tag page its own first", async () => {
    const feeds = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)"/g)].map(
        (m) => [m[1], m[2]],
      );
    const cases: [string, string[]][] = [
      ['/en/', ['/en/']],
      ['/ru/', ['/ru/']],
      ['/', ['/']],
      ['/en/economy/', ['/en/economy/', '/en/']],
      ['/en/tags/shipping', ['/en/tags/shipping/', '/en/']],
      ['/en/economy/no-such-story', ['/en/']],
    ];
    for (const [page, bases] of cases) {
      const res = await get(page);
      assert.equal(res.statusCode, page.includes('no-such') ? 404 : 200, page);
      const found = feeds(res.body);
      const expected = bases.flatMap((b) => [
        ['application/rss+xml', `${ORIGIN}${b}rss.xml`],
        ['application/atom+xml', `${ORIGIN}${b}atom.xml`],
        ['application/feed+json', `${ORIGIN}${b}feed.json`],
      ]);
      assert.deepEqual(found, expected, page);
      for (const [, url] of found) {
        const res = await get(new URL(url!).pathname);
        assert.equal(res.statusCode, 200, url);
      }
    }
  });
});
