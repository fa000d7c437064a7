// Table types of wire sources and their incoming items (migration 0018).

import type { Generated } from 'kysely';

export interface IngestSourceTable {
  id: Generated<number>;
  name: string;
  url: string | null;
  dir: string | null;
  format: string;
  edition: string;
  every_seconds: number;
  created_at: string;
  next_poll_at: string;
  claimed_until: string | null;
  last_poll_at: string | null;
  last_error: string | null;
  failures: Generated<number>;
}

export interface IngestItemTable {
  id: Generated<number>;
  source_id: number;
  guid: string;
  version: string;
  hash: string;
  status: string;
  edition: string;
  title: string;
  story: string;
  note: string | null;
  error: string | null;
  attempts: Generated<number>;
  retry_at: string | null;
  received_at: string;
  updated_at: string;
  story_id: number | null;
}
