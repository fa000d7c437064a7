// The neutral model of a feed (edition, rubric or tag) that the RSS, Atom and JSON Feed writers share.

import { cropUrl } from '../domain/cover.js';
import { authorNameIn, type AuthorProfile } from '../domain/authors.js';
import { bodyText } from '../domain/blocks.js';
import type { Edition, EditionCode } from '../domain/editions.js';
import { typeLabel, type Story } from '../domain/story.js';
import type { Rubric, Tag } from '../domain/taxonomy.js';
import { paths } from '../domain/urls.js';
import { storyHtml } from './body-html.js';
import type { SyndicationContext } from './context.js';
import { absoluteUrl, storyUrn } from './urls.js';
import { escapeText } from './xml.js';

export const FEED_FORMATS = ['rss.xml', 'atom.xml', 'feed.json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export interface FeedCategory {
  name: string;
  /** Slug: stable, ASCII. */
  term: string;
  /** The taxonomy's base URL (an edition's rubrics or tags). */
  scheme: string;
}

export interface FeedItemView {
  id: string;
  url: string;
  /** Headline with the type label readers see on the site ("… - ИНТЕРВЬЮ"). */
  title: string;
  summary: string;
  html: string;
  text: string;
  published: Date;
  modified: Date;
  /** Every author's name, in byline order, joined ("A, B"); null for none. */
  author: string | null;
  /** The authors with their pages. */
  authors: { name: string; url: string }[];
  categories: FeedCategory[];
  language: string;
  /** The story's first image, for enclosures and JSON Feed's image. */
  image: { url: string; type: string } | null;
}

export interface FeedView {
  title: string;
  description: string;
  language: string;
  copyright: string;
  /** The page the feed follows (edition home, rubric or tag page). */
  homeUrl: string;
  /** Absolute URL of this feed in each format. */
  links: Record<FeedFormat, string>;
  updated: Date;
  items: FeedItemView[];
}

const LATEST: Record<EditionCode, string> = {
  az: 'Son xəbərlər',
  ru: 'Последние новости',
  en: 'Latest news',
};

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** The first image of a body as an absolute URL with its media type (from the file's ending). */
export function firstImage(story: Story, origin: string): FeedItemView['image'] {
  const image = story.blocks.find((b) => b.type === 'image');
  if (!image) return null;
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(image.src)?.[1]?.toLowerCase() ?? '';
  const url = /^https?:\/\//i.test(image.src) ? image.src : absoluteUrl(origin, image.src);
  return { url, type: IMAGE_TYPES[ext] ?? 'image/jpeg' };
}

/** One story as a feed item: the whole story, or only its lead when feeds carry summaries. */
export function feedItem(
  story: Story,
  ctx: SyndicationContext,
  content: 'full' | 'summary' = 'full',
): FeedItemView {
  const label = typeLabel(ctx.edition.code, story.type);
  const home = absoluteUrl(ctx.origin, paths.home(ctx.edition));
  const rubrics = ctx.parentRubric ? [ctx.parentRubric, ctx.rubric] : [ctx.rubric];
  return {
    id: storyUrn(ctx.origin, story.id),
    url: ctx.url,
    title: label ? `${story.title} - ${label}` : story.title,
    summary: story.lead,
    html:
      content === 'full'
        ? storyHtml(ctx.origin, story, ctx.edition)
        : `<p>${escapeText(story.lead)}</p>`,
    text: content === 'full' ? bodyText(story.blocks) : story.lead,
    published: new Date(story.publishedAt ?? story.createdAt),
    modified: new Date(story.updatedAt),
    author: ctx.authors.length ? ctx.authors.map((a) => a.name).join(', ') : null,
    authors: ctx.authors,
    categories: [
      ...rubrics.map((r) => ({ name: r.name, term: r.slug, scheme: home })),
      ...ctx.tags.map((t) => ({
        name: t.tag.name,
        term: t.tag.slug,
        scheme: absoluteUrl(ctx.origin, `${ctx.edition.prefix}tags/`),
      })),
    ],
    language: ctx.edition.language,
    image: ctx.cover
      ? {
          url: absoluteUrl(ctx.origin, cropUrl(ctx.cover.image.key, 'share', ctx.cover.focus)),
          type: 'image/jpeg',
        }
      : firstImage(story, ctx.origin),
  };
}

export interface FeedSubject {
  origin: string;
  edition: Edition;
  rubric: Rubric | null;
  tag: Tag | null;
  /** An author's feed: their stories in this edition. */
  author?: AuthorProfile | null;
  now: Date;
}

/** Site path of a feed: "<prefix>rss.xml", "<prefix><rubric>/rss.xml", "<prefix>tags/<tag>/rss.xml". */
export function feedPath(
  edition: Edition,
  format: FeedFormat,
  scope: { rubric?: string | null; tag?: string | null; author?: string | null } = {},
): string {
  if (scope.author) return `${paths.author(edition, scope.author)}${format}`;
  if (scope.rubric) return `${paths.rubric(edition, scope.rubric)}${format}`;
  if (scope.tag) return `${paths.tag(edition, scope.tag)}/${format}`;
  return `${edition.prefix}${format}`;
}

/** The whole feed: its title and links from what it follows, its items newest first. */
export function feedView(subject: FeedSubject, items: FeedItemView[]): FeedView {
  const { origin, edition, rubric, tag } = subject;
  const author = subject.author ?? null;
  const site = edition.siteName;
  const scope = {
    rubric: rubric?.slug ?? null,
    tag: tag?.slug ?? null,
    author: author?.slug ?? null,
  };
  const homePath = author
    ? paths.author(edition, author.slug)
    : rubric
      ? paths.rubric(edition, rubric.slug)
      : tag
        ? paths.tag(edition, tag.slug)
        : paths.home(edition);
  const title = author
    ? `${authorNameIn(author, edition.code)} — ${site}`
    : rubric
      ? `${rubric.name} — ${site}`
      : tag
        ? `${tag.name} — ${site}`
        : site;
  const newest = items.reduce<Date | null>(
    (max, i) => (max === null || i.modified > max ? i.modified : max),
    null,
  );
  return {
    title,
    description: `${LATEST[edition.code]}: ${rubric?.name ?? tag?.name ?? `${site}, ${edition.name}`}`,
    language: edition.language,
    copyright: `© ${site}`,
    homeUrl: absoluteUrl(origin, homePath),
    links: {
      'rss.xml': absoluteUrl(origin, feedPath(edition, 'rss.xml', scope)),
      'atom.xml': absoluteUrl(origin, feedPath(edition, 'atom.xml', scope)),
      'feed.json': absoluteUrl(origin, feedPath(edition, 'feed.json', scope)),
    },
    updated: newest ?? subject.now,
    items,
  };
}
