// What the ninjs and NewsML-G2 readers make of an item: one shape, whatever the format and version.

import type { Block } from '../../domain/blocks.js';

export type NewsPubStatus = 'usable' | 'withheld' | 'canceled';

/** A picture or other file the item points at (ninjs renditions, NewsML-G2 remoteContent). */
export interface Rendition {
  href: string;
  contentType: string;
  width?: number;
  height?: number;
  name?: string;
  /** The picture's caption and credit as the sender gives them (ninjs, NewsML-G2, Media RSS). */
  caption?: string;
  credit?: string;
}

/** One news item, read and mapped, before it is checked and stored. */
export interface NewsItem {
  /** The item's identifier (ninjs uri, NewsML-G2 guid). */
  guid: string;
  /** Its version as sent ("" when none). */
  version: string;
  /** BCP 47 language of the item, "" when it names none. */
  language: string;
  pubStatus: NewsPubStatus;
  title: string;
  lead: string;
  blocks: Block[];
  /** Lede story type from the genre, or news. */
  type: string;
  /** Sections, outermost first ("Economy", "Transport"): the rubric. */
  sections: string[];
  /** Subjects that are not sections (media topics and the like): the rubric when no section. */
  subjects: string[];
  tags: string[];
  places: string[];
  people: string[];
  author: string;
  slug: string;
  /** UTC ISO times or "". */
  publishedAt: string;
  updatedAt: string;
  /** Identifiers (guids) of the same story in other languages. */
  translations: string[];
  /** The sender's translation group, when it tells one (Lede's ninjs). */
  translationGroup: string;
  renditions: Rendition[];
  /** The sender's note to editors (a kill's reason). */
  edNote: string;
}

export function emptyItem(guid: string): NewsItem {
  return {
    guid,
    version: '',
    language: '',
    pubStatus: 'usable',
    title: '',
    lead: '',
    blocks: [],
    type: 'news',
    sections: [],
    subjects: [],
    tags: [],
    places: [],
    people: [],
    author: '',
    slug: '',
    publishedAt: '',
    updatedAt: '',
    translations: [],
    translationGroup: '',
    renditions: [],
    edNote: '',
  };
}

/** An ISO time as UTC, or "" when it is not a time. */
export function isoTime(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) return '';
  const t = new Date(value.trim());
  return Number.isNaN(t.getTime()) ? '' : t.toISOString();
}

/** A file's items could not be read: the message names the file and the reason. */
export class NewsRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
