// The store written once through Kysely; SQLite and PostgreSQL differ only in how they connect.

import { Migrator, sql, type Kysely, type Selectable } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import type { AccountRepo, AuditRepo } from './accounts-port.js';
import type { WorkflowRepo } from './workflow-port.js';
import { KyselyAccountRepo, KyselyAuditRepo } from './kysely-accounts.js';
import { KyselyWorkflowRepo } from './kysely-workflow.js';
import { KyselyDistributionRepo } from './kysely-distribution.js';
import type { DistributionRepo } from './distribution-port.js';
import { KyselyMediaRepo } from './kysely-media.js';
import { KyselyLegacyRepo } from './kysely-legacy.js';
import type { LegacyRepo } from './legacy-port.js';
import { KyselyIngestRepo } from './kysely-ingest.js';
import type { IngestRepo } from './ingest-port.js';
import { KyselyTaxonomyRepo, toTag, type TaxonomyRepo } from './kysely-taxonomy.js';
import type { MediaRepo } from './media-port.js';
import { bumpChangeSeq, lockStoryChanges } from './change-seq.js';
import { KyselyIndexedStories } from './indexed-stories.js';
import { migrationProvider, type Dialect } from './migrations/index.js';
import type { SitemapMonth, Store, StoryPage, StoryQuery, StoryWrite, WarmReport } from './port.js';
import { warmPostgres } from './postgres/warm.js';
import type { Database, StoryTable } from './schema.js';
import { listRubricsNewest, listStoryRows } from './story-list-query.js';
import type { StoryIndex, StoryIndexing } from './story-index-port.js';
import { storyColumns, toStory } from './story-rows.js';
import { touchMonths, touchStoryLists } from './list-upkeep.js';

/** The store over one database; `Search` is the search index plugged in by the composition root. */
export class KyselyStore<Search extends StoryIndex = StoryIndex> implements Store<Search> {
  constructor(
    protected readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    /** The search index and its tables' migrations (the composition root chooses it). */
    private readonly indexing: StoryIndexing<Search>,
    /** Work to run once the outermost transaction commits; null outside a transaction. */
    private readonly committed: (() => void)[] | null = null,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {
    this.accounts = new KyselyAccountRepo(db);
    this.audit = new KyselyAuditRepo(db);
    // The index joins this connection or transaction: a story and its entry are written together.
    this.search = indexing.open(db, dialect, new KyselyIndexedStories(db, dialect));
    this.workflow = new KyselyWorkflowRepo(db, dialect, this.search);
    this.distribution = new KyselyDistributionRepo(db, dialect);
    this.media = new KyselyMediaRepo(db);
    this.legacy = new KyselyLegacyRepo(db);
    this.ingest = new KyselyIngestRepo(db);
    this.taxonomy = new KyselyTaxonomyRepo(db);
  }

  readonly accounts: AccountRepo;
  readonly audit: AuditRepo;
  readonly workflow: WorkflowRepo;
  readonly search: Search;
  readonly distribution: DistributionRepo;
  readonly media: MediaRepo;
  readonly legacy: LegacyRepo;
  readonly ingest: IngestRepo;
  /** Rubrics, tags, hot tags, authors; the Store port has them on the store, which hands them here. */
  private readonly taxonomy: TaxonomyRepo;

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
    const queue: (() => void)[] = [];
    const result = await this.db
      .transaction()
      .execute((trx) => fn(new KyselyStore(trx, this.dialect, this.indexing, queue, this.onClose)));
    for (const job of queue) job();
    return result;
  }

  afterCommit(job: () => void): void {
    if (this.committed) this.committed.push(job);
    else job();
  }

  // Rubrics, tags, hot tags and authors: the taxonomy repo (kysely-taxonomy.ts) answers.
  findRubric(edition: EditionCode, name: string, parentId: number | null) {
    return this.taxonomy.findRubric(edition, name, parentId);
  }
  findRubricBySlug(edition: EditionCode, slug: string) {
    return this.taxonomy.findRubricBySlug(edition, slug);
  }
  findRubricById(id: number) {
    return this.taxonomy.findRubricById(id);
  }
  createRubric(r: Omit<Rubric, 'id'>) {
    return this.taxonomy.createRubric(r);
  }
  listRubrics(edition: EditionCode) {
    return this.taxonomy.listRubrics(edition);
  }
  findTag(edition: EditionCode, name: string) {
    return this.taxonomy.findTag(edition, name);
  }
  findTagBySlug(edition: EditionCode, slug: string) {
    return this.taxonomy.findTagBySlug(edition, slug);
  }
  createTag(t: Omit<Tag, 'id'>) {
    return this.taxonomy.createTag(t);
  }
  listTags(edition: EditionCode) {
    return this.taxonomy.listTags(edition);
  }
  async setHotTags(edition: EditionCode, entries: Parameters<Store['setHotTags']>[1]) {
    await this.transaction((tx) =>
      (tx as KyselyStore<Search>).taxonomy.setHotTags(edition, entries),
    );
  }
  listHotTags(edition: EditionCode) {
    return this.taxonomy.listHotTags(edition);
  }
  findAuthor(name: string) {
    return this.taxonomy.findAuthor(name);
  }
  findAuthorById(id: number) {
    return this.taxonomy.findAuthorById(id);
  }
  createAuthor(a: Omit<Author, 'id'>) {
    return this.taxonomy.createAuthor(a);
  }

