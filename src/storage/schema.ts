// Table types of the database, shared by the SQLite and PostgreSQL stores.

import type { Generated } from 'kysely';
import type * as Accounts from './schema-accounts.js';
import type { RevisionTable } from './schema-workflow.js';
import type * as Distribution from './schema-distribution.js';
import type { MediaTable } from './schema-media.js';
import type { ImportSourceTable, LegacyPathTable } from './schema-legacy.js';
import type { StoryCoverTable } from './schema-covers.js';
import type { LiveCoverageTable, LiveEntryTable } from './schema-live.js';
import type { AuthorNameTable, StoryAuthorTable } from './schema-authors.js';
import type * as TwoFactor from './schema-two-factor.js';
import type { IngestItemTable, IngestSourceTable } from './schema-ingest.js';
import type * as Reads from './schema-read-counts.js';

export interface RubricTable {
  id: Generated<number>;
  edition: string;
  slug: string;
  name: string;
  name_key: string;
  parent_id: number | null;
  position: number;
  /** Links the same rubric across editions (migration 0017); null when not linked. */
  link_key: string | null;
  /** 1: not in menus or public lists, its page answers 404 (migration 0016). */
  hidden: Generated<number>;
}

export interface TagTable {
  id: Generated<number>;
  edition: string;
  slug: string;
  name: string;
  name_key: string;
  /** 1: not in strips or public lists, its page answers 404 (migration 0016). */
  hidden: Generated<number>;
  /** Links the same tag across editions (migration 0024); null when not linked. */
  link_key: string | null;
}

/** The slug of a merged rubric or tag, answering 301 to the one it went into (migration 0016). */
export interface TaxonomyRedirectTable {
  edition: string;
  kind: 'rubric' | 'tag';
  slug: string;
  target_id: number;
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
  /** Migration 0017: a media-library item, the newsroom user. */
  photo_id: number | null;
  user_id: number | null;
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
  /** 1 when only the day of publication is known (migration 0020). */
  published_date_only: Generated<number>;
}

export interface StoryTagTable {
  story_id: number;
  tag_id: number;
  position: number;
  /** The story's published_at, so a tag's list walks one index (migration 0013). */
  published_at: string | null;
}

/** A story an editor picked as related to another, in the order picked (migration 0024). */
export interface StoryRelatedTable {
  story_id: number;
  related_id: number;
  position: number;
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
  story_related: StoryRelatedTable;
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
  story_cover: StoryCoverTable;
  live_coverage: LiveCoverageTable;
  live_entry: LiveEntryTable;
  author_name: AuthorNameTable;
  story_author: StoryAuthorTable;
  two_factor: TwoFactor.TwoFactorTable;
  recovery_code: TwoFactor.RecoveryCodeTable;
  login_challenge: TwoFactor.LoginChallengeTable;
  two_factor_role: TwoFactor.TwoFactorRoleTable;
  taxonomy_redirect: TaxonomyRedirectTable;
  ingest_source: IngestSourceTable;
  ingest_item: IngestItemTable;
  read_count: Reads.ReadCountTable;
  read_recent: Reads.ReadRecentTable;
  read_seen: Reads.ReadSeenTable;
  read_salt: Reads.ReadSaltTable;
  hot_tag_trend: Reads.HotTagTrendTable;
  hot_tag_block: Reads.HotTagBlockTable;
}
