// Table types of live coverage (migration 0019).

import type { Generated } from 'kysely';

export interface LiveCoverageTable {
  story_id: number;
  started_at: string;
  ended_at: string | null;
  /** The seq of the last entry posted: the next one takes last_seq + 1 under the story lock. */
  last_seq: number;
}

export interface LiveEntryTable {
  id: Generated<number>;
  story_id: number;
  seq: number;
  posted_at: string;
  edited_at: string | null;
  author_id: number | null;
  author_name: string;
  /** JSON text of the blocks. */
  body: string;
  key_event: number;
  pinned: number;
  rev: number;
  deleted_at: string | null;
  delete_note: string | null;
}
