// The search index on PostgreSQL: a tsvector of app-made stems per story (GIN), ranked by ts_rank_cd and recency.

import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { createPostgresSearchIndexes } from '../migrations/0012-search-facets.js';
import { KyselySearchIndex } from '../kysely-search-index.js';
import {
  FIELD_WEIGHTS,
  COUNT_LIMIT,
  RANK_WINDOW,
  RECENCY,
  relevancePage,
  type SearchDoc,
  type SearchFilters,
  type SearchRequest,
  type SearchResult,
  type TermMatchRequest,
  type TermMatches,
} from '../port.js';
import type { PostgresSearchDatabase, SearchDatabase } from '../schema.js';
import { pairsOf } from '../pairs.js';
import type { AnalyzedQuery } from '../query/analyze-query.js';
import {
  facetsQueryText,
  facetsVectorText,
  lexeme,
  pairsVectorText,
  tsqueryText,
  tsvectorText,
} from './ts-text.js';

/** Seconds, as float8: numeric arithmetic cost 1.3 µs a row against 0.35 (up to 1,000 rows a window). */
const HALF_LIFE = sql.raw(`${RECENCY.halfLifeDays * 86400}::float8`);
/** ts_rank_cd weights in the order {D, C, B, A}: body is C, lead B, title A. */
const WEIGHTS = sql.raw(
  `'{0, ${FIELD_WEIGHTS.body}, ${FIELD_WEIGHTS.lead}, ${FIELD_WEIGHTS.title}}'`,
);

/** Rows per insert of a bulk write: 10 parameters a row, well below PostgreSQL's 65,535. */
const BULK_ROWS = 1000;

function tables(db: Kysely<SearchDatabase>): Kysely<PostgresSearchDatabase> {
  return db;
}

/**
 * Everything but the text: scope (editions, public by now, unpublished editions) and filters.
 * The edition picks the tables to read (each edition has its own, migration 0009). `dateIndex`:
 * whether a walk of the date index leads, newest first; dates are then written so that the index
 * can serve them. Otherwise GIN leads: the filters are asked of it too, as `facets` (the tsquery
 * of their tokens, migration 0012), so that it yields only the rows that pass them, and each of
 * those is tested exactly on its row (130 bytes, see migration 0009), where a date range, which
 * the tokens answer by month, is cut to the second. GIN's dates are written `sort_sec + 0`, which
 * the date index cannot serve: with a date range the planner took the range's stretch of that
 * index instead of a common word's GIN list, and tested the word in each story of the range, read
 * from TOAST (200 ms for a word in a third of two years' stories at a million).
 */
function conditions(
  request: SearchRequest,
  dateIndex: boolean,
  /** Only where GIN leads. */
  facets?: string,
): RawBuilder<SqlBool> {
  const { scope, filters } = request;
  const sortSec = dateIndex ? sql`sort_sec` : sql`(sort_sec + 0)`;
  const parts: RawBuilder<unknown>[] = [editionCondition(request)];
  if (facets !== undefined) parts.push(sql`facets @@ ${tsquery(facets)}`);
  parts.push(
    scope.unpublishedEditions.length > 0
      ? sql`(public_sec <= ${scope.nowSec} or edition = any(${scope.unpublishedEditions}))`
      : sql`public_sec <= ${scope.nowSec}`,
  );
  if (filters.fromSec !== undefined) parts.push(sql`${sortSec} >= ${filters.fromSec}`);
  if (filters.toSec !== undefined) parts.push(sql`${sortSec} < ${filters.toSec}`);
  if (filters.rubricIds?.length) parts.push(sql`rubric_id = any(${filters.rubricIds})`);
  if (filters.types?.length) parts.push(sql`type = any(${filters.types})`);
  if (filters.authorIds?.length) parts.push(sql`author_id = any(${filters.authorIds})`);
  if (filters.tagIds?.length) parts.push(sql`tag_ids && ${filters.tagIds}::integer[]`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** The editions asked: the planner reads only their tables. */
function editionCondition({ scope }: SearchRequest): RawBuilder<SqlBool> {
  return scope.editions.length === 1
    ? sql<SqlBool>`edition = ${scope.editions[0]}`
    : sql<SqlBool>`edition = any(${scope.editions})`;
}

function tsquery(text: string): RawBuilder<unknown> {
  // Cast, not to_tsquery: its parser would split a pair lexeme ("a_b") in two.
  return sql`${text}::tsquery`;
}

/**
 * Whether a node holds a phrase of at least `stems` stems: two make a phrase (asked of the pairs
 * column), three one whose order pairs alone do not tell.
 */
function hasPhrase(node: AnalyzedQuery, stems = 2): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return node.stems.length >= stems;
    case 'not':
      return hasPhrase(node.node, stems);
    case 'and':
    case 'or':
      return node.nodes.some((n) => hasPhrase(n, stems));
  }
}

