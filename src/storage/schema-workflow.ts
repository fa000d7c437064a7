// Table types of the newsroom workflow: story revisions.

import type { Generated } from 'kysely';

export interface RevisionTable {
  id: Generated<number>;
  story_id: number;
  /** The story's version this revision saved. */
  version: number;
  saved_at: string;
  /** The user who saved; null for the system and imports. */
  saved_by: number | null;
  saved_by_name: string;
  /** JSON text of the whole story as the newsroom API shows it. */
  snapshot: string;
}
