// The store port: everything operations need from a database, the same on SQLite and PostgreSQL.

import type { Block } from '../domain/blocks.js';
import type { AccountRepo, AuditRepo } from './accounts-port.js';
import type { WorkflowRepo } from './workflow-port.js';
import type { DistributionRepo } from './distribution-port.js';
import type { MediaRepo } from './media-port.js';
import type { LegacyRepo } from './legacy-port.js';
import type { IngestRepo } from './ingest-port.js';
import type { StoryIndex } from './story-index-port.js';
import type { EditionCode } from '../domain/editions.js';
import type { Correction, Story, StoryStatus, StoryType } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';

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

export interface HotTag extends Tag {
  position: number;
  pinned: boolean;
  expiresAt: string | null;
}

/**
 * The unit of work over the stores. `Search` is the search index the composition root plugs in
 * (search/port.ts's SearchIndex); storage itself knows it only as the indexing port it calls.
 */
export interface Store<Search extends StoryIndex = StoryIndex> {
  /** Users, sessions, API tokens, password resets; joins the surrounding transaction. */
  readonly accounts: AccountRepo;
  /** The audit log; joins the surrounding transaction. */
  readonly audit: AuditRepo;
  /** Story workflow state, revisions and taxonomy settings; joins the surrounding transaction. */
  readonly workflow: WorkflowRepo;
  /** The search index; joins the surrounding transaction (story writes update it there). */
  readonly search: Search;
  /** Change stream keys, subscribers, webhooks, the event outbox; joins the surrounding transaction. */
  readonly distribution: DistributionRepo;
  /** The media library's rows (files are in media storage); joins the surrounding transaction. */
  readonly media: MediaRepo;
  /** Old addresses of imported stories and imported sources' hashes; joins the surrounding transaction. */
  readonly legacy: LegacyRepo;
  /** Wire sources and their incoming items; joins the surrounding transaction. */
  readonly ingest: IngestRepo;
  /** Runs fn in one transaction; everything fn writes through `tx` lands together or not at all. */
  transaction<T>(fn: (tx: Store<Search>) => Promise<T>): Promise<T>;
  /** Runs job after the surrounding transaction commits (at once outside one); never after a rollback. */
  afterCommit(job: () => void): void;

  findRubric(edition: EditionCode, name: string, parentId: number | null): Promise<Rubric | null>;
  findRubricBySlug(edition: EditionCode, slug: string): Promise<Rubric | null>;
  findRubricById(id: number): Promise<Rubric | null>;
  createRubric(rubric: Omit<Rubric, 'id'>): Promise<Rubric>;
  listRubrics(edition: EditionCode): Promise<Rubric[]>;

  findTag(edition: EditionCode, name: string): Promise<Tag | null>;
  findTagBySlug(edition: EditionCode, slug: string): Promise<Tag | null>;
  createTag(tag: Omit<Tag, 'id'>): Promise<Tag>;
  listTags(edition: EditionCode): Promise<Tag[]>;

  /** Replaces the hot-tags strip of an edition, in order. */
  setHotTags(
    edition: EditionCode,
    entries: { tagId: number; pinned: boolean; expiresAt: string | null }[],
  ): Promise<void>;
  listHotTags(edition: EditionCode): Promise<HotTag[]>;

  findAuthor(name: string): Promise<Author | null>;
  findAuthorById(id: number): Promise<Author | null>;
  createAuthor(author: Omit<Author, 'id'>): Promise<Author>;

  /** The authors of these ids that exist (one query for a page of stories). */
  findAuthorsByIds(ids: number[]): Promise<Author[]>;
  /** The tags of each of these stories, in the story's order (one query for a page of stories). */
  tagsOfStories(storyIds: number[]): Promise<Map<number, Tag[]>>;

  /** Each edition's months with published stories and when their stories last changed (sitemaps). */
  listSitemapMonths(): Promise<SitemapMonth[]>;

  /**
   * The story's writes below are called by the one story write only (operations/write-story.ts
   * and its bulk form write-stories.ts), which adds the revision, audit line and outbox event;
   * a test in write-story.test.ts fails on any other caller.
   */
  insertStory(story: StoryWrite): Promise<Story>;
  /** Writes many new stories at once, with their tags and search entries (bulk imports, synthetic archives). */
  insertStories(stories: StoryWrite[]): Promise<number[]>;
  /** Writes a new version of a story; returns null when the story is not there. */
  updateStory(id: number, story: StoryWrite): Promise<Story | null>;
  findStoryById(id: number): Promise<Story | null>;
  /** The stories of these ids that exist, in no particular order (a page of search results). */
  findStoriesByIds(ids: number[]): Promise<Story[]>;
  findStoryBySlug(edition: EditionCode, slug: string): Promise<Story | null>;
  findStoryBySourceKey(sourceKey: string): Promise<Story | null>;
  slugTaken(edition: EditionCode, slug: string, exceptId?: number): Promise<boolean>;
  listStories(query: StoryQuery): Promise<StoryPage>;
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
  countStories(): Promise<number>;

  /**
   * Reads what searches and story pages read most into the database server's own memory, as far
   * as it has room: PostgreSQL's shared buffers, which the operating system does not take back
   * when the archive lies idle. Nothing to do on SQLite. For a server's start.
   */
  warm(): Promise<WarmReport>;

  close(): Promise<void>;
}

/** A part of what warm() reads: search entries, ranking vectors, stories... */
export interface WarmPart {
  what: string;
  bytes: number;
  loaded: boolean;
}

export interface WarmReport {
  /** PostgreSQL's shared_buffers in bytes; 0 on SQLite. */
  sharedBuffers: number;
  /** The bytes the parts could fill. */
  room: number;
  /** The bytes of all the parts. */
  wanted: number;
  parts: WarmPart[];
  /** Why nothing or not everything was read, and what to change; null when all was. */
  note: string | null;
}
