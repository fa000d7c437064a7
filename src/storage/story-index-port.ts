// The indexing port: what the store calls on the search index as it writes stories; search implements it.

import type { Kysely, Migration } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus, StoryType } from '../domain/story.js';
import type { Dialect } from '../platform/sql-dialect.js';

/** A story as the index takes it: the fields it keeps or analyses, and the ids of its tags. */
export interface IndexedStory {
  id: number;
  edition: EditionCode;
  status: StoryStatus;
  type: StoryType;
  rubricId: number;
  authorId: number | null;
  title: string;
  lead: string;
  blocks: Block[];
  publishedAt: string | null;
  updatedAt: string;
  embargoUntil: string | null;
  tagIds: readonly number[];
}

/** The stories as the index reads them back (a refresh, a rebuild), on the index's connection. */
export interface IndexedStories {
  /** The next `limit` stories after the id `afterId`, in id order. */
  after(afterId: number, limit: number): Promise<IndexedStory[]>;
  /** Stories and their tags were written in bulk: the database learns their new size (PostgreSQL's ANALYZE). */
  analyze(): Promise<void>;
}

/** What the store asks of the index; each call joins the connection or transaction it was opened on. */
export interface StoryIndex {
  /** Adds or replaces a story's entry now, in the transaction it is called in. */
  index(story: IndexedStory): Promise<void>;
  /**
   * Puts the story in the index's queue, in the transaction that changes it: its entry is
   * (re)written after the commit, off the writer's path (search/index-queue.ts), or dropped when
   * the story is gone. What a story write calls.
   */
  queue(storyId: number): Promise<void>;
  /** Adds stories new to the index in one go (bulk writes), in the transaction that writes them. */
  indexNew(stories: IndexedStory[]): Promise<void>;
  /** Rewrites a story's entry from the stories as they are now (a change of status or embargo alone); drops it when the story is gone. */
  refresh(storyId: number): Promise<void>;
  /**
   * Brings the index up to date once the migrations have run (`ran`: the names of those that ran
   * now): fills it again when one emptied it, builds indexes an upgrade left out. `say` hears
   * what takes long before it starts. Not inside a transaction.
   */
  upgrade(ran: readonly string[], say?: (message: string) => void): Promise<void>;
}

/** What the composition root plugs into the store: the index and the migrations of its tables. */
export interface StoryIndexing<Index extends StoryIndex = StoryIndex> {
  /** The migrations of the index's tables, by name; the store runs them with its own in one name order. */
  migrations(dialect: Dialect): Record<string, Migration>;
  /** The index over `db` (the store's connection or its open transaction), reading stories back from `stories`. */
  open<DB>(db: Kysely<DB>, dialect: Dialect, stories: IndexedStories): Index;
}
