// The plain data every public page view is rendered from; routes build these, views only display them.

import type { Block } from '../domain/blocks.js';
import type { Edition } from '../domain/editions.js';
import type { StoryType } from '../domain/story.js';

export interface LinkView {
  name: string;
  url: string;
}

export interface RubricLinkView extends LinkView {
  children: LinkView[];
}

export interface AlternateView {
  edition: Edition;
  /** The same story in that edition when a translation exists, else that edition's home. */
  url: string;
  /** True when url points at a translation of the current story. */
  isTranslation: boolean;
}

/** A feed the page announces with <link rel="alternate">. */
export interface FeedLinkView {
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  title: string;
  url: string;
}

/** Everything around the content: header, hot tags, rubric menu, language switcher, head tags. */
export interface ChromeView {
  edition: Edition;
  alternates: AlternateView[];
  hotTags: LinkView[];
  rubrics: RubricLinkView[];
  /** Document title without the site name. */
  title: string;
  description?: string;
  /** Absolute path of this page, for rel=canonical. */
  canonical: string;
  /** Extra robots directive, e.g. "noindex" on error pages. */
  robots?: string;
  /** The public origin ("https://report.az"): canonical, hreflang and og:url become absolute. */
  origin?: string;
  /** The edition's feeds, and the rubric's or tag's on those pages. */
  feeds?: FeedLinkView[];
  /** Absolute URL of the page's picture, for og:image and twitter:image. */
  image?: string;
}

export interface StoryCardView {
  id: number;
  title: string;
  /** Rendered type label ("ИНТЕРВЬЮ"), empty for news. */
  typeLabel: string;
  type: StoryType;
  url: string;
  lead: string;
  /** UTC ISO instant. */
  publishedAt: string;
  rubric: LinkView | null;
}

export interface SectionView {
  rubric: LinkView;
  stories: StoryCardView[];
}

export interface HomeView {
  chrome: ChromeView;
  top: StoryCardView | null;
  latest: StoryCardView[];
  sections: SectionView[];
}

export interface StoryPageView {
  chrome: ChromeView;
  story: {
    id: number;
    type: StoryType;
    typeLabel: string;
    title: string;
    lead: string;
    blocks: Block[];
    /** UTC ISO instants. */
    publishedAt: string;
    updatedAt: string;
    rubric: LinkView;
    tags: LinkView[];
    author: string | null;
    /** Every author in byline order, named in the edition, with their pages; wins over `author`. */
    authors?: LinkView[];
    /** Dated notes of what was corrected, oldest first. */
    corrections?: { at: string; note: string }[];
  };
  translations: { edition: Edition; url: string; title: string }[];
  related: StoryCardView[];
  /** schema.org data of the story (a NewsArticle), for <script type="application/ld+json">. */
  jsonLd?: Record<string, unknown>;
}

export interface PaginationView {
  /** 0 on a page reached by a cursor (`?before=`): it has no number. */
  page: number;
  pages: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface ListPageView {
  chrome: ChromeView;
  kind: 'rubric' | 'tag' | 'archive' | 'author';
  /** Author pages: the profile above the stories. */
  profile?: {
    bio: string;
    photo: { url: string; srcset: string; width: number; height: number; alt: string } | null;
  };
  heading: string;
  stories: StoryCardView[];
  pagination: PaginationView;
  /** Archive pages: links to the previous and next day. */
  days?: { prev: LinkView | null; next: LinkView | null };
  /** Rubric pages: sub-rubrics. */
  children?: LinkView[];
}

export interface ErrorPageView {
  chrome: ChromeView;
  status: number;
  message: string;
}

/** A piece of a headline or snippet; `mark` for a word the search matched. */
export interface TextPartView {
  text: string;
  mark: boolean;
}

export interface SearchHitView {
  id: number;
  url: string;
  title: TextPartView[];
  typeLabel: string;
  type: StoryType;
  /** UTC ISO instant. */
  publishedAt: string;
  rubric: LinkView | null;
  snippet: TextPartView[];
}

export interface SearchPageView {
  chrome: ChromeView;
  query: string;
  sort: 'relevance' | 'date';
  /** The reader's message when the query cannot be run (unclosed quote ...). */
  error: string | null;
  /** Null before anything was searched. */
  total: number | null;
  /** More than `total` were found (the count stops at 10,000). */
  capped: boolean;
  hits: SearchHitView[];
  /** The corrected query and the address that runs it. */
  suggestion: LinkView | null;
  sortLinks: { relevance: string; date: string };
  pagination: PaginationView;
}
