// The store written once through Kysely; SQLite and PostgreSQL differ only in how they connect.

import { Migrator, sql, type Kysely } from 'kysely';
import type { AccountRepo, AuditRepo } from './accounts-port.js';
import type { DistributionRepo } from './distribution-port.js';
import type { CalendarRepo } from './calendar-port.js';
import type { CoverRepo } from './cover-port.js';
import { KyselyCoverRepo } from './kysely-covers.js';
import type { RelatedRepo } from './related-port.js';
import { KyselyRelatedRepo } from './kysely-related.js';
import type { LiveRepo } from './live-port.js';
import { KyselyLiveRepo } from './kysely-live.js';
import type { AuthorRepo } from './authors-port.js';
import { KyselyAuthorRepo } from './kysely-authors.js';
import { KyselyTwoFactorRepo } from './kysely-two-factor.js';
import { KyselyTaxonomyGuardRepo } from './kysely-taxonomy-guard.js';
import type { TaxonomyGuardRepo } from './taxonomy-guard-port.js';
import type { TwoFactorRepo } from './two-factor-port.js';
import { KyselyIngestRepo } from './kysely-ingest.js';
import type { IngestRepo } from './ingest-port.js';
import { KyselyHotTagTrendRepo, KyselyReadCountRepo } from './kysely-read-counts.js';
import type { HotTagTrendRepo, ReadCountRepo } from './read-counts-port.js';
import { KyselyIndexedStories } from './indexed-stories.js';
import { KyselyCalendarRepo } from './kysely-calendar.js';
import { KyselyAccountRepo, KyselyAuditRepo } from './kysely-accounts.js';
import { KyselyDistributionRepo } from './kysely-distribution.js';
import { BulkStatistics } from './bulk-statistics.js';
import { closeChanges, openChanges } from './change-seq.js';
import { KyselyLegacyRepo } from './kysely-legacy.js';
import { KyselyMediaRepo } from './kysely-media.js';
import { KyselyStoryRepo } from './kysely-stories.js';
import { KyselyTaxonomyRepo } from './kysely-taxonomy.js';
import { KyselyWorkflowRepo } from './kysely-workflow.js';
import type { LegacyRepo } from './legacy-port.js';
import type { MediaRepo } from './media-port.js';
import { migrationProvider, type Dialect } from './migrations/index.js';
import type { Store, WarmReport } from './port.js';
import { warmPostgres } from './postgres/warm.js';
import type { Database } from './schema.js';
import type { StoryRepo } from './stories-port.js';
import type { StoryIndex, StoryIndexing } from './story-index-port.js';
import type { TaxonomyRepo } from './taxonomy-port.js';
import type { WorkflowRepo } from './workflow-port.js';

/** The store over one database; `Search` is the search index plugged in by the composition root. */
/** Attempts of a transaction that lost a race to another (see retryable). */
const TRANSACTION_ATTEMPTS = 3;

/**
 * Whether a PostgreSQL transaction lost a race and is worth running again from its start:
 * writers run side by side there (SQLite runs one at a time), so two of them can pick the same
 * free slug or name (a unique violation, 23505) or lock rows in crossed order (a deadlock,
 * 40P01). Run again, the work reads what the other committed and picks anew.
 */
