// The store port: the unit of work over one repository per aggregate, the same on SQLite and PostgreSQL.

import type { AccountRepo, AuditRepo } from './accounts-port.js';
import type { DistributionRepo } from './distribution-port.js';
import type { LegacyRepo } from './legacy-port.js';
import type { CalendarRepo } from './calendar-port.js';
import type { MediaRepo } from './media-port.js';
import type { StoryRepo } from './stories-port.js';
import type { CoverRepo } from './cover-port.js';
import type { RelatedRepo } from './related-port.js';
import type { LiveRepo } from './live-port.js';
import type { AuthorRepo } from './authors-port.js';
import type { TwoFactorRepo } from './two-factor-port.js';
import type { TaxonomyGuardRepo } from './taxonomy-guard-port.js';
import type { IngestRepo } from './ingest-port.js';
import type { HotTagTrendRepo, ReadCountRepo } from './read-counts-port.js';
import type { StoryIndex } from './story-index-port.js';
import type { TaxonomyRepo } from './taxonomy-port.js';
import type { WorkflowRepo } from './workflow-port.js';

/**
 * The unit of work over the stores. Each repository joins the surrounding transaction: what is
 * written through `tx`'s repositories in `transaction(fn)` lands together or not at all.
 * `Search` is the search index the composition root plugs in (search/port.ts's SearchIndex);
 * storage itself knows it only as the indexing port it calls.
 */
export interface Store<Search extends StoryIndex = StoryIndex> {
  /** Stories: their rows, tags' links and lists; writes only through operations/write-story.ts. */
  readonly stories: StoryRepo;
  /** Rubrics, tags, hot tags, authors and their settings. */
  readonly taxonomy: TaxonomyRepo;
  /** Story workflow state, revisions and the schedule. */
  readonly workflow: WorkflowRepo;
  /** Users, sessions, API tokens, password resets. */
  readonly accounts: AccountRepo;
  /** The audit log. */
  readonly audit: AuditRepo;
  /** The search index (story writes update it in their transaction). */
  readonly search: Search;
  /** Change stream keys, subscribers, webhooks, the event outbox. */
  readonly distribution: DistributionRepo;
  /** The media library's rows (files are in media storage). */
  readonly media: MediaRepo;
  /** Old addresses of imported stories and imported sources' hashes. */
  readonly legacy: LegacyRepo;
  /** Which days, months and years of an edition have public stories (the archive calendar). */
  readonly calendar: CalendarRepo;
  /** Stories' cover images; joins the surrounding transaction (written by the story write only). */
  readonly covers: CoverRepo;
  /** Stories' picked related stories and the stories sharing their tags; joins the surrounding transaction (picks written by the story write only). */
  readonly related: RelatedRepo;
  /** Live stories' coverage and entries; joins the surrounding transaction (writes: the one story write only). */
  readonly live: LiveRepo;
  /** Author profiles, a story's authors in order, rubric links across editions; joins the surrounding transaction. */
  readonly authors: AuthorRepo;
  /** TOTP enrolments, recovery codes, pending second steps, roles that require them; joins the surrounding transaction. */
  readonly twoFactor: TwoFactorRepo;
  /** Hiding, merging and deleting rubrics and tags, and merged slugs' redirects; joins the surrounding transaction. */
  readonly taxonomyGuard: TaxonomyGuardRepo;
  /** Wire sources and their incoming items; joins the surrounding transaction. */
  readonly ingest: IngestRepo;
  /** Readers' views per story (counted without cookies); never a story write. Joins the surrounding transaction. */
  readonly readCounts: ReadCountRepo;
  /** Whether an edition's hot-tags strip follows the trend, and the tags it never takes. */
  readonly hotTagTrend: HotTagTrendRepo;
  /** Runs fn in one transaction; everything fn writes through `tx` lands together or not at all. */
  transaction<T>(fn: (tx: Store<Search>) => Promise<T>): Promise<T>;
  /** Runs job after the surrounding transaction commits (at once outside one); never after a rollback. */
  afterCommit(job: () => void): void;

  /**
   * Reads what searches and story pages read most into the database server's own memory, as far
   * as it has room: PostgreSQL's shared buffers, which the operating system does not take back
   * when the archive lies idle. Nothing to do on SQLite. For a server's start.
   */
  warm(): Promise<WarmReport>;

  close(): Promise<void>;
}

/** A part of what warm() reads: search entries, ranking vectors, stories... */
export interface WarmPart {
  what: string;
  bytes: number;
  loaded: boolean;
}

export interface WarmReport {
  /** PostgreSQL's shared_buffers in bytes; 0 on SQLite. */
  sharedBuffers: number;
  /** The bytes the parts could fill. */
  room: number;
  /** The bytes of all the parts. */
  wanted: number;
  parts: WarmPart[];
  /** Why nothing or not everything was read, and what to change; null when all was. */
  note: string | null;
}
