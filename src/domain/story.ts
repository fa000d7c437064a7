// The story: one item of one edition, its type (genre), status and the JSON shape it travels in.

import type { Block } from './blocks.js';
import type { CoverInput } from './cover.js';
import type { EditionCode } from './editions.js';

export const STORY_TYPES = [
  'news',
  'interview',
  'opinion',
  'analysis',
  'photo',
  'video',
  'live',
] as const;
export type StoryType = (typeof STORY_TYPES)[number];

export const STORY_STATUSES = [
  'draft',
  'review',
  'approved',
  'scheduled',
  'published',
  'unpublished',
] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/**
 * The story as it travels everywhere it is read or written: what the crawl
 * parser prints, what the newsroom API takes, what the importers store.
 */
export interface StoryInput {
  edition: EditionCode;
  type: StoryType;
  title: string;
  /** Rubric name in the edition's language ("Внешняя политика"); "Parent / Child" for a sub-rubric. */
  rubric: string;
  lead: string;
  blocks: Block[];
  tags?: string[];
  /** The edition's trending-tags strip as seen on the page (crawl imports only). */
  hotTags?: string[];
  author?: string;
  /** Several authors in byline order: names, or profile ids (the newsroom's picker). */
  authors?: (string | number | { id: number })[];
  /** ISO 8601 with offset. */
  publishedAt?: string;
  /** The source gives the day of publication only (publishedAt is then the local midnight). */
  publishedDateOnly?: boolean;
  /** Stable key of the source this story came from (a crawled file's story, an export's guid). */
  sourceKey?: string;
  /** Slug to keep (imports); otherwise made from the title. */
  slug?: string;
  /** The cover image: a media-library item, the story's texts for it and a focal point. */
  cover?: CoverInput | null;
  /** Stories the editors pick as related, in order, by id (any edition: readers get their edition's translation). */
  related?: (number | { id: number })[];
}

/** A stored story as the read side sees it. */
export interface Story {
  id: number;
  edition: EditionCode;
  type: StoryType;
  status: StoryStatus;
  title: string;
  slug: string;
  lead: string;
  blocks: Block[];
  rubricId: number;
  authorId: number | null;
  tags: string[];
  /** UTC ISO strings. */
  publishedAt: string | null;
  /**
   * Only the day of publication is known (a crawled page gives a date, no time): publishedAt is
   * that day's local midnight, and readers see the date without a time. Absent means false.
   */
  publishedDateOnly?: boolean;
  updatedAt: string;
  createdAt: string;
  translationGroup: string | null;
  /** Version of the source story this translation was made from. */
  translatedFromVersion: number | null;
  sourceKey: string | null;
  version: number;
  /**
   * Position of the story's last write in the order of all story writes (content, status,
   * embargo): what partners' feeds use as the item's version, since a withdrawal is news to them
   * even though the text did not change.
   */
  changeSeq?: number;
  /** The story this translation was made from (its version is translatedFromVersion). */
  translatedFromId: number | null;
  /** UTC ISO time before which the story is never on the public site. */
  embargoUntil: string | null;
  /** UTC ISO time a scheduled story goes out. */
  scheduledAt: string | null;
  /** Why the story was withdrawn (status unpublished). */
  unpublishedReason: string | null;
  /** Visible, dated notes of what was corrected after publication, oldest first. */
  corrections: Correction[];
  /** The newsroom user who created the story; null for imports and the system. */
  createdBy: number | null;
}

/** A correction: when a published story was changed and the note readers see. */
export interface Correction {
  /** UTC ISO time. */
  at: string;
  note: string;
}

export function isStoryType(value: unknown): value is StoryType {
  return typeof value === 'string' && (STORY_TYPES as readonly string[]).includes(value);
}

/**
 * The label rendered after the headline (" - ИНТЕРВЬЮ"); plain news has none.
 * The label is always rendered from the type, never typed by hand.
 */
export const TYPE_LABELS: Record<EditionCode, Record<StoryType, string>> = {
  ru: {
    news: '',
    interview: 'ИНТЕРВЬЮ',
    opinion: 'МНЕНИЕ',
    analysis: 'АНАЛИТИКА',
    photo: 'ФОТО',
    video: 'ВИДЕО',
    live: 'ОНЛАЙН',
  },
  az: {
    news: '',
    interview: 'MÜSAHİBƏ',
    opinion: 'RƏY',
    analysis: 'TƏHLİL',
    photo: 'FOTO',
    video: 'VİDEO',
    live: 'CANLI',
  },
  en: {
    news: '',
    interview: 'INTERVIEW',
    opinion: 'OPINION',
    analysis: 'ANALYSIS',
    photo: 'PHOTO',
    video: 'VIDEO',
    live: 'LIVE',
  },
};

export function typeLabel(edition: EditionCode, type: StoryType): string {
  return TYPE_LABELS[edition][type];
}

/** Statuses a reader may see on the public site. */
export function isPublic(status: StoryStatus): boolean {
  return status === 'published';
}