/**
 * Where a story matches the query: words are asked of the text's tsvector, a phrase of the pairs
 * column (pairs.ts), found in GIN without reading positions. A phrase of three stems or more is
 * asked of the text too, for its order ("a_b" and "b_c" may sit apart): only for the stories
 * that hold all its pairs. Without `ordered` that check is left out where it only narrows (a
 * phrase that is not negated): the stories found are then a superset, for the caller to check
 * (newestFirst). Statements using it read search_doc without an alias.
 */
function matchCondition(node: AnalyzedQuery, ordered = true): RawBuilder<SqlBool> {
  if (!hasPhrase(node)) return sql<SqlBool>`tsv @@ ${tsquery(tsqueryText(node))}`;
  const inner = (n: AnalyzedQuery) => matchCondition(n, ordered);
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const pairs = sql<SqlBool>`pairs @@ ${tsquery(pairsOf(node.stems).map(lexeme).join(' & '))}`;
      if (node.stems.length === 2 || !ordered) return pairs;
      // The order is checked against the copy in search_rank, which ranking keeps in memory,
      // not against search_doc's TOAST: 75-99 ms instead of 197-211 ms warm for a phrase of
      // 17,451 candidates ("Реджеп Эрдоган Азербайджан", 1M stories), and TOAST is seldom warm.
      return sql<SqlBool>`(${pairs} and exists (select 1 from search_rank r where r.story_id = search_doc.story_id and r.tsv @@ ${tsquery(tsqueryText(node))}))`;
    }
    case 'not':
      // Exact: leaving out a check under "not" would drop stories that match.
      return sql<SqlBool>`not ${matchCondition(node.node)}`;
    case 'or':
      return sql<SqlBool>`(${sql.join(node.nodes.map(inner), sql` or `)})`;
    case 'and': {
      // The words together in one tsquery (GIN finds them in one scan), each phrase on its own.
      const words = node.nodes.filter((n) => !hasPhrase(n));
      const parts = node.nodes.filter((n) => hasPhrase(n)).map(inner);
      const positive = words.filter((n) => n.kind !== 'not');
      if (positive.length > 0) {
        const all: AnalyzedQuery = words.length === 1 ? words[0]! : { kind: 'and', nodes: words };
        parts.unshift(sql<SqlBool>`tsv @@ ${tsquery(tsqueryText(all))}`);
      } else parts.push(...words.map(inner));
      return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
    }
  }
}

/** The GIN indexes of the text and of the pairs (a bulk write builds them anew at its end). */
async function dropTextIndexes(db: Kysely<SearchDatabase>): Promise<void> {
  await sql`drop index if exists search_doc_tsv`.execute(db);
  await sql`drop index if exists search_doc_pairs`.execute(db);
}

type Row = { id: number; s: number };

function hitsOf(rows: Row[]): SearchResult['hits'] {
  return rows.map((r) => ({ id: Number(r.id), score: Number(r.s) }));
}

/** A search_rank row's relevance: ts_rank_cd of the query times the recency of its date. */
function relevanceOf(request: SearchRequest): RawBuilder<number> {
  const q = tsquery(tsqueryText(request.query));
  return sql<number>`ts_rank_cd(${WEIGHTS}, tsv, ${q}, 1) * (1.0 + ${RECENCY.boost}::float8 / (1.0 + greatest(0, ${request.scope.nowSec}::bigint - sort_sec)::float8 / ${HALF_LIFE}))`;
}

/** Deletes a story's entry and its ranking copy; whether it had an entry. */
async function deleteEntry(db: Kysely<SearchDatabase>, storyId: number): Promise<boolean> {
  const removed = await tables(db)
    .deleteFrom('search_doc')
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  await tables(db).deleteFrom('search_rank').where('story_id', '=', storyId).execute();
  return removed.numDeletedRows > 0n;
}