  async findAuthorsByIds(ids: number[]): Promise<Author[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('author')
      .select(['id', 'name', 'slug'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return rows.map((a) => ({ id: Number(a.id), name: a.name, slug: a.slug }));
  }

  async tagsOfStories(storyIds: number[]): Promise<Map<number, Tag[]>> {
    const byStory = new Map<number, Tag[]>(storyIds.map((id) => [id, []]));
    if (storyIds.length === 0) return byStory;
    const rows = await this.db
      .selectFrom('story_tag')
      .innerJoin('tag', 'tag.id', 'story_tag.tag_id')
      .selectAll('tag')
      .select('story_tag.story_id')
      .where('story_tag.story_id', 'in', [...new Set(storyIds)])
      .orderBy('story_tag.story_id')
      .orderBy('story_tag.position')
      .execute();
    for (const r of rows) byStory.get(Number(r.story_id))?.push(toTag(r));
    return byStory;
  }

  async listSitemapMonths(): Promise<SitemapMonth[]> {
    const rows = await this.db
      .selectFrom('sitemap_month')
      .selectAll()
      .orderBy('edition')
      .orderBy('month', 'desc')
      .execute();
    return rows.map((r) => ({
      edition: r.edition as EditionCode,
      month: r.month,
      lastmod: r.lastmod,
    }));
  }

  private async writeTags(storyId: number, tagIds: number[], publishedAt: string | null) {
    await this.db.deleteFrom('story_tag').where('story_id', '=', storyId).execute();
    const unique = [...new Set(tagIds)];
    if (unique.length > 0)
      await this.db
        .insertInto('story_tag')
        .values(
          unique.map((tagId, position) => ({
            story_id: storyId,
            tag_id: tagId,
            position,
            published_at: publishedAt,
          })),
        )
        .execute();
  }

  async insertStory(w: StoryWrite): Promise<Story> {
    return this.transaction(async (tx) => {
      const self = tx as KyselyStore<Search>;
      await lockStoryChanges(self.db, self.dialect);
      const row = await self.db
        .insertInto('story')
        .values({ ...storyColumns(w), created_at: w.updatedAt, version: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      await self.writeTags(Number(row.id), w.tagIds, w.publishedAt);
      await touchStoryLists(self.db, [Number(row.id)], w.updatedAt);
      await bumpChangeSeq(self.db, self.dialect, Number(row.id));
      const story = (await self.findStoryById(Number(row.id)))!;
      // The search index changes in the same transaction as the story.
      await self.search.index({ ...story, tagIds: w.tagIds });
      return story;
    });
  }

  async insertStories(writes: StoryWrite[]): Promise<number[]> {
    return this.transaction(async (tx) => {
      const self = tx as KyselyStore<Search>;
      const ids: number[] = [];
      // Every row names every column (SQLite has no DEFAULT in a VALUES list); 400 rows a statement.
      for (let i = 0; i < writes.length; i += 400) {
        const chunk = writes.slice(i, i + 400);
        const rows = await self.db
          .insertInto('story')
          .values(
            chunk.map((w) => ({
              ...storyColumns(w),
              translated_from_id: w.translatedFromId ?? null,
              embargo_until: w.embargoUntil ?? null,
              scheduled_at: w.scheduledAt ?? null,
              unpublished_reason: w.unpublishedReason ?? null,
              corrections: w.corrections ? JSON.stringify(w.corrections) : null,
              created_by: w.createdBy ?? null,
              created_at: w.updatedAt,
              version: 1,
            })),
          )
          .returning(['id', 'edition', 'slug'])
          .execute();
        const bySlug = new Map(rows.map((r) => [`${r.edition}/${r.slug}`, Number(r.id)]));
        for (const w of chunk) ids.push(bySlug.get(`${w.edition}/${w.slug}`)!);
      }
      const tags = writes.flatMap((w, i) =>
        [...new Set(w.tagIds)].map((tagId, position) => ({
          story_id: ids[i]!,
          tag_id: tagId,
          position,
          published_at: w.publishedAt,
        })),
      );
      for (let i = 0; i < tags.length; i += 2000)
        await self.db
          .insertInto('story_tag')
          .values(tags.slice(i, i + 2000))
          .execute();
      await touchMonths(
        self.db,
        writes.map((w) => ({ edition: w.edition, published_at: w.publishedAt })),
        writes.reduce((max, w) => (w.updatedAt > max ? w.updatedAt : max), ''),
      );
      await self.search.indexNew(
        writes.map((w, i) => ({ ...w, id: ids[i]!, embargoUntil: w.embargoUntil ?? null })),
      );
      return ids;
    });
  }

  async updateStory(id: number, w: StoryWrite): Promise<Story | null> {
    return this.transaction(async (tx) => {
      const self = tx as KyselyStore<Search>;
      await lockStoryChanges(self.db, self.dialect);
      const current = await self.db
        .selectFrom('story')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) return null;
      // The month the story leaves (if its publication time moves) changes too.
      await touchStoryLists(self.db, [id], w.updatedAt);
      await self.db
        .updateTable('story')
        .set({ ...storyColumns(w), version: current.version + 1 })
        .where('id', '=', id)
        .execute();
      await self.writeTags(id, w.tagIds, w.publishedAt);
      await touchStoryLists(self.db, [id], w.updatedAt);
      await bumpChangeSeq(self.db, self.dialect, id);
      const story = await self.findStoryById(id);
      if (story) await self.search.index({ ...story, tagIds: w.tagIds });
      return story;
    });
  }

  private async withTags(rows: Selectable<StoryTable>[]): Promise<Story[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const tagRows = await this.db
      .selectFrom('story_tag')
      .innerJoin('tag', 'tag.id', 'story_tag.tag_id')
      .select(['story_tag.story_id', 'tag.name', 'story_tag.position'])
      .where('story_tag.story_id', 'in', ids)
      .orderBy('story_tag.story_id')
      .orderBy('story_tag.position')
      .execute();
    const byStory = new Map<number, string[]>();
    for (const t of tagRows) {
      const key = Number(t.story_id);
      const list = byStory.get(key) ?? [];
      list.push(t.name);
      byStory.set(key, list);
    }
    return rows.map((r) => toStory(r, byStory.get(Number(r.id)) ?? []));
  }

  private async one(rows: Selectable<StoryTable>[]): Promise<Story | null> {
    const [story] = await this.withTags(rows);
    return story ?? null;
  }

  async findStoryById(id: number) {
    return this.one(await this.db.selectFrom('story').selectAll().where('id', '=', id).execute());
  }

  async findStoriesByIds(ids: number[]) {
    if (ids.length === 0) return [];
    return this.withTags(
      await this.db.selectFrom('story').selectAll().where('id', 'in', ids).execute(),
    );
  }

  async findStoryBySlug(edition: EditionCode, slug: string) {
    return this.one(
      await this.db
        .selectFrom('story')
        .selectAll()
        .where('edition', '=', edition)
        .where('slug', '=', slug)
        .execute(),
    );
  }

  async findStoryBySourceKey(sourceKey: string) {
    return this.one(
      await this.db.selectFrom('story').selectAll().where('source_key', '=', sourceKey).execute(),
    );
  }

  async slugTaken(edition: EditionCode, slug: string, exceptId?: number) {
    let q = this.db
      .selectFrom('story')
      .select('id')
      .where('edition', '=', edition)
      .where('slug', '=', slug);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  async listStories(query: StoryQuery): Promise<StoryPage> {
    const page = await listStoryRows(this.db, query);
    return { items: await this.withTags(page.rows), total: page.total, more: page.more };
  }

  async listNewestByRubric(
    query: Omit<StoryQuery, 'limit'>,
    rubricIds: number[],
    perRubric: number,
  ): Promise<Map<number, Story[]>> {
    const stories = await this.withTags(
      await listRubricsNewest(this.db, { ...query, limit: perRubric }, rubricIds, perRubric),
    );
    const byRubric = new Map<number, Story[]>(rubricIds.map((id) => [id, []]));
    for (const s of stories) byRubric.get(s.rubricId)?.push(s);
    return byRubric;
  }

  async warm(): Promise<WarmReport> {
    if (this.dialect === 'postgres') return warmPostgres(this.db);
    return { sharedBuffers: 0, room: 0, wanted: 0, parts: [], note: null };
  }

  async listTranslationGroup(group: string) {
    const rows = await this.db
      .selectFrom('story')
      .selectAll()
      .where('translation_group', '=', group)
      .orderBy('id')
      .execute();
    return this.withTags(rows);
  }

  async countStories() {
    const row = await this.db
      .selectFrom('story')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
