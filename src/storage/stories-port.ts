// The stories port: a story's rows (with its tags' links) and the lists read from them.

import type { Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import type { Correction, Story, StoryStatus, StoryType } from '../domain/story.js';

/** What is written for a story; ids of taxonomy are resolved before. */
export interface StoryWrite {
  edition: EditionCode;
  type: StoryType;
  status: StoryStatus;
  title: string;
  slug: string;
  lead: string;
  blocks: Block[];
  rubricId: number;
  authorId: number | null;
  tagIds: number[];
  publishedAt: string | null;
  updatedAt: string;
  translationGroup: string | null;
  translatedFromVersion: number | null;
  sourceKey: string | null;
  /** Workflow fields (see Story); left out, an update keeps what the story has. */
  translatedFromId?: number | null;
  embargoUntil?: string | null;
  scheduledAt?: string | null;
  unpublishedReason?: string | null;
  corrections?: Correction[];
  createdBy?: number | null;
  /** Only the day of publication is known (a crawled page's date); left out, an update keeps it. */
  publishedDateOnly?: boolean;
}

export interface StoryQuery {
  edition?: EditionCode;
  statuses?: StoryStatus[];
  /** Stories of this rubric or of its sub-rubrics. */
  rubricIds?: number[];
  tagId?: number;
  types?: StoryType[];
  /** UTC ISO bounds on publishedAt: from inclusive, to exclusive. */
  publishedFrom?: string;
  publishedTo?: string;
  excludeIds?: number[];
  /** Newsroom desk filters: these stories only, the creator ("mine"), the author, words of the headline. */
  ids?: number[];
  createdBy?: number;
  authorId?: number;
  titleContains?: string;
  /** Stories of these translation groups; `translations` keeps only stories made as translations. */
  translationGroups?: string[];
  translations?: boolean;
  /** Only what is out of embargo at this UTC ISO time (no embargo, or one that has lifted). */
  visibleAt?: string;
  /** Newest published first (the default), last updated first, or next scheduled first. */
  order?: 'published' | 'updated' | 'scheduled';
  /** Keyset (newest-published order): only stories after this one, older, or as old with a lower id. */
  before?: StoryCursor;
  /**
   * Count the matches up to this many; 0 counts nothing (`total` is then the stories returned,
   * plus one when more follow). Left out, every match is counted: the newsroom's desk lists.
   * Public lists bound it, so no request counts over the whole archive.
   */
  countUpTo?: number;
  /**
   * Only what a link to each story needs (a sitemap): the stories come without their text
   * (no blocks, no corrections) and without their tags, so a long list reads no bodies.
   */
  linksOnly?: boolean;
  limit: number;
  offset?: number;
}

/** A month of an edition's stories ("2025-12", by UTC publication time) and its last change. */
export interface SitemapMonth {
  edition: EditionCode;
  month: string;
  lastmod: string;
}

/** A place in a newest-published list: the last story a page showed. */
export interface StoryCursor {
  publishedAt: string;
  id: number;
}

export interface StoryPage {
  items: Story[];
  /** The matches, or as many as `countUpTo` allowed. */
  total: number;
  /** More stories follow the page. */
  more: boolean;
}

export interface StoryRepo {
  /**
   * The story's writes below are called by the one story write only (operations/write-story.ts
   * and its bulk form write-stories.ts), which adds the revision, audit line and outbox event;
   * a test in write-story.test.ts fails on any other caller. Each runs in one transaction (the
   * surrounding one when there is one) and updates the search index in it.
   */
  insert(story: StoryWrite): Promise<Story>;
  /** Writes many new stories at once, with their tags and search entries (bulk imports, synthetic archives). */
  insertMany(stories: StoryWrite[]): Promise<number[]>;
  /** Writes a new version of a story; returns null when the story is not there. */
  update(id: number, story: StoryWrite): Promise<Story | null>;

  findById(id: number): Promise<Story | null>;
  /**
   * The story, its row locked against other writers of it until the surrounding transaction ends
   * (PostgreSQL `FOR NO KEY UPDATE`, which leaves the foreign keys of other stories' picks free;
   * SQLite writers are serialised): findById and workflow.lockStory in one statement.
   */
  lockById(id: number): Promise<Story | null>;
  /** The stories of these ids that exist, in no particular order (a page of search results). */
  findByIds(ids: number[]): Promise<Story[]>;
  findBySlug(edition: EditionCode, slug: string): Promise<Story | null>;
  findBySourceKey(sourceKey: string): Promise<Story | null>;
  /** The stories of these sources that exist, in no particular order (a bulk import's batch). */
  findBySourceKeys(sourceKeys: readonly string[]): Promise<Story[]>;
  slugTaken(edition: EditionCode, slug: string, exceptId?: number): Promise<boolean>;
  /** Which of these slugs the edition's stories have (a bulk import's batch, one query). */
  slugsTaken(edition: EditionCode, slugs: readonly string[]): Promise<Set<string>>;
  list(query: StoryQuery): Promise<StoryPage>;
  /**
   * The newest `perRubric` stories of each rubric named, matching `query` (its rubrics, order,
   * limit and paging aside), in one query: the blocks of a home page. Newest first per rubric.
   */
  listNewestByRubric(
    query: Omit<StoryQuery, 'limit'>,
    rubricIds: number[],
    perRubric: number,
  ): Promise<Map<number, Story[]>>;
  /** The stories of a translation group, all editions. */
  listTranslationGroup(group: string): Promise<Story[]>;
  /** Each edition's months with published stories and when their stories last changed (sitemaps). */
  listSitemapMonths(): Promise<SitemapMonth[]>;
  countStories(): Promise<number>;
  /** Whether the archive holds any story: one row read, where a count reads them all. */
  hasStories(): Promise<boolean>;
}
