// The archive calendar's port: which days (months, years) of an edition have stories the public may see.

import type { EditionCode } from '../domain/editions.js';

/** A stretch of time named by its key ("2025-12-05", "2025-12", "2025"): UTC ISO bounds, from inclusive, to exclusive. */
export interface CalendarSpan {
  key: string;
  from: string;
  to: string;
}

export interface CalendarRepo {
  /**
   * The keys of the spans that hold at least one public story of the edition at `now` (published,
   * out by then, past its embargo), in the order given. One index seek per span, however many
   * stories a span holds: a year of days is 366 seeks, never a read of the year's stories.
   */
  spansWithStories(edition: EditionCode, spans: CalendarSpan[], now: string): Promise<string[]>;
  /** The publication time of the edition's first public story at `now`, or null when it has none. */
  firstPublished(edition: EditionCode, now: string): Promise<string | null>;
}
