// RSS, Atom and JSON Feed of editions, rubrics and tags: parsed back, schema-checked, nothing unpublished.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Parser from 'rss-parser';
import { hasXmllint, jsonFeedValidator, xmllint } from '../../test/support/standards.js';
import {
  HOSTILE_TITLE,
  NOW,
  seedSyndication,
  type Seeded,
} from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import type { Edition } from '../domain/editions.js';
import type { FeedScope } from '../operations/read-syndication.js';
import { renderFeed } from './feed-routes.js';
import type { FeedFormat } from './feed-model.js';
import type { JsonFeed } from './json-feed.js';
import { syndicationOptions } from './options.js';

const ORIGIN = 'https://lede.example';
const options = syndicationOptions(ORIGIN);
const parser = new Parser({
  customFields: { item: [['category', 'categoryList', { keepArray: true }]] },
});
const validateJsonFeed = jsonFeedValidator();
let deps: TestDeps;
let ids: Seeded;
let en: Edition;
let ru: Edition;
let az: Edition;

before(async () => {
  deps = await openTestDeps(NOW);
  ids = await seedSyndication(deps);
  [az, ru, en] = deps.editions as [Edition, Edition, Edition];
});
after(async () => {
  await deps.testStore.dispose();
});

async function feed(edition: Edition, format: FeedFormat, scope: FeedScope = { kind: 'edition' }) {
  const rendered = await renderFeed(deps, options, edition, format, scope);
  assert.ok(rendered !== null, `${edition.code} ${format} ${JSON.stringify(scope)}`);
  return rendered.body;
}

const SCOPES: { edition: () => Edition; scope: FeedScope; path: string }[] = [
  { edition: () => en, scope: { kind: 'edition' }, path: '/en/' },
  { edition: () => ru, scope: { kind: 'edition' }, path: '/ru/' },
  { edition: () => az, scope: { kind: 'edition' }, path: '/' },
  { edition: () => en, scope: { kind: 'rubric', slug: 'economy' }, path: '/en/economy/' },
  {
    edition: () => ru,
    scope: { kind: 'rubric', slug: 'energetika' },
    path: '/ru/energetika/',
  },
  { edition: () => en, scope: { kind: 'tag', slug: 'shipping' }, path: '/en/tags/shipping' },
];