/**
 * The planner settings of a search's own statements. Matches are taken from GIN's bitmap: left to
 * itself the planner reads a LIMIT as a sign that matches come soon, and scans the table or walks
 * the date index testing each story's tsvector, read from TOAST (a quarter of a second for a
 * common word at a million stories). work_mem gives the bitmap room to stay exact: past it whole
 * pages are kept, and every story on them is tested again from its tsvector. No JIT or parallel
 * workers: starting them costs more than a search runs.
 */
/**
 * The newest stories of a scope that a story's stems are matched in for its related stories
 * (about two weeks of a three-edition agency publishing 90 stories a day in each).
 */
export const TERM_WINDOW = 1500;

const SEARCH_SETTINGS: Record<string, string> = {
  enable_seqscan: 'off',
  enable_indexscan: 'off',
  enable_bitmapscan: 'on',
  work_mem: '32MB',
  jit: 'off',
  max_parallel_workers_per_gather: '0',
  // Reads ahead in bitmap scans (the default, 1, reads none): ranking 2,000 stories of rare words
  // that were not in memory took 460-520 ms for eight words instead of 1,600-1,700 (1M stories).
  effective_io_concurrency: '16',
};

export class PostgresSearchIndex extends KyselySearchIndex {
  protected override readonly locksQueueRows = true;

  protected async writeEntry(db: Kysely<SearchDatabase>, doc: SearchDoc): Promise<boolean> {
    // Written anew: a partitioned table returns no xmax to tell an update, and a story moved to
    // another edition leaves its old edition's table.
    const existed = await deleteEntry(db, doc.id);
    await this.writeNewEntries(db, [doc]);
    return !existed;
  }

  /** Stories new to the index, a batch in two statements (search_doc, then search_rank). */
  protected override async writeNewEntries(
    db: Kysely<SearchDatabase>,
    docs: SearchDoc[],
  ): Promise<void> {
    for (let i = 0; i < docs.length; i += BULK_ROWS) {
      const batch = docs.slice(i, i + BULK_ROWS).map((doc) => ({ doc, tsv: tsvectorText(doc) }));
      await tables(db)
        .insertInto('search_doc')
        .values(
          batch.map(({ doc, tsv }) => ({
            story_id: doc.id,
            edition: doc.edition,
            type: doc.type,
            rubric_id: doc.rubricId,
            author_id: doc.authorId,
            tag_ids: sql<number[]>`${doc.tagIds}::integer[]`,
            public_sec: doc.publicSec,
            sort_sec: doc.sortSec,
            tsv: sql<string>`${tsv}::tsvector`,
            pairs: sql<string>`${pairsVectorText(doc)}::tsvector`,
            facets: sql<string>`${facetsVectorText(doc)}::tsvector`,
          })),
        )
        .execute();
      await tables(db)
        .insertInto('search_rank')
        .values(
          batch.map(({ doc, tsv }) => ({
            story_id: doc.id,
            sort_sec: doc.sortSec,
            tsv: sql<string>`${tsv}::tsvector`,
          })),
        )
        .execute();
    }
  }

  protected async upsertWords(
    db: Kysely<SearchDatabase>,
    edition: string,
    words: [string, string, number][],
    fresh: boolean,
  ): Promise<void> {
    const conflict = fresh
      ? sql`do update set docs = search_word.docs + excluded.docs`
      : sql`do nothing`;
    await sql`insert into search_word (edition, first, len, key, word, docs)
      select ${edition}, left(w ->> 0, 1), char_length(w ->> 0), w ->> 0, w ->> 1, (w ->> 2)::integer
      from jsonb_array_elements(${JSON.stringify(words)}::jsonb) w
      on conflict (edition, key) ${conflict}`.execute(db);
  }

  protected async removeEntry(db: Kysely<SearchDatabase>, storyId: number): Promise<void> {
    await deleteEntry(db, storyId);
  }

  protected async clearEntries(db: Kysely<SearchDatabase>): Promise<void> {
    await tables(db).deleteFrom('search_doc').execute();
    await tables(db).deleteFrom('search_rank').execute();
  }

