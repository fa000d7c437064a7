// Turns what the read side returns into the view models the page views render.

import { focusPercent, type CoverRead } from '../domain/cover.js';
import type { Edition } from '../domain/editions.js';
import { typeLabel, type Story } from '../domain/story.js';
import type { Rubric } from '../domain/taxonomy.js';
import { paths, withPage } from '../domain/urls.js';
import type { EditionChrome } from '../operations/read-site.js';
import type { StoryRead } from '../operations/story-read-model.js';
import type {
  AlternateView,
  ChromeView,
  FeedLinkView,
  LinkView,
  PaginationView,
  PictureView,
  StoryCardView,
} from './view-models.js';

/** How wide pictures are shown, for `sizes`: the home page's top story, a card, a list's thumbnail, a story's cover. */
export const PICTURE_SIZES = {
  top: '(min-width: 64rem) 46rem, 100vw',
  card: '(min-width: 64rem) 22rem, (min-width: 48rem) 45vw, 100vw',
  thumb: '(min-width: 48rem) 13rem, 34vw',
  cover: '(min-width: 64rem) 46rem, 100vw',
} as const;

/** A cover as a responsive picture: every variant in srcset, the one nearest `near` pixels as src. */
export function pictureOf(cover: CoverRead, sizes: string, near = 640): PictureView {
  const { image } = cover;
  const variants = image.variants.length
    ? image.variants
    : [{ width: image.width, height: image.height, url: image.url }];
  const src = variants.find((v) => v.width >= near) ?? variants[variants.length - 1]!;
  const f = focusPercent(cover.focus);
  return {
    src: src.url,
    srcset: variants.map((v) => `${v.url} ${v.width}w`).join(', '),
    sizes,
    width: src.width,
    height: src.height,
    alt: cover.alt,
    focusClass: `fx${Math.round(f.x / 10)} fy${Math.round(f.y / 10)}`,
    caption: cover.caption,
    credit: cover.credit,
  };
}

/** Marks the first picture of a page, in reading order, to load at once; returns the cards. */
export function firstPictureEager<T extends { picture?: PictureView }>(cards: T[]): T[] {
  const first = cards.find((c) => c.picture);
  if (first?.picture) first.picture = { ...first.picture, eager: true };
  return cards;
}

export function rubricLink(edition: Edition, rubric: Rubric): LinkView {
  return { name: rubric.name, url: paths.rubric(edition, rubric.slug) };
}

export function storyUrl(edition: Edition, story: Story, chrome: EditionChrome): string {
  const rubric = chrome.rubricById.get(story.rubricId);
  return paths.story(edition, rubric?.slug ?? 'news', story.slug);
}

/** A story's card in a list, from the read model: its rubric, URL and cover come with it. */
export function storyCard(
  edition: Edition,
  read: StoryRead,
  sizes: string = PICTURE_SIZES.card,
): StoryCardView {
  const { story, cover } = read;
  return {
    ...(cover ? { picture: pictureOf(cover, sizes) } : {}),
    id: story.id,
    title: story.title,
    type: story.type,
    typeLabel: typeLabel(edition.code, story.type),
    url: read.path,
    lead: story.lead,
    publishedAt: story.publishedAt ?? story.createdAt,
    ...(story.publishedDateOnly && story.publishedAt ? { dateOnly: true } : {}),
    rubric: rubricLink(edition, read.rubric),
  };
}

export interface ChromeInput {
  edition: Edition;
  editions: Edition[];
  chrome: EditionChrome;
  title: string;
  canonical: string;
  description?: string;
  robots?: string;
  /** Translations of the current story, by edition code, with their paths. */
  translations?: Map<string, string>;
  /** Public origin for absolute head links; the page's feeds; its picture (absolute). */
  origin?: string;
  feeds?: FeedLinkView[];
  image?: string;
  imageWidth?: number;
  imageHeight?: number;
  imageAlt?: string;
}

export function chromeView(input: ChromeInput): ChromeView {
  const { edition, chrome } = input;
  const alternates: AlternateView[] = input.editions.map((e) => {
    const translated = input.translations?.get(e.code);
    return {
      edition: e,
      url: e.code === edition.code ? input.canonical : (translated ?? paths.home(e)),
      isTranslation:
        e.code === edition.code ? input.translations !== undefined : translated !== undefined,
    };
  });
  return {
    edition,
    alternates,
    hotTags: chrome.hotTags.map((t) => ({ name: t.name, url: paths.tag(edition, t.slug) })),
    rubrics: chrome.rubrics.map((r) => ({
      ...rubricLink(edition, r),
      children: r.children.map((c) => rubricLink(edition, c)),
    })),
    title: input.title,
    canonical: input.canonical,
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.robots !== undefined ? { robots: input.robots } : {}),
    ...(input.origin !== undefined ? { origin: input.origin } : {}),
    ...(input.feeds !== undefined ? { feeds: input.feeds } : {}),
    ...(input.image !== undefined ? { image: input.image } : {}),
    ...(input.imageWidth !== undefined ? { imageWidth: input.imageWidth } : {}),
    ...(input.imageHeight !== undefined ? { imageHeight: input.imageHeight } : {}),
    ...(input.imageAlt !== undefined ? { imageAlt: input.imageAlt } : {}),
  };
}

export function pagination(
  basePath: string,
  page: number,
  total: number,
  size: number,
  /** False when the list was counted only so far: there may be more pages than `total` makes. */
  exact = true,
): PaginationView {
  const pages = Math.max(1, Math.ceil(total / size));
  return {
    page,
    pages,
    pagesExact: exact,
    prevUrl: page > 1 ? withPage(basePath, page - 1) : null,
    nextUrl: page < pages ? withPage(basePath, page + 1) : null,
  };
}