describe('RSS 2.0 and Atom 1.0', () => {
  for (const { edition, scope, path } of SCOPES)
    for (const format of ['rss.xml', 'atom.xml'] as const)
      test(`${format} of ${path} parses with title, links, dates and language`, async () => {
        const xml = await feed(edition(), format, scope);
        const parsed = await parser.parseString(xml);
        assert.ok(parsed.title);
        assert.equal(parsed.link, `${ORIGIN}${path}`);
        assert.ok(parsed.items.length > 0);
        const lang = edition().language;
        if (format === 'rss.xml') assert.equal((parsed as { language?: string }).language, lang);
        else
          assert.match(
            xml,
            new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`),
          );
        const self =
          format === 'rss.xml'
            ? /<atom:link href="([^"]+)" rel="self"/
            : /<link rel="self" href="([^"]+)"/;
        assert.equal(
          self.exec(xml)?.[1],
          `${ORIGIN}${path}${path.endsWith('/') ? '' : '/'}${format}`,
        );
        for (const item of parsed.items) {
          assert.ok(item.title, 'title');
          assert.match(
            item.link ?? '',
            new RegExp(`^${ORIGIN}${edition().prefix}[a-z0-9-]+/[a-z0-9-]+$`),
          );
          assert.ok(item.pubDate && !Number.isNaN(Date.parse(item.pubDate)), 'pubDate');
          assert.ok(item.isoDate! <= NOW.replace('Z', '.000Z'), 'nothing from the future');
        }
      });

  test('the rubric feed takes its sub-rubrics; items carry full text, summary, author, categories', async () => {
    const parsed = await parser.parseString(
      await feed(en, 'rss.xml', { kind: 'rubric', slug: 'economy' }),
    );
    const ferry = parsed.items.find((i) => i.title?.startsWith('Ferry line'))!;
    assert.ok(ferry, 'a Transport story is in the Economy feed');
    assert.equal(ferry.creator, 'Anna Keller');
    assert.equal(ferry.guid, `urn:lede:lede.example:story:${ids.ferryId}`);
    assert.equal(ferry.pubDate, 'Fri, 05 Dec 2025 05:00:00 GMT');
    assert.match(
      (ferry as { 'content:encoded'?: string })['content:encoded'] ?? '',
      /<span class="editor-note">\(from Alat - ed\.\)<\/span>/,
    );
    assert.match(ferry.content ?? '', /night crossing/);
    const categories = (ferry as { categoryList?: unknown[] }).categoryList ?? [];
    assert.deepEqual(
      categories.map((c) => (typeof c === 'string' ? c : (c as { _: string })._)),
      ['Economy', 'Transport', 'Shipping', 'Caspian'],
    );
  });

  test('an interview shows its type label and its Q&A in the full text', async () => {
    const parsed = await parser.parseString(await feed(ru, 'atom.xml'));
    const interview = parsed.items.find((i) => i.title?.includes('Директор станции'))!;
    assert.match(interview.title!, / - ИНТЕРВЬЮ$/);
    assert.equal(interview.pubDate, '2025-12-04T20:00:00.000Z');
    assert.match(interview.content ?? '', /<p class="question">/);
  });

  test('hostile text stays text in both formats', async () => {
    for (const format of ['rss.xml', 'atom.xml'] as const) {
      const xml = await feed(en, format);
      // RSS titles are plain text in CDATA; outside them, no raw markup from the story.
      assert.doesNotMatch(xml.replace(/<title>[\s\S]*?<\/title>/g, ''), /<script>|<img src=x/);
      if (hasXmllint) assert.equal(xmllint(xml).ok, true, `${format} is well-formed`);
      const parsed = await parser.parseString(xml);
      const item = parsed.items.find((i) => i.link?.includes('hostile'))!;
      // RSS titles are plain text; Atom titles are typed "html" and so escaped once.
      const title =
        format === 'rss.xml'
          ? item.title
          : item.title
              ?.replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&');
      assert.equal(title?.replace(/\u200b/g, ''), HOSTILE_TITLE);
    }
  });

  test('unknown rubrics and tags have no feed', async () => {
    assert.equal(
      await renderFeed(deps, options, en, 'rss.xml', { kind: 'rubric', slug: 'nope' }),
      null,
    );
    assert.equal(
      await renderFeed(deps, options, en, 'rss.xml', { kind: 'tag', slug: 'Bad Slug' }),
      null,
    );
  });
});

describe('JSON Feed 1.1', () => {
  for (const { edition, scope, path } of SCOPES)
    test(`feed.json of ${path} is valid JSON Feed 1.1`, async () => {
      const doc = JSON.parse(await feed(edition(), 'feed.json', scope)) as JsonFeed;
      assert.equal(validateJsonFeed(doc), true, JSON.stringify(validateJsonFeed.errors));
      assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
      assert.equal(doc.home_page_url, `${ORIGIN}${path}`);
      assert.equal(doc.language, edition().language);
      assert.ok(doc.items.length > 0);
      for (const item of doc.items) {
        assert.ok(item.content_html.length > 0);
        assert.ok(item.date_published <= NOW.replace('Z', '.000Z'));
      }
    });

  test('items carry authors, tags, summary and the story URN', async () => {
    const doc = JSON.parse(
      await feed(en, 'feed.json', { kind: 'tag', slug: 'shipping' }),
    ) as JsonFeed;
    const ferry = doc.items.find((i) => i.id === `urn:lede:lede.example:story:${ids.ferryId}`)!;
    assert.deepEqual(ferry.authors, [
      { name: 'Anna Keller', url: `${ORIGIN}/en/author/anna-keller/` },
    ]);
    assert.deepEqual(ferry.tags, ['Economy', 'Transport', 'Shipping', 'Caspian']);
    assert.equal(ferry.summary, 'The ferry operator adds a night crossing from next month.');
    assert.equal(doc.feed_url, `${ORIGIN}/en/tags/shipping/feed.json`);
  });
});
