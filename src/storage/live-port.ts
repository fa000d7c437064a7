// The live port: a live story's coverage times and its entries. Its writes are called by the one story write only.

import type { Block } from '../domain/blocks.js';
import type { LiveCoverage, LiveEntry } from '../domain/live.js';

export interface NewLiveEntry {
  postedAt: string;
  authorId: number | null;
  authorName: string;
  blocks: Block[];
  keyEvent: boolean;
  pinned: boolean;
}

export interface LiveEntryPatch {
  blocks?: Block[];
  keyEvent?: boolean;
  pinned?: boolean;
}

/** One range's state: its entries (deleted ones included) and its version (the sum of their revs). */
export interface RangeState {
  range: number;
  count: number;
  version: number;
}

export interface LiveRepo {
  coverage(storyId: number): Promise<LiveCoverage | null>;
  /** Starts coverage at `at` when it has not started; returns it as it is. */
  ensureCoverage(storyId: number, at: string): Promise<LiveCoverage>;
  /** Closes coverage at `endedAt`, or reopens it (null). */
  setCoverageEnd(storyId: number, endedAt: string | null): Promise<void>;
  /**
   * Adds an entry with the story's next seq. Call inside a transaction that has locked the story
   * (stories.lockById); the coverage row's counter is bumped under its own row lock besides, so
   * two posts at once take two seqs. A pinned entry unpins the others.
   */
  insertEntry(storyId: number, entry: NewLiveEntry): Promise<LiveEntry>;
  /** Changes an entry (its rev grows; `editedAt` set when its blocks change); null when not there. */
  updateEntry(id: number, patch: LiveEntryPatch, at: string): Promise<LiveEntry | null>;
  /** Marks an entry deleted with a note; null when not there. */
  deleteEntry(id: number, at: string, note: string): Promise<LiveEntry | null>;
  findEntry(id: number): Promise<LiveEntry | null>;
  /** The story's entries with seq in [fromSeq, toSeq] (all by default), deleted ones too, by seq. */
  listEntries(storyId: number, fromSeq?: number, toSeq?: number): Promise<LiveEntry[]>;
  /** The entries of many stories (deleted ones too), by story, by seq: one query for a page of stories. */
  entriesOfStories(storyIds: number[]): Promise<Map<number, LiveEntry[]>>;
  /** The id of the story's pinned entry (not deleted), or null. */
  pinnedEntry(storyId: number): Promise<number | null>;
  /** Every range of the story that has entries, by range number. */
  rangeStates(storyId: number): Promise<RangeState[]>;
  /**
   * The story has changed through its entries: its updated time, its change sequence (partners
   * see a new version) and its lists' lastmod. For the one story write only.
   */
  markStoryChanged(storyId: number, at: string): Promise<void>;
}
