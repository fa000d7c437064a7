// schema.org structured data of a story page: a NewsArticle (or the subtype its type calls for) as JSON-LD.

import type { Block } from '../domain/blocks.js';
import type { Edition } from '../domain/editions.js';
import type { Correction, StoryType } from '../domain/story.js';
import { paths } from '../domain/urls.js';
import { absoluteUrl } from './feed-links.js';
import { imageSrc } from './views/safe-url.js';

export interface ArticleInput {
  origin: string;
  edition: Edition;
  /** Absolute canonical URL of the story page. */
  url: string;
  story: {
    type: StoryType;
    title: string;
    lead: string;
    blocks: readonly Block[];
    /** UTC ISO instants. */
    publishedAt: string;
    updatedAt: string;
    corrections: readonly Correction[];
  };
  /** The rubric's name, with its parent's first for a sub-rubric. */
  sections: string[];
  tags: string[];
  author: string | null;
  /** Crops of the story's picture (16:9, 4:3, 1:1), absolute; else its first picture as it is. */
  images?: string[];
  /** Every author in byline order with their page (absolute); wins over `author` when given. */
  authors?: { name: string; url: string }[];
}

/** schema.org type and genre of each story type: opinion and analysis have their own types. */
const TYPES: Record<StoryType, { type: string; genre?: string }> = {
  news: { type: 'NewsArticle' },
  interview: { type: 'NewsArticle', genre: 'interview' },
  opinion: { type: 'OpinionNewsArticle', genre: 'opinion' },
  analysis: { type: 'AnalysisNewsArticle', genre: 'analysis' },
  photo: { type: 'NewsArticle', genre: 'photo' },
  video: { type: 'NewsArticle', genre: 'video' },
  live: { type: 'NewsArticle', genre: 'live' },
};

/** The absolute address of the first picture of the body, if it has one. */
export function firstImage(origin: string, blocks: readonly Block[]): string | null {
  for (const block of blocks)
    if (block.type === 'image') {
      const src = imageSrc(block.src);
      if (src) return src.startsWith('/') ? absoluteUrl(origin, src) : src;
    }
  return null;
}

/** The story as a schema.org NewsArticle, OpinionNewsArticle or AnalysisNewsArticle. */
export function newsArticle(input: ArticleInput): Record<string, unknown> {
  const { origin, edition, story } = input;
  const { type, genre } = TYPES[story.type];
  const home = absoluteUrl(origin, paths.home(edition));
  const first = firstImage(origin, story.blocks);
  const images = input.images?.length ? input.images : first ? [first] : [];
  const publisher = {
    '@type': 'NewsMediaOrganization',
    '@id': `${absoluteUrl(origin, '/')}#publisher`,
    name: edition.siteName,
    url: absoluteUrl(origin, '/'),
  };
  return {
    '@context': 'https://schema.org',
    '@type': type,
    ...(genre ? { genre } : {}),
    '@id': `${input.url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: story.title,
    ...(story.lead.trim() ? { description: story.lead.trim() } : {}),
    inLanguage: edition.language,
    datePublished: story.publishedAt,
    dateModified: story.updatedAt,
    ...(input.sections.length
      ? { articleSection: input.sections.length === 1 ? input.sections[0] : input.sections }
      : {}),
    ...(input.tags.length ? { keywords: input.tags } : {}),
    author: input.authors?.length
      ? // One author is one Person; several are a list, in byline order.
        input.authors.length === 1
        ? { '@type': 'Person', name: input.authors[0]!.name, url: input.authors[0]!.url }
        : input.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url }))
      : input.author?.trim()
        ? { '@type': 'Person', name: input.author.trim() }
        : { '@type': 'Organization', name: edition.siteName, url: home },
    publisher,
    isPartOf: {
      '@type': 'WebSite',
      '@id': `${home}#website`,
      name: edition.siteName,
      url: home,
      inLanguage: edition.language,
    },
    ...(images.length ? { image: images } : {}),
    ...(story.corrections.length
      ? {
          correction: story.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.note,
            datePublished: c.at,
          })),
        }
      : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" (and ">", "&", U+2028/2029) escaped, so
 * no text of the story can close the script element or start markup inside it.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
