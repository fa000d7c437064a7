// Feeds, sitemaps, robots.txt and the subscriber API over HTTP, beside the public site's catch-all.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Parser from 'rss-parser';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { addSubscriber } from '../src/operations/subscribers.js';
import type { Ninjs } from '../src/syndication/ninjs.js';
import {
  hasXmllint,
  jsonFeedValidator,
  ninjsValidator,
  NO_XMLLINT,
  withoutSitemapExtensions,
  xmllint,
  XSD,
} from './support/standards.js';
import { NOW, seedSyndication, storyInput, type Seeded } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://lede.example';
let t: TestApp;
let ids: Seeded;
const parser = new Parser();

let key: string;

/** The content API needs a subscriber's key; the public routes need nothing. */
const get = (url: string) =>
  t.lede.app.inject({
    method: 'GET',
    url,
    headers: url.startsWith('/api/') ? { authorization: `Bearer ${key}` } : {},
  });

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: ORIGIN } });
  ids = await seedSyndication(t.lede.deps);
  key = (await addSubscriber(t.lede.deps, SYSTEM, { name: 'Partner agency' })).key;
});
after(async () => {
  await t.dispose();
});

describe('feeds', () => {
  const FEEDS: [string, string][] = [
    ['/', 'az'],
    ['/ru/', 'ru'],
    ['/en/', 'en'],
    ['/xarici-siyaset/', 'az'],
    ['/siyaset/', 'az'],
    ['/ru/energetika/', 'ru'],
    ['/en/economy/', 'en'],
    ['/en/transport/', 'en'],
    ['/tags/xezer/', 'az'],
    ['/en/tags/shipping/', 'en'],
  ];

  test('every edition, rubric and tag feed answers in three formats, ahead of the site', async () => {
    const validate = jsonFeedValidator();
    for (const [base, lang] of FEEDS) {
      const rss = await get(`${base}rss.xml`);
      assert.equal(rss.statusCode, 200, `${base}rss.xml`);
      assert.match(String(rss.headers['content-type']), /^application\/rss\+xml; charset=utf-8/);
      assert.match(
        String(rss.headers['surrogate-key']),
        new RegExp(`^edition-${lang} (home|rubric|tag)-`),
      );
      assert.match(
        String(rss.headers['cache-control']),
        /public, max-age=60, stale-while-revalidate=300/,
      );
      const parsed = await parser.parseString(rss.body);
      assert.equal((parsed as { language?: string }).language, lang);
      assert.ok(parsed.items.length > 0, `${base} has items`);
      for (const item of parsed.items) {
        assert.ok(item.title && item.pubDate);
        assert.ok(item.link?.startsWith(ORIGIN));
      }

      const atom = await get(`${base}atom.xml`);
      assert.equal(atom.statusCode, 200, `${base}atom.xml`);
      assert.match(String(atom.headers['content-type']), /^application\/atom\+xml/);
      assert.match(atom.body, new RegExp(`xml:lang="${lang}"`));
      const atomParsed = await parser.parseString(atom.body);
      assert.equal(atomParsed.feedUrl, `${ORIGIN}${base}atom.xml`);
      assert.ok(atomParsed.items.every((i) => i.title && i.link && i.pubDate));

      const json = await get(`${base}feed.json`);
      assert.equal(json.statusCode, 200, `${base}feed.json`);
      assert.match(String(json.headers['content-type']), /^application\/feed\+json/);
      const doc = JSON.parse(json.body) as { language: string; feed_url: string };
      assert.equal(validate(doc), true, JSON.stringify(validate.errors));
      assert.equal(doc.language, lang);
      assert.equal(doc.feed_url, `${ORIGIN}${base}feed.json`);
    }
  });

  test('unknown rubrics and tags answer the site 404; site pages still answer', async () => {
    for (const url of [
      '/en/nope/rss.xml',
      '/en/tags/nope/atom.xml',
      '/nope/feed.json',
      '/ru/tags/x/rss.xml',
    ]) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type']), /text\/html/);
    }
    assert.equal((await get('/en/economy/')).statusCode, 200);
    assert.equal(
      (await get('/en/transport/ferry-line-to-turkmenbashi-adds-a-night-crossing')).statusCode,
      200,
    );
    assert.equal((await get('/ru/')).statusCode, 200);
  });
});