function retryable(dialect: Dialect, error: unknown): boolean {
  if (dialect !== 'postgres' || typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === '40P01';
}

export class KyselyStore<Search extends StoryIndex = StoryIndex> implements Store<Search> {
  constructor(
    protected readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    /** The search index and its tables' migrations (the composition root chooses it). */
    private readonly indexing: StoryIndexing<Search>,
    /** Work to run once the outermost transaction commits; null outside a transaction. */
    private readonly committed: (() => void)[] | null = null,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
    /** What bulk writes added since the planner's statistics were taken (shared by transactions). */
    private readonly statistics = new BulkStatistics(),
  ) {
    this.accounts = new KyselyAccountRepo(db);
    this.audit = new KyselyAuditRepo(db);
    // The index joins this connection or transaction: a story and its entry are written together.
    this.search = indexing.open(db, dialect, new KyselyIndexedStories(db, dialect));
    this.workflow = new KyselyWorkflowRepo(db, dialect, this.search);
    this.distribution = new KyselyDistributionRepo(db, dialect);
    this.media = new KyselyMediaRepo(db);
    this.legacy = new KyselyLegacyRepo(db, dialect, statistics);
    this.calendar = new KyselyCalendarRepo(db);
    // Repos whose writes take several statements run them in the store's unit of work.
    this.stories = new KyselyStoryRepo(db, dialect, this.search, statistics, (fn) =>
      this.transaction((tx) => fn((tx as KyselyStore<Search>).stories as KyselyStoryRepo)),
    );
    this.taxonomy = new KyselyTaxonomyRepo(db, (fn) =>
      this.transaction((tx) => fn((tx as KyselyStore<Search>).taxonomy as KyselyTaxonomyRepo)),
    );
    this.covers = new KyselyCoverRepo(db);
    this.related = new KyselyRelatedRepo(db);
    this.live = new KyselyLiveRepo(db, dialect);
    this.authors = new KyselyAuthorRepo(db);
    this.twoFactor = new KyselyTwoFactorRepo(db);
    this.taxonomyGuard = new KyselyTaxonomyGuardRepo(db);
    this.ingest = new KyselyIngestRepo(db);
    this.readCounts = new KyselyReadCountRepo(db, (fn) =>
      this.transaction((tx) => fn((tx as KyselyStore<Search>).readCounts as KyselyReadCountRepo)),
    );
    this.hotTagTrend = new KyselyHotTagTrendRepo(db, (fn) =>
      this.transaction((tx) =>
        fn((tx as KyselyStore<Search>).hotTagTrend as KyselyHotTagTrendRepo),
      ),
    );
  }

  readonly stories: StoryRepo;
  readonly taxonomy: TaxonomyRepo;
  readonly accounts: AccountRepo;
  readonly audit: AuditRepo;
  readonly workflow: WorkflowRepo;
  readonly search: Search;
  readonly distribution: DistributionRepo;
  readonly media: MediaRepo;
  readonly legacy: LegacyRepo;
  readonly calendar: CalendarRepo;
  readonly covers: CoverRepo;
  readonly related: RelatedRepo;
  readonly live: LiveRepo;
  readonly authors: AuthorRepo;
  readonly twoFactor: TwoFactorRepo;
  readonly taxonomyGuard: TaxonomyGuardRepo;
  readonly ingest: IngestRepo;
  readonly readCounts: ReadCountRepo;
  readonly hotTagTrend: HotTagTrendRepo;

  /** Brings the schema up to date; safe to call on every start. */
  private async migrator(): Promise<Migrator> {
    // Kysely looks for its migration tables in every PostgreSQL schema unless told which one:
    // name the current schema, or a second Lede (or test) schema in the database fails to migrate.
    const schema =
      this.dialect === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(this.db)).rows[0]?.s
        : undefined;
    return new Migrator({
      db: this.db,
      provider: migrationProvider(this.dialect, this.indexing.migrations(this.dialect)),
      ...(schema ? { migrationTableSchema: schema } : {}),
      // A database that ran 0003 and 0004 before 0002 (search) existed still gets 0002.
      allowUnorderedMigrations: true,
    });
  }

  /**
   * Brings the schema up to date and builds search indexes an upgrade left out. `say` hears what
   * is being done before the work that takes long on a large archive (minutes at a million
   * stories): the migrations pending, then the indexes.
   */
  async migrate(say?: (message: string) => void): Promise<void> {
    const migrator = await this.migrator();
    // Read only for someone to tell: migrateToLatest reads the same table again.
    const pending = say ? (await migrator.getMigrations()).filter((m) => !m.executedAt) : [];
    const started = Date.now();
    if (say && pending.length > 0)
      say(`migrating the database: ${pending.map((m) => m.name).join(', ')}`);
    const { error, results } = await migrator.migrateToLatest();
    if (error)
      throw error instanceof Error
        ? error
        : new Error(`migration failed: ${JSON.stringify(error)}`);
    if (say && pending.length > 0)
      say(`database migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The index fills itself again if a migration emptied it, and builds what an upgrade left out.
    const ran = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    await this.search.upgrade(ran, say);
  }

  /** Undoes the migrations after `name` (a database as an older Lede left it, for upgrade tests). */
  async migrateDownTo(name: string): Promise<void> {
    const { error } = await (await this.migrator()).migrateTo(name);
    if (error) throw error instanceof Error ? error : new Error(`migration failed: ${name}`);
  }

  async transaction<T>(fn: (tx: Store<Search>) => Promise<T>): Promise<T> {
    if (this.committed) return fn(this);
    for (let attempt = 1; ; attempt++) {
      const queue: (() => void)[] = [];
      let result: T;
      try {
        result = await this.db.transaction().execute(async (trx) => {
          // Story changes are numbered as the transaction's last statements (storage/change-seq.ts).
          openChanges(trx);
          const out = await fn(
            new KyselyStore(trx, this.dialect, this.indexing, queue, this.onClose, this.statistics),
          );
          await closeChanges(trx, this.dialect);
          return out;
        });
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS || !retryable(this.dialect, error)) throw error;
        continue;
      }
      // Committed: what waited for the commit runs once, outside the retries.
      for (const job of queue) job();
      return result;
    }
  }

  afterCommit(job: () => void): void {
    if (this.committed) this.committed.push(job);
    else job();
  }

  async warm(): Promise<WarmReport> {
    if (this.dialect === 'postgres') return warmPostgres(this.db);
    return { sharedBuffers: 0, room: 0, wanted: 0, parts: [], note: null };
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
