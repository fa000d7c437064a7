// Feed items carry the story's first image as an enclosure, and whole stories or leads by setting.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Parser from 'rss-parser';
import { jsonFeedValidator } from '../../test/support/standards.js';
import { NOW } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { SYSTEM } from '../domain/actor.js';
import type { Edition } from '../domain/editions.js';
import { importStory } from '../operations/import-story.js';
import { renderFeed } from './feed-routes.js';
import type { JsonFeed } from './json-feed.js';
import { syndicationOptions } from './options.js';

const ORIGIN = 'https://lede.example';
let deps: TestDeps;
let en: Edition;

before(async () => {
  deps = await openTestDeps(NOW);
  en = deps.editions.find((e) => e.code === 'en')!;
  await importStory(deps, SYSTEM, {
    edition: 'en',
    type: 'photo',
    title: 'Autumn on the Absheron coast',
    rubric: 'Society',
    lead: 'Pictures of the first storm of the season.',
    blocks: [
      { type: 'paragraph', content: [{ text: 'The storm came in from the north at dawn.' }] },
      {
        type: 'image',
        src: '/media/0123456789abcdef0123-89abcdef/1600x900.jpg',
        alt: 'Waves over the promenade',
        caption: 'The promenade at seven',
      },
    ],
    publishedAt: new Date(Date.parse(NOW) - 3_600_000).toISOString(),
  });
});
after(async () => {
  await deps.testStore.dispose();
});

test('RSS has an image enclosure and JSON Feed an image, with absolute URLs', async () => {
  const options = syndicationOptions(ORIGIN);
  const rss = await renderFeed(deps, options, en, 'rss.xml', { kind: 'edition' });
  const parsed = await new Parser().parseString(rss!.body);
  const item = parsed.items.find((i) => i.title?.startsWith('Autumn on the Absheron coast'));
  assert.deepEqual(
    { ...item?.enclosure },
    {
      url: `${ORIGIN}/media/0123456789abcdef0123-89abcdef/1600x900.jpg`,
      type: 'image/jpeg',
      length: '0',
    },
  );
  const json = await renderFeed(deps, options, en, 'feed.json', { kind: 'edition' });
  const feed = JSON.parse(json!.body) as JsonFeed;
  assert.ok(jsonFeedValidator()(feed));
  assert.equal(feed.items[0]?.image, `${ORIGIN}/media/0123456789abcdef0123-89abcdef/1600x900.jpg`);
});

test('with summaries set, feeds carry the lead and not the body', async () => {
  const full = await renderFeed(deps, syndicationOptions(ORIGIN), en, 'feed.json', {
    kind: 'edition',
  });
  assert.match(full!.body, /The storm came in from the north/);
  const summary = await renderFeed(
    deps,
    syndicationOptions(ORIGIN, { feedContent: 'summary' }),
    en,
    'feed.json',
    { kind: 'edition' },
  );
  const feed = JSON.parse(summary!.body) as JsonFeed;
  assert.equal(feed.items[0]?.content_text, 'Pictures of the first storm of the season.');
  assert.doesNotMatch(summary!.body, /The storm came in from the north/);
});