  override async bulk<T>(write: () => Promise<T>): Promise<T> {
    await dropTextIndexes(this.db);
    try {
      return await write();
    } finally {
      await this.createTextIndexes();
      // A bulk write (an import, a generated archive) fills the stories and their tags too:
      // without fresh statistics the planner takes a million-row table for an empty one until
      // autovacuum comes by (loading a results page's 20 stories took 22 ms instead of 9).
      await this.stories.analyze();
      await sql`analyze search_doc, search_rank`.execute(this.db);
      // Each batch adds its counts to the vocabulary's common words: a million stories left 12
      // million dead rows behind 416,000 live ones, and autovacuum had not come by. A "did you
      // mean" probe then read 12,000 pages for 200 words (5-55 ms a word instead of 3-7), and its
      // index had grown to 992 MB. The table and its indexes are written anew: a plain VACUUM
      // left a 338 MB file for 30 MB of rows, which a warm start (Store.warm) reads whole. 2.4 s
      // at a million stories, during which suggestions and new words wait.
      await sql`vacuum (full, analyze) search_word`.execute(this.db);
    }
  }

  /**
   * Migration 0012 writes every entry anew (its filter tokens) and leaves the text indexes out:
   * built in its transaction, they would hold each row twice, the old version and the new (the
   * phrase index of a million stories grew to 7.3 GB). Here, once it has committed, VACUUM
   * takes the old versions away, and the indexes are built from the rows that are left.
   */
  override async restoreIndexes(onStart?: () => void): Promise<void> {
    const present = await sql<{
      n: string;
    }>`select count(to_regclass(name)) as n from unnest(array['search_doc_tsv', 'search_doc_pairs']) name`.execute(
      this.db,
    );
    if (Number(present.rows[0]?.n) === 2) return;
    onStart?.();
    await sql`vacuum (analyze) search_doc`.execute(this.db);
    await this.createTextIndexes();
  }

