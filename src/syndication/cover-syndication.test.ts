// A story's cover for subscribers: ninjs pictures with a rendition per file (valid ninjs 2.2), and the crop at the top of NewsML-G2's XHTML (valid against the 2.35 XSD).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasXmllint, ninjsValidator, xmllint, XSD } from '../../test/support/standards.js';
import type { CoverRead } from '../domain/cover.js';
import { defaultEditions } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { SyndicationContext } from './context.js';
import { toNewsml } from './newsml.js';
import { toNinjs } from './ninjs.js';

const ORIGIN = 'https://lede.example';
const KEY = '0123456789abcdef0123-89abcdef';
const edition = defaultEditions().find((e) => e.code === 'en')!;
const rubric = {
  id: 1,
  edition: 'en' as const,
  slug: 'economy',
  name: 'Economy',
  parentId: null,
  position: 0,
};

const story: Story = {
  id: 7,
  edition: 'en',
  type: 'photo',
  status: 'published',
  title: 'A day at the port of Alat',
  slug: 'a-day-at-the-port-of-alat',
  lead: 'Cranes, ferries and containers.',
  blocks: [
    {
      type: 'gallery',
      images: [
        {
          src: `/media/${KEY}/1600x900.jpg`,
          alt: 'Cranes at dawn',
          caption: 'Dawn',
          credit: 'Lede demo',
        },
      ],
    },
  ],
  rubricId: 1,
  authorId: null,
  tags: [],
  publishedAt: '2025-12-05T08:00:00.000Z',
  updatedAt: '2025-12-05T08:00:00.000Z',
  createdAt: '2025-12-05T08:00:00.000Z',
  translationGroup: null,
  translatedFromVersion: null,
  sourceKey: null,
  version: 1,
  translatedFromId: null,
  embargoUntil: null,
  scheduledAt: null,
  unpublishedReason: null,
  corrections: [],
  createdBy: null,
};

const cover: CoverRead = {
  mediaId: 3,
  alt: 'Cranes over the quay',
  caption: 'The new quay',
  credit: 'Lede demo',
  focus: { x: 0.8, y: 0.25 },
  image: {
    key: KEY,
    width: 1600,
    height: 900,
    url: `/media/${KEY}/1600x900.jpg`,
    variants: [320, 640].map((w) => ({
      width: w,
      height: (w * 9) / 16,
      url: `/media/${KEY}/${w}w.webp`,
    })),
    alt: 'Cranes',
    caption: null,
    credit: 'Lede demo',
  },
};

const ctx: SyndicationContext = {
  origin: ORIGIN,
  authors: [],
  edition,
  url: `${ORIGIN}/en/economy/${story.slug}`,
  rubric,
  rubricUrl: `${ORIGIN}/en/economy`,
  parentRubric: null,
  parentRubricUrl: null,
  author: null,
  tags: [],
  translations: [],
  embargoedUntil: null,
  cover,
};

test('ninjs: the cover and the gallery as pictures with renditions, valid ninjs 2.2', () => {
  const doc = toNinjs(story, ctx);
  const validate = ninjsValidator();
  assert.equal(validate(doc), true, JSON.stringify(validate.errors));
  const [coverPicture, galleryPicture] = doc.associations!;
  assert.equal(coverPicture!.name, 'cover');
  assert.equal(coverPicture!.type, 'picture');
  const renditions = 'renditions' in coverPicture! ? coverPicture.renditions : [];
  assert.deepEqual(
    renditions.map((r) => `${r.name} ${r.width}x${r.height}`),
    [
      'original 1600x900',
      'w320 320x180',
      'w640 640x360',
      'crop-share 1200x630',
      'crop-wide 1200x675',
      'crop-standard 1200x900',
      'crop-square 1200x1200',
    ],
  );
  assert.equal(renditions.at(3)!.href, `${ORIGIN}/media/${KEY}/crop-1200x630-80-25.jpg`);
  assert.equal(galleryPicture!.name, 'gallery-1');
});

test('NewsML-G2: the cover crop opens the XHTML body, valid against the XSD', (t) => {
  const xml = toNewsml(story, ctx);
  assert.match(
    xml,
    /<body><figure class="cover"><img src="https:\/\/lede\.example\/media\/[^"]+\/crop-1200x630-80-25\.jpg" alt="Cranes over the quay" width="1200" height="630"\/><figcaption>The new quay Lede demo<\/figcaption><\/figure>/,
  );
  if (!hasXmllint) return t.skip('xmllint is not installed');
  const result = xmllint(xml, XSD.newsml);
  assert.equal(result.ok, true, result.output);
});
