// Table types of the database, shared by the SQLite and PostgreSQL stores.

import type { Generated } from 'kysely';
import type * as Accounts from './schema-accounts.js';
import type { RevisionTable } from './schema-workflow.js';
import type * as Distribution from './schema-distribution.js';
import type { MediaTable } from './schema-media.js';
import type { ImportSourceTable, LegacyPathTable } from './schema-legacy.js';
import type { IngestItemTable, IngestSourceTable } from './schema-ingest.js';

export interface RubricTable {
  id: Generated<number>;
  edition: string;
  slug: string;
  name: string;
  name_key: string;
  parent_id: number | null;
  position: number;
}

export interface TagTable {
  id: Generated<number>;
  edition: string;
  slug: string;
  name: string;
  name_key: string;
}

export interface HotTagTable {
  edition: string;
  tag_id: number;
  position: number;
  pinned: number;
  expires_at: string | null;
}

export interface AuthorTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  slug: string;
}

export interface StoryTable {
  id: Generated<number>;
  edition: string;
  type: string;
  status: string;
  title: string;
  slug: string;
  lead: string;
  /** JSON text of the blocks. */
  body: string;
  rubric_id: number;
  author_id: number | null;
  /** UTC ISO 8601 text ("2025-12-05T10:30:00.000Z"): sorts the same on both databases. */
  published_at: string | null;
  updated_at: string;
  created_at: string;
  translation_group: string | null;
  translated_from_version: number | null;
  source_key: string | null;
  version: number;
  translated_from_id: number | null;
  embargo_until: string | null;
  scheduled_at: string | null;
  unpublished_reason: string | null;
  /** JSON text of the corrections ({at, note}[]); null for none. */
  corrections: string | null;
  created_by: number | null;
  /** Case-folded headline (nameKey) for the desk's headline search. */
  title_key: string | null;
  /** Story change sequence (see storage/change-seq.ts): the subscriber stream's cursor. */
  change_seq: number | null;
}

export interface StoryTagTable {
  story_id: number;
  tag_id: number;
  position: number;
  /** The story's published_at, so a tag's list walks one index (migration 0013). */
  published_at: string | null;
}

/** When the stories of an edition published in a month last changed (sitemap lastmod). */
export interface SitemapMonthTable {
  edition: string;
  /** "2025-12" */
  month: string;
  lastmod: string;
}

export interface Database {
  rubric: RubricTable;
  tag: TagTable;
  hot_tag: HotTagTable;
  author: AuthorTable;
  story: StoryTable;
  story_tag: StoryTagTable;
  sitemap_month: SitemapMonthTable;
  app_user: Accounts.AppUserTable;
  session: Accounts.SessionTable;
  api_token: Accounts.ApiTokenTable;
  password_reset: Accounts.PasswordResetTable;
  login_failure: Accounts.LoginFailureTable;
  audit_log: Accounts.AuditLogTable;
  revision: RevisionTable;
  subscriber: Distribution.SubscriberTable;
  webhook: Distribution.WebhookTable;
  story_event: Distribution.StoryEventTable;
  delivery: Distribution.DeliveryTable;
  media: MediaTable;
  legacy_path: LegacyPathTable;
  import_source: ImportSourceTable;
  ingest_source: IngestSourceTable;
  ingest_item: IngestItemTable;
}
