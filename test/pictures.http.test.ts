// Pictures on the public site over HTTP: cards with responsive, sized, described images, only the first eager; the story's cover; sharing and structured-data crops.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { SYSTEM } from '../src/domain/actor.js';
import type { StoryInput } from '../src/domain/story.js';
import { importStory } from '../src/operations/import-story.js';
import { uploadMedia } from '../src/operations/upload-media.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let storyPath: string;

const get = (url: string) => t.lede.app.inject({ method: 'GET', url });

/** Every <img> of a page with its attributes. */
function images(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\b([^>]*)>/g)].map((m) =>
    Object.fromEntries(
      [...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!.replace(/&amp;/g, '&')]),
    ),
  );
}

function story(i: number, over: Partial<StoryInput> = {}): StoryInput {
  return {
    edition: 'en',
    type: 'news',
    title: `Port of Alat note ${i}`,
    rubric: 'Economy',
    lead: `Cargo figures, part ${i}.`,
    blocks: [{ type: 'paragraph', content: [{ text: 'The port handled more containers.' }] }],
    tags: ['Ports'],
    publishedAt: `2025-12-05T0${i}:00:00+04:00`,
    sourceKey: `pictures:${i}`,
    ...over,
  };
}

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  const deps = t.lede.deps;
  const media = [];
  for (const [w, h, colour] of [
    [1600, 900, '#136'],
    [1000, 1000, '#a52'],
    [900, 1400, '#2a6'],
  ] as const)
    media.push(
      await uploadMedia(deps, SYSTEM, {
        bytes: await sharp({ create: { width: w, height: h, channels: 3, background: colour } })
          .jpeg()
          .toBuffer(),
        alt: `A ${w}×${h} test picture`,
        credit: 'Lede demo',
      }),
    );
  for (let i = 1; i <= 6; i++) {
    const { story: s } = await importStory(
      deps,
      SYSTEM,
      story(
        i,
        // The fourth story has no cover: its card has no picture.
        i === 4
          ? {}
          : {
              cover: {
                mediaId: media[i % 3]!.id,
                ...(i === 6 ? { alt: 'Cranes over the quay', focus: { x: 0.8, y: 0.25 } } : {}),
              },
            },
      ),
    );
    if (i === 6) storyPath = `/en/economy/${s.slug}`;
  }
  // Stories are indexed after their writes commit: the search pages read the index.
  await t.lede.deps.store.search.drain();
});
after(async () => {
  await t.dispose();
});

function checkCards(html: string, page: string) {
  const found = images(html);
  assert.ok(found.length >= 2, `${page}: ${found.length} pictures`);
  for (const img of found) {
    for (const attr of ['src', 'srcset', 'sizes', 'width', 'height', 'alt'])
      assert.ok(img[attr], `${page}: an image without ${attr}: ${JSON.stringify(img)}`);
    assert.match(img.srcset!, /\/media\/[0-9a-f-]+\/320w\.webp 320w, .* 640w/);
    assert.ok(Number(img.width) > 0 && Number(img.height) > 0);
  }
  const eager = found.filter((img) => img.loading !== 'lazy');
  assert.equal(eager.length, 1, `${page}: one eager image, not ${eager.length}`);
  assert.equal(found[0]!.fetchpriority, 'high', `${page}: the first image comes first`);
  assert.ok(found.slice(1).every((img) => img.loading === 'lazy' && !img.fetchpriority));
}

describe('pictures on the site', () => {
  test('home, rubric, tag, archive and search pages: every picture sized and described, the first eager', async () => {
    for (const url of [
      '/en/',
      '/en/economy/',
      '/en/tags/ports',
      '/en/archive/2025-12-05',
      '/en/search?q=cargo',
    ]) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      checkCards(res.body, url);
    }
    const home = images((await get('/en/')).body);
    assert.equal(
      home[0]!.alt,
      'Cranes over the quay',
      'the top story is the newest, with its own alt',
    );
    // The rubric page: five stories of six have a cover.
    assert.equal(images((await get('/en/economy/')).body).length, 5);
  });

  test("the story page shows its cover at once, with the item's credit", async () => {
    const res = await get(storyPath);
    assert.equal(res.statusCode, 200);
    const cover = images(res.body)[0]!;
    assert.equal(cover.alt, 'Cranes over the quay');
    assert.equal(cover.fetchpriority, 'high');
    assert.equal(cover.loading, undefined);
    assert.ok(cover.srcset && cover.sizes && cover.width && cover.height);
    assert.match(res.body, /<figure class="story-cover">.*Photo: Lede demo/s);
  });

  test('og:image and twitter:image are a 1200×630 crop; JSON-LD has 16:9, 4:3 and 1:1 crops', async () => {
    const html = (await get(storyPath)).body;
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    const twitter = /<meta name="twitter:image" content="([^"]+)"/.exec(html)![1]!;
    assert.equal(og, twitter);
    assert.match(html, /<meta property="og:image:width" content="1200"/);
    assert.match(html, /<meta property="og:image:height" content="630"/);
    assert.match(og, /crop-1200x630-80-25\.jpg$/, 'the crop keeps the focal point');
    const size = async (url: string) => {
      const res = await get(new URL(url).pathname);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], 'image/jpeg');
      const meta = await sharp(res.rawPayload).metadata();
      return `${meta.width}x${meta.height}`;
    };
    assert.equal(await size(og), '1200x630');
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
    ) as { image: string[] };
    assert.deepEqual(await Promise.all(ld.image.map(size)), ['1200x675', '1200x900', '1200x1200']);
  });

  test('a crop of a focal point no story uses is not made', async () => {
    const html = (await get(storyPath)).body;
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    const other = new URL(og).pathname.replace('-80-25.jpg', '-13-77.jpg');
    assert.equal((await get(other)).statusCode, 404);
  });
});
