// The plain data every public page view is rendered from; routes build these, views only display them.

import type { Block } from '../domain/blocks.js';
import type { Edition } from '../domain/editions.js';
import type { StoryType } from '../domain/story.js';
import type { LiveBlogView } from './views/live-blog.js';

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
  /** The picture's size and alt text when Lede knows them (a 1200×630 crop of a cover). */
  imageWidth?: number;
  imageHeight?: number;
  imageAlt?: string;
}

/** A picture of a page: a variant as src, every variant in srcset, its box size, the focal point as a class. */
export interface PictureView {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  /** "fx4 fy3": the focal point in tenths, where CSS crops the picture (object-position). */
  focusClass: string;
  /** The page's first picture: loaded at once with high priority; the others lazily. */
  eager?: boolean;
  caption?: string | null;
  credit?: string | null;
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
  /** Only the day of publication is known: the card shows the date without a time. */
  dateOnly?: boolean;
  rubric: LinkView | null;
  /** The cover image, when the story has one. */
  picture?: PictureView;
}

/** The side column of list pages: the edition's latest stories, and the most read when counted. */
export interface SideView {
  latest: StoryCardView[];
  /** Rendered only when given (read counts come from elsewhere). */
  mostRead?: StoryCardView[];
}

/** A link to share a story on a service, with its accessible name in the edition's language. */
export interface ShareLinkView {
  service: 'telegram' | 'whatsapp' | 'facebook' | 'x' | 'email';
  /** What the link shows ("Telegram", "E-mail"). */
  name: string;
  /** Its accessible name ("Поделиться в Telegram"); it contains `name`. */
  label: string;
  url: string;
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
  /** The edition's most read (read counts); left out before anything is counted. */
  mostRead?: MostReadView;
}

/** Most read stories over the last 24 hours and 7 days, most read first. */
export interface MostReadView {
  day: StoryCardView[];
  week: StoryCardView[];
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
    /** Only the day of publication is known: shown without a time. */
    dateOnly?: boolean;
    updatedAt: string;
    rubric: LinkView;
    tags: LinkView[];
    author: string | null;
    /** Every author in byline order, named in the edition, with their pages; wins over `author`. */
    authors?: LinkView[];
    /** Dated notes of what was corrected, oldest first. */
    corrections?: { at: string; note: string }[];
    /** The cover image, shown whole above the body and loaded at once. */
    cover?: PictureView;
  };
  translations: { edition: Edition; url: string; title: string }[];
  related: StoryCardView[];
  /** Plain links that share the story (no script of the services); none when left out. */
  share?: ShareLinkView[];
  /** The story's absolute address, printed at the foot of a printed page. */
  printUrl?: string;
  /** schema.org data of the story (a NewsArticle), for <script type="application/ld+json">. */
  jsonLd?: Record<string, unknown>;
  /** A live story's entries and update resources. */
  live?: LiveBlogView;
  /** Where the page reports a view (read counts without cookies): a script's POST, an image without JavaScript. */
  beacon?: { url: string; pixelUrl: string; scriptUrl: string };
}

export interface PaginationView {
  /** 0 on a page reached by a cursor (`?before=`): it has no number. */
  page: number;
  /** The pages known to exist: all of them when `pagesExact`, else at least these. */
  pages: number;
  pagesExact: boolean;
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
  /** Archive pages: the month's calendar page. */
  calendar?: LinkView;
  side?: SideView;
}

/** One day of a month grid; `url` when the day has stories. */
export interface CalendarDayView {
  day: number;
  /** The day in full ("05 декабря, 2025"), for its link's accessible name. */
  label: string;
  url: string | null;
}

export interface CalendarMonthView {
  /** "Декабрь 2025" */
  name: string;
  /** The month's own page. */
  url: string;
  /** Weeks from Monday; null where a week runs into the month before or after. */
  weeks: (CalendarDayView | null)[][];
}

/** The archive calendar: `<prefix>archive/`, a year, or a month. */
export interface CalendarPageView {
  chrome: ChromeView;
  heading: string;
  /** Years with stories, newest first; `current` marks the one shown. */
  years: (LinkView & { current: boolean })[];
  months: CalendarMonthView[];
  side?: SideView;
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
  dateOnly?: boolean;
  rubric: LinkView | null;
  snippet: TextPartView[];
  /** The cover image, when the story has one. */
  picture?: PictureView;
}

/** One choice of a search filter, as a plain link; `current` for the one in force. */
export interface FilterLinkView extends LinkView {
  current: boolean;
}

export interface SearchFiltersView {
  rubric: FilterLinkView[];
  type: FilterLinkView[];
  date: FilterLinkView[];
  /** What the GET form holds now: slugs, type, days "YYYY-MM-DD" ("" for none). */
  values: { rubric: string; type: string; from: string; to: string };
  /** The form's choices. */
  rubrics: { value: string; name: string }[];
  types: { value: string; name: string }[];
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
  /** A query of common words only ("the", "и", "və"): a friendly note instead of results. */
  onlyCommonWords?: boolean;
  filters?: SearchFiltersView;
  side?: SideView;
}
