// Turns what the read side returns into the view models the page views render.

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
  StoryCardView,
} from './view-models.js';

export function rubricLink(edition: Edition, rubric: Rubric): LinkView {
  return { name: rubric.name, url: paths.rubric(edition, rubric.slug) };
}

export function storyUrl(edition: Edition, story: Story, chrome: EditionChrome): string {
  const rubric = chrome.rubricById.get(story.rubricId);
  return paths.story(edition, rubric?.slug ?? 'news', story.slug);
}

/** A story's card in a list, from the read model: its rubric and URL come with it. */
export function storyCard(edition: Edition, read: StoryRead): StoryCardView {
  const { story } = read;
  return {
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
  };
}

export function pagination(
  basePath: string,
  page: number,
  total: number,
  size: number,
): PaginationView {
  const pages = Math.max(1, Math.ceil(total / size));
  return {
    page,
    pages,
    prevUrl: page > 1 ? withPage(basePath, page - 1) : null,
    nextUrl: page < pages ? withPage(basePath, page + 1) : null,
  };
}