describe('subscriber API', () => {
  test('a ninjs item is valid ninjs 2.2 and keeps the interview', async () => {
    const res = await get(`/api/ninjs/items/${ids.interviewId}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['cache-control'], 'private, no-cache');
    const doc = JSON.parse(res.body) as Ninjs;
    const validate = ninjsValidator();
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
    assert.equal(doc.uri, `urn:lede:lede.example:story:${ids.interviewId}`);
    assert.match(doc.bodies![0]!.value, /<p class="question">/);
    assert.match(doc.bodies![0]!.value, /<span class="editor-note">/);
  });

  test('unknown and malformed ids are refused as JSON', async () => {
    const missing = await get('/api/ninjs/items/999999');
    assert.equal(missing.statusCode, 404);
    assert.equal((JSON.parse(missing.body) as { error: string }).error, 'not_found');
    assert.equal((await get('/api/ninjs/items/abc')).statusCode, 400);
    assert.equal((await get('/api/newsml/items/0')).statusCode, 400);
  });

  test('the stream pages with a cursor, each story once, and an update comes again', async () => {
    const validate = ninjsValidator();
    const poll = async (since: string | null) => {
      const seen: string[] = [];
      let cursor = since;
      for (let guard = 0; guard < 50; guard++) {
        const query = new URLSearchParams({ limit: '3', ...(cursor ? { since: cursor } : {}) });
        const res = await get(`/api/ninjs/items?${query.toString()}`);
        assert.equal(res.statusCode, 200, res.body);
        const page = JSON.parse(res.body) as { items: Ninjs[]; next: string | null; more: boolean };
        for (const item of page.items) {
          assert.equal(validate(item), true, JSON.stringify(validate.errors));
          seen.push(item.uri);
        }
        if (page.more)
          assert.match(
            String(res.headers.link),
            /^<https:\/\/lede\.example\/api\/ninjs\/items\?since=[\w-]+&limit=3>; rel="next"$/,
          );
        cursor = page.next;
        if (!page.more) return { seen, cursor };
      }
      throw new Error('the stream never ended');
    };
    const first = await poll(null);
    assert.equal(first.seen.length, 8, 'seven public stories and one embargoed');
    assert.equal(new Set(first.seen).size, 8);
    assert.deepEqual((await poll(first.cursor)).seen, []);

    t.clock.advance(60_000);
    await importStory(
      t.lede.deps,
      SYSTEM,
      storyInput({
        title: 'Ferry line to Turkmenbashi adds two night crossings',
        sourceKey: 't:ferry',
        author: 'Anna Keller',
        tags: ['Shipping', 'Caspian'],
      }),
    );
    const next = await poll(first.cursor);
    assert.deepEqual(next.seen, [`urn:lede:lede.example:story:${ids.ferryId}`]);

    const ru = JSON.parse((await get('/api/ninjs/items?edition=ru&limit=100')).body) as {
      items: Ninjs[];
    };
    assert.ok(ru.items.length >= 2);
    assert.ok(ru.items.every((i) => i.language === 'ru'));
    assert.equal((await get('/api/ninjs/items?since=garbage')).statusCode, 400);
    assert.equal((await get('/api/ninjs/items?edition=fr')).statusCode, 400);
    assert.equal((await get('/api/ninjs/items?limit=1000')).statusCode, 400);
  });

  test(
    'a NewsML-G2 item is served as a G2 newsItem and validates',
    { skip: !hasXmllint && NO_XMLLINT },
    async () => {
      const res = await get(`/api/newsml/items/${ids.interviewId}`);
      assert.equal(res.statusCode, 200);
      assert.match(
        String(res.headers['content-type']),
        /^application\/vnd\.iptc\.g2\.newsitem\+xml/,
      );
      const result = xmllint(res.body, XSD.newsml);
      assert.equal(result.ok, true, result.output);
      assert.match(res.body, /<genre qcode="genre:Interview">/);
      assert.equal((await get('/api/newsml/items/999999')).statusCode, 404);
    },
  );
});

describe('sitemaps and robots.txt', () => {
  test(
    'the index and every sitemap it names validate',
    { skip: !hasXmllint && NO_XMLLINT },
    async () => {
      const index = await get('/sitemap.xml');
      assert.equal(index.statusCode, 200);
      assert.equal(index.headers['surrogate-key'], 'sitemap');
      assert.match(String(index.headers['content-type']), /^application\/xml/);
      let result = xmllint(index.body, XSD.siteindex);
      assert.equal(result.ok, true, result.output);
      const locs = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      assert.deepEqual(locs.slice(-3), [
        `${ORIGIN}/sitemaps/news-az.xml`,
        `${ORIGIN}/sitemaps/news-ru.xml`,
        `${ORIGIN}/sitemaps/news-en.xml`,
      ]);
      const months = locs.slice(0, -3);
      for (const m of months) assert.match(m, /\/sitemaps\/(az|ru|en)-\d{4}-\d{2}\.xml$/);
      for (const loc of locs) {
        const res = await get(loc.slice(ORIGIN.length));
        assert.equal(res.statusCode, 200, loc);
        // news: and xhtml: extensions fail sitemap.xsd's strict wildcard; the rest must validate.
        result = xmllint(withoutSitemapExtensions(res.body), XSD.sitemap);
        assert.equal(result.ok, true, `${loc}: ${result.output}`);
      }
      let stories = '';
      for (const m of months) {
        const res = await get(m.slice(ORIGIN.length));
        stories += res.body;
        // A finished month is kept a day (a correction purges it by its key); this month a minute.
        const month = /(\d{4}-\d{2})\.xml$/.exec(m)![1]!;
        const finished = month < new Date(NOW).toISOString().slice(0, 7);
        assert.match(
          String(res.headers['cache-control']),
          finished ? /max-age=86400/ : /max-age=60\b/,
        );
        assert.ok(res.headers['last-modified'], m);
      }
      assert.equal(stories.split('<url>').length - 1, 7);
      assert.match(
        stories,
        /<xhtml:link rel="alternate" hreflang="az" href="https:\/\/lede\.example\/dunya\/baki-su-forumuna-ev-sahibliyi-edir"\/>/,
      );
      const news = (await get('/sitemaps/news-ru.xml')).body;
      assert.match(news, /<news:language>ru<\/news:language>/);
      assert.match(news, /<news:title>Директор станции: Солнце Ширвана/);
    },
  );

  test('months without stories and unknown names answer 404; numbered pages lead to the index', async () => {
    const old = await get('/sitemaps/stories-1.xml');
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, '/sitemap.xml');
    for (const url of [
      '/sitemaps/en-2001-01.xml',
      '/sitemaps/en-2025-13.xml',
      '/sitemaps/fr-2025-12.xml',
      '/sitemaps/stories-0.xml',
      '/sitemaps/news-fr.xml',
      '/sitemaps/other.xml',
    ])
      assert.equal((await get(url)).statusCode, 404, url);
  });

  test('robots.txt points crawlers at the sitemaps', async () => {
    const res = await get('/robots.txt');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    assert.match(res.body, /^Sitemap: https:\/\/lede\.example\/sitemap\.xml$/m);
    assert.match(res.body, /^Sitemap: https:\/\/lede\.example\/sitemaps\/news-en\.xml$/m);
  });
});
