// The ingest port: wire sources the server polls, and the items they bring to the desk's Incoming view.

import type { EditionCode } from '../domain/editions.js';

export const INGEST_FORMATS = ['ninjs', 'newsml', 'rss', 'atom'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export interface IngestSource {
  id: number;
  name: string;
  /** Polled over HTTP(S), or null for a watched folder. */
  url: string | null;
  dir: string | null;
  format: IngestFormat;
  edition: EditionCode;
  everySeconds: number;
  /** UTC ISO times. */
  createdAt: string;
  nextPollAt: string;
  lastPollAt: string | null;
  lastError: string | null;
  /** Failed polls in a row (the backoff grows with it). */
  failures: number;
}

export type IncomingStatus = 'incoming' | 'withdrawn' | 'taken' | 'failed';

export interface IncomingItem {
  id: number;
  sourceId: number;
  guid: string;
  version: string;
  hash: string;
  status: IncomingStatus;
  edition: EditionCode;
  title: string;
  /** The story in its JSON shape, as the item maps (text). */
  story: string;
  /** The sender's note (a kill's reason), or ours. */
  note: string | null;
  error: string | null;
  attempts: number;
  retryAt: string | null;
  receivedAt: string;
  updatedAt: string;
  /** The draft an editor took it into. */
  storyId: number | null;
}

export interface SourceCounts {
  incoming: number;
  withdrawn: number;
  taken: number;
  failed: number;
}

export interface IngestRepo {
  /** A new source; null when the name is taken. */
  addSource(
    source: Omit<IngestSource, 'id' | 'lastPollAt' | 'lastError' | 'failures'>,
  ): Promise<IngestSource | null>;
  findSource(id: number): Promise<IngestSource | null>;
  listSources(): Promise<(IngestSource & { counts: SourceCounts })[]>;
  /** Removes a source and its incoming items; false when there is none of that name. */
  removeSource(name: string): Promise<boolean>;
  /**
   * Claims the source due first (next_poll_at <= now, not held by another process) until
   * `leaseUntil`; null when none is due. One process wins a source, however many ask.
   */
  claimDueSource(now: string, leaseUntil: string): Promise<IngestSource | null>;
  /** The poll's outcome, and the claim let go. */
  finishPoll(
    id: number,
    outcome: { lastPollAt: string; lastError: string | null; failures: number; nextPollAt: string },
  ): Promise<void>;
  /** When a source is next due (UTC ISO), or null with no source. */
  nextDue(): Promise<string | null>;
  findItem(sourceId: number, guid: string): Promise<IncomingItem | null>;
  findItemById(id: number): Promise<IncomingItem | null>;
  /** Inserts the item, or replaces the one with the same source and guid. */
  saveItem(item: Omit<IncomingItem, 'id'>): Promise<IncomingItem>;
  /** Incoming and withdrawn items of an edition (or all), newest first. */
  listItems(query: {
    edition?: EditionCode;
    statuses: IncomingStatus[];
    limit: number;
  }): Promise<IncomingItem[]>;
  /** Marks the item taken into a story; false when it is no longer incoming (taken by another). */
  markTaken(id: number, storyId: number, at: string): Promise<boolean>;
}