  private async createTextIndexes(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Room to sort a million stories' lexemes in memory: one pass instead of many merges.
      await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
      await createPostgresSearchIndexes(trx as unknown as Kysely<unknown>);
    });
  }

  async query(request: SearchRequest): Promise<SearchResult> {
    // The planner settings of queryIn hold for this search alone: it runs in a transaction of its
    // own, or inside the caller's with the settings put back at its end (a failed statement ends
    // the caller's transaction anyway).
    if (!this.db.isTransaction)
      // Repeatable read: the statements share one snapshot, so the ranking reads the entries of
      // the stories the count found, as they were then.
      return this.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((trx) => this.queryIn(trx, request));
    const result = await this.queryIn(this.db, request);
    for (const setting of Object.keys(SEARCH_SETTINGS))
      await sql`set local ${sql.raw(setting)} to default`.execute(this.db);
    return result;
  }

  private async queryIn(db: Kysely<SearchDatabase>, request: SearchRequest): Promise<SearchResult> {
    const match = matchCondition(request.query);
    const { offset, limit } = request;
    const settings = Object.entries(SEARCH_SETTINGS).map(
      ([name, value]) => sql`set_config(${name}, ${value}, true)`,
    );
    await sql`select ${sql.join(settings)}`.execute(db);
    // The first page or so of relevance results: counted and ranked in one statement.
    if (this.inOneStatement(request)) {
      const { total, rows } = await this.countedAndRanked(db, request, match);
      if (total < COUNT_LIMIT) return { total, capped: false, hits: hitsOf(rows) };
      return { total, capped: true, hits: hitsOf(await this.newestFirst(db, request, match)) };
    }
    // Every match up to COUNT_LIMIT in one pass over GIN's bitmap: the count, and unless it
    // reached the limit (a broad query, ordered by the date index below) the newest matches with
    // their dates, as many as the page needs: the window relevance ranks, or the page's end.
    const newest = Math.min(
      COUNT_LIMIT,
      request.sort === 'date' ? offset + limit : Math.max(offset + limit, RANK_WINDOW),
    );
    const counted = (
      await sql<{
        n: string;
        id: number | null;
        sec: string | null;
      }>`with m as materialized (select story_id, sort_sec from search_doc where ${match} and ${this.ginConditions(request)} limit ${COUNT_LIMIT}),
        c as (select count(*) as n from m),
        w as (select story_id, sort_sec from m order by sort_sec desc, story_id desc limit ${newest})
        select c.n, w.story_id as id, w.sort_sec as sec from c left join w on c.n < ${COUNT_LIMIT}`.execute(
        db,
      )
    ).rows;
    const total = Number(counted[0]?.n ?? 0);
    const capped = total >= COUNT_LIMIT;
    if (total === 0 || offset >= total) return { total, capped, hits: [] };

    let rows: Row[];
    if (capped) rows = await this.newestFirst(db, request, match);
    else {
      const byDate = counted
        .map((r) => ({ id: Number(r.id), sec: Number(r.sec) }))
        .sort((a, b) => b.sec - a.sec || b.id - a.id);
      const dated = (from: number, count: number): Row[] =>
        byDate.slice(from, from + count).map((r) => ({ id: r.id, s: 0 }));
      if (request.sort === 'date') rows = dated(offset, limit);
      else {
        const page = relevancePage(offset, limit);
        rows = [
          ...(page.ranked
            ? await this.ranked(db, request, byDate.slice(0, RANK_WINDOW), page.ranked)
            : []),
          ...(page.newest ? dated(page.newest.offset, page.newest.limit) : []),
        ];
      }
    }
    return { total, capped, hits: hitsOf(rows) };
  }

  /** The scope and filters of a statement GIN leads, the filters' tokens included. */
  private ginConditions(request: SearchRequest): RawBuilder<SqlBool> {
    return conditions(request, false, this.facetsOf(request.filters));
  }

  /**
   * The tsquery of the filters' tokens, asked of GIN beside the text. Protected so that the
   * benchmark can measure, beside it, the filters tested on the rows alone.
   */
  protected facetsOf(filters: SearchFilters): string | undefined {
    return facetsQueryText(filters);
  }

  /**
   * Whether the request is counted and ranked in one statement: a relevance page within the
   * ranking window. Protected so that the benchmark can measure the two-statement path beside it.
   */
  protected inOneStatement(request: SearchRequest): boolean {
    return request.sort === 'relevance' && request.offset + request.limit <= RANK_WINDOW;
  }

  /**
   * A broad query (COUNT_LIMIT matches or more), newest first. Words and phrases of two walk the
   * date index of each part: their matches come soon. A phrase of three stems or more takes its
   * candidates from GIN (the stories holding its pairs), sorts them by date, and checks the order
   * against search_rank only until the page is full. Left to itself the planner checked every
   * candidate before sorting (17,451 for "Реджеп Эрдоган Азербайджан": 111 ms of the search's
   * 250, 1M stories).
   */
  private async newestFirst(
    db: Kysely<SearchDatabase>,
    request: SearchRequest,
    match: RawBuilder<SqlBool>,
  ): Promise<Row[]> {
    const { query, limit, offset } = request;
    if (hasPhrase(query, 3))
      return (
        await sql<Row>`select c.story_id as id, 0 as s from (
          select story_id, sort_sec from search_doc where ${matchCondition(query, false)} and ${this.ginConditions(request)}
          order by sort_sec desc, story_id desc offset 0) c
        where exists (select 1 from search_rank r where r.story_id = c.story_id and r.tsv @@ ${tsquery(tsqueryText(query))})
        order by c.sort_sec desc, c.story_id desc limit ${limit} offset ${offset}`.execute(db)
      ).rows;
    // The date index alone: planning the bitmap paths of every part too took 3.6-5.5 ms of a
    // statement that runs in 0.3-1.7 ms (against 1.1-1.5 ms planned this way; 1M stories).
    await sql`select set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true)`.execute(
      db,
    );
    return (
      await sql<Row>`select story_id as id, 0 as s from search_doc where ${match} and ${conditions(request, true)} order by sort_sec desc, story_id desc limit ${limit} offset ${offset}`.execute(
        db,
      )
    ).rows;
  }

  /**
   * The count and a page within the ranking window, in one statement: the window's ids stay in
   * the server instead of travelling to the application and back (up to 1,000 rows each way). Below
   * COUNT_LIMIT matches the window is ranked as in ranked(), in one pass over search_rank with no
   * join (a join the planner misjudged ranked the window once per story); at the limit the ranking is
   * skipped (its condition holds no column, so PostgreSQL tests it once, before reading
   * search_rank) and the caller walks the date index.
   */
  private async countedAndRanked(
    db: Kysely<SearchDatabase>,
    request: SearchRequest,
    match: RawBuilder<SqlBool>,
  ): Promise<{ total: number; rows: Row[] }> {
    const result = await sql<{ n: string; id: number | null; s: number | null }>`
      with m as materialized (select story_id, sort_sec from search_doc where ${match} and ${this.ginConditions(request)} limit ${COUNT_LIMIT}),
      c as materialized (select count(*) as n from m),
      w as materialized (select story_id from m order by sort_sec desc, story_id desc limit ${RANK_WINDOW}),
      r as (select story_id as id, ${relevanceOf(request)} as s, sort_sec as sec from search_rank
        where (select n from c) < ${COUNT_LIMIT} and story_id = any(array(select story_id from w))
        order by s desc, sec desc, id desc limit ${request.limit} offset ${request.offset})
      select c.n, r.id, r.s from c left join r on true order by r.s desc, r.sec desc, r.id desc`.execute(
      db,
    );
    const total = Number(result.rows[0]?.n ?? 0);
    const rows = result.rows.filter((r) => r.id !== null) as Row[];
    return { total, rows };
  }

  /**
   * A part of the window of newest matches, ranked by ts_rank_cd and recency: each story's
   * tsvector and date are read from its row in search_rank (on the heap, uncompressed: migrations
   * 0010 and 0011).
   */
  private async ranked(
    db: Kysely<SearchDatabase>,
    request: SearchRequest,
    window: { id: number }[],
    part: { offset: number; limit: number },
  ): Promise<Row[]> {
    // A bitmap of the window's rows, read in the table's order with the reads ahead that
    // effective_io_concurrency allows (SEARCH_SETTINGS): the stories of a rare word's window lie
    // all over the table, and one at a time the disk gave them at about 100 µs each. Each is
    // ranked as it is read, with its date from the same row (migration 0011).
    return (
      await sql<Row>`select story_id as id, ${relevanceOf(request)} as s from search_rank
        where story_id = any(${window.map((r) => r.id)}::integer[])
        order by s desc, sort_sec desc, story_id desc limit ${part.limit} offset ${part.offset}`.execute(
        db,
      )
    ).rows;
  }

  /**
   * One statement: per stem, the newest public stories of the editions holding it, among the
   * scope's newest TERM_WINDOW stories. The window is read once by the date index, and each of its
   * stories tested against every stem in search_rank (found by key, one row after the other: a
   * join could read the whole table), whose tsvector lies uncompressed in its row.
   * Matching each stem over the whole archive (GIN) fetched every holder's row: at 650,000
   * stories a common stem took 3-4 s and a story's 40 stems a minute; and a date walk tested the
   * toasted tsvector of search_doc, decompressed once per stem and row. The count (stem -1) is
   * the window's: rarity is measured where the holders were looked for.
   */
  async termMatches(request: TermMatchRequest): Promise<TermMatches> {
    const found: TermMatches = { stories: 0, matches: request.stems.map(() => []) };
    if (request.scope.editions.length === 0) return found;
    const { editions, nowSec } = request.scope;
    const queries = request.stems.map((stem) =>
      tsqueryText({ kind: 'term', text: stem, stems: [stem] }),
    );
    const rows = await sql<{ t: number; story_id: number }>`
      with recent as materialized (
        select story_id, sort_sec from search_doc where edition = any(${editions}) and public_sec <= ${nowSec}
        order by sort_sec desc, story_id desc limit ${TERM_WINDOW}),
      stems as materialized (select q, i::integer - 1 as t from unnest(${queries}::tsquery[]) with ordinality u(q, i)),
      hits as (
        select x.t, d.story_id, row_number() over (partition by x.t order by d.sort_sec desc, d.story_id desc) as n
        from recent d
        cross join lateral (select tsv from search_rank r where r.story_id = d.story_id offset 0) r
        cross join lateral (select s.t from stems s where r.tsv @@ s.q) x)
      select -1 as t, (select count(*) from recent)::integer as story_id, 0 as n
      union all
      select t, story_id, n from hits where n <= ${request.perStem}
      order by t, n`.execute(this.db);
    for (const r of rows.rows)
      if (Number(r.t) < 0) found.stories = Number(r.story_id);
      else found.matches[Number(r.t)]!.push(Number(r.story_id));
    return found;
  }
}
