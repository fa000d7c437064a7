// Live coverage: the entries of a live story, how they are numbered into fixed ranges, and how often readers poll.

import type { Block } from './blocks.js';

/** One entry of a live story, as stored and as the newsroom API answers it. */
export interface LiveEntry {
  id: number;
  storyId: number;
  /** Its place in the story: 1 for the first entry ever posted, never reused. */
  seq: number;
  /** UTC ISO time it was posted. */
  postedAt: string;
  /** UTC ISO time of its last correction; null when never edited. */
  editedAt: string | null;
  /** Who posted it (the poster's name; a user id when a person posted it). */
  authorId: number | null;
  authorName: string;
  blocks: Block[];
  keyEvent: boolean;
  pinned: boolean;
  /** Grows with every change of the entry (1 when posted): a range's version sums them. */
  rev: number;
  /** Deleted entries stay, with the time and the note, for the record; readers no longer see them. */
  deletedAt: string | null;
  deleteNote: string | null;
}

/** When coverage began and, once closed, ended. */
export interface LiveCoverage {
  storyId: number;
  startedAt: string;
  /** Null while the story is open. */
  endedAt: string | null;
  /** The seq of the last entry posted (0 before the first). */
  lastSeq: number;
}

/** Entries per range: range n holds seqs n*RANGE_SIZE+1 … (n+1)*RANGE_SIZE. */
export const RANGE_SIZE = 20;

/** How often a reader's page asks for the head while coverage is open, and once closed. */
export const POLL_SECONDS_OPEN = 10;
export const POLL_SECONDS_CLOSED = 300;

/** The range an entry's seq falls in (0-based). */
export function rangeOf(seq: number): number {
  return Math.floor((seq - 1) / RANGE_SIZE);
}

/** Whether range n can take no more entries: its last seq has been given out. */
export function rangeIsFull(n: number, lastSeq: number): boolean {
  return lastSeq >= (n + 1) * RANGE_SIZE;
}

/** The number of ranges a story with this last seq has (0 before the first entry). */
export function rangeCount(lastSeq: number): number {
  return lastSeq === 0 ? 0 : rangeOf(lastSeq) + 1;
}

/** The entries readers see: not deleted; the pinned one first, then newest first. */
export function readerOrder(entries: readonly LiveEntry[]): LiveEntry[] {
  const shown = entries.filter((e) => e.deletedAt === null);
  return shown.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.seq - a.seq);
}

/** How many of a live story's newest entries feeds and partners receive with the story. */
export const SYNDICATED_ENTRIES = 200;

/**
 * A live story's body as feeds and partners receive it: its own blocks, then each entry readers
 * see, newest first, under a heading with its time ("14:30", the agency's zone, from `timeOf`).
 */
export function withEntries(
  blocks: readonly Block[],
  entries: readonly LiveEntry[],
  timeOf: (iso: string) => string,
): Block[] {
  const shown = readerOrder(entries).slice(0, SYNDICATED_ENTRIES);
  return [
    ...blocks,
    ...shown.flatMap((e): Block[] => [
      { type: 'heading', level: 3, content: [{ text: timeOf(e.postedAt) }] },
      ...e.blocks,
    ]),
  ];
}

/** Entries a live story's page shows (the pinned one aside); older ones are on `?page=2`, 3… */
export const LIVE_PAGE_ENTRIES = 50;

export interface EntriesPage {
  page: number;
  pages: number;
  /** The pinned entry (page 1 only), then this page's entries, newest first. */
  entries: LiveEntry[];
  /** The page each entry readers see is on, by entry id (for links to key events). */
  pageOf: Map<number, number>;
}

/** Page `page` (from 1) of the entries readers see; null when there is no such page. */
export function entriesPage(entries: readonly LiveEntry[], page: number): EntriesPage | null {
  const shown = readerOrder(entries);
  const pinned = shown.filter((e) => e.pinned);
  const rest = shown.filter((e) => !e.pinned);
  const pages = Math.max(1, Math.ceil(rest.length / LIVE_PAGE_ENTRIES));
  if (page < 1 || page > pages) return null;
  const pageOf = new Map<number, number>(pinned.map((e) => [e.id, 1]));
  rest.forEach((e, i) => pageOf.set(e.id, Math.floor(i / LIVE_PAGE_ENTRIES) + 1));
  const slice = rest.slice((page - 1) * LIVE_PAGE_ENTRIES, page * LIVE_PAGE_ENTRIES);
  return { page, pages, entries: page === 1 ? [...pinned, ...slice] : slice, pageOf };
}
