// The story page's JSON-LD: the schema.org type of each story type, its fields, and text that cannot break out.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../domain/blocks.js';
import { defaultEditions } from '../domain/editions.js';
import type { StoryType } from '../domain/story.js';
import { firstImage, jsonLdText, newsArticle, type ArticleInput } from './structured-data.js';

const [az, ru] = defaultEditions('Asia/Baku', 'Report');
const ORIGIN = 'https://report.example';

function input(over: Partial<ArticleInput['story']> = {}): ArticleInput {
  return {
    origin: ORIGIN,
    edition: ru!,
    url: `${ORIGIN}/ru/politika/story`,
    story: {
      type: 'news',
      title: 'Заголовок',
      lead: 'Лид.',
      blocks: [],
      publishedAt: '2025-12-05T10:00:00.000Z',
      updatedAt: '2025-12-05T12:00:00.000Z',
      corrections: [],
      ...over,
    },
    sections: ['Политика', 'Внешняя политика'],
    tags: ['Ильхам Алиев'],
    author: null,
  };
}

test('each story type has its schema.org type and genre', () => {
  const expected: Record<StoryType, [string, string | undefined]> = {
    news: ['NewsArticle', undefined],
    interview: ['NewsArticle', 'interview'],
    opinion: ['OpinionNewsArticle', 'opinion'],
    analysis: ['AnalysisNewsArticle', 'analysis'],
    photo: ['NewsArticle', 'photo'],
    video: ['NewsArticle', 'video'],
    live: ['NewsArticle', 'live'],
  };
  for (const [type, [schemaType, genre]] of Object.entries(expected)) {
    const data = newsArticle(input({ type: type as StoryType }));
    assert.equal(data['@type'], schemaType, type);
    assert.equal(data.genre, genre, type);
  }
});

test('the article names its page, language, dates, sections, author and edition', () => {
  const data = newsArticle({ ...input(), author: 'Анна Келлер' });
  assert.equal(data['@context'], 'https://schema.org');
  assert.deepEqual(data.mainEntityOfPage, {
    '@type': 'WebPage',
    '@id': `${ORIGIN}/ru/politika/story`,
  });
  assert.equal(data.inLanguage, 'ru');
  assert.equal(data.datePublished, '2025-12-05T10:00:00.000Z');
  assert.equal(data.dateModified, '2025-12-05T12:00:00.000Z');
  assert.deepEqual(data.articleSection, ['Политика', 'Внешняя политика']);
  assert.deepEqual(data.author, { '@type': 'Person', name: 'Анна Келлер' });
  assert.deepEqual(data.isPartOf, {
    '@type': 'WebSite',
    '@id': `${ORIGIN}/ru/#website`,
    name: 'Report',
    url: `${ORIGIN}/ru/`,
    inLanguage: 'ru',
  });
  assert.equal(data.image, undefined);
  assert.equal(data.correction, undefined);
  // No byline: the agency is the author.
  const agency = newsArticle({ ...input(), edition: az!, sections: ['Siyasət'] });
  assert.deepEqual(agency.author, { '@type': 'Organization', name: 'Report', url: `${ORIGIN}/` });
  assert.equal(agency.articleSection, 'Siyasət');
});

test('corrections become CorrectionComments; the first picture becomes the image', () => {
  const blocks: Block[] = [
    { type: 'paragraph', content: [{ text: 'x' }] },
    { type: 'image', src: 'javascript:alert(1)', alt: 'bad' },
    { type: 'image', src: '/media/a.jpg', alt: 'a' },
    { type: 'image', src: 'https://cdn.example/b.jpg', alt: 'b' },
  ];
  const data = newsArticle(
    input({ blocks, corrections: [{ at: '2025-12-05T13:00:00.000Z', note: 'Имя исправлено.' }] }),
  );
  assert.deepEqual(data.image, [`${ORIGIN}/media/a.jpg`]);
  assert.deepEqual(data.correction, [
    {
      '@type': 'CorrectionComment',
      text: 'Имя исправлено.',
      datePublished: '2025-12-05T13:00:00.000Z',
    },
  ]);
  assert.equal(firstImage(ORIGIN, blocks.slice(3)), 'https://cdn.example/b.jpg');
});

test('the JSON text cannot close its script element', () => {
  const text = jsonLdText({ headline: '</script><script>alert(1)</script> & <!-- \u2028' });
  assert.doesNotMatch(text, /[<>&\u2028]/);
  assert.deepEqual(JSON.parse(text), {
    headline: '</script><script>alert(1)</script> & <!-- \u2028',
  });
});
