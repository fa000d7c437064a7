// The search index on SQLite: an FTS5 table of app-made stems keyed by doc-key rowids, ranked by bm25 and recency.

import { sql, type Kysely, type RawBuilder } from 'kysely';
import { createSqliteSearchTable } from '../migrations/0007-search-pairs.js';
import { KyselySearchIndex } from '../kysely-search-index.js';
import {
  FIELD_WEIGHTS,
  COUNT_LIMIT,
  RANK_WINDOW,
  RECENCY,
  relevancePage,
  type SearchDoc,
  type SearchRequest,
  type SearchResult,
  type TermMatchRequest,
  type TermMatches,
} from '../port.js';
import type { SearchDatabase, SqliteSearchDatabase } from '../schema.js';
import {
  BLOCK_SHIFT,
  docKey,
  scopeRanges,
  SEC_MASK,
  SEC_SHIFT,
  secOfKey,
  type KeyRange,
} from './doc-key.js';
import { withoutBroadTerms } from './rank-terms.js';
import type { AnalyzedQuery } from '../query/analyze-query.js';
import { matchExpression } from './match-expression.js';
import { storyFilterTokens } from '../filter-tokens.js';
import { pairsOf } from '../pairs.js';

/** The seconds held in a rowid (see doc-key.ts). */
function secOf(column: string): RawBuilder<unknown> {
  return sql.raw(`((${column} >> ${SEC_SHIFT}) & ${SEC_MASK})`);
}
const SEC = secOf('rowid');

function tables(db: Kysely<SearchDatabase>): Kysely<SqliteSearchDatabase> {
  return db;
}

/** rowid inside the ranges: one BETWEEN the index can seek, and per block its seconds when several. */
function rangeCondition(ranges: KeyRange[]): RawBuilder<unknown> {
  const lo = ranges[0]!.lo;
  const hi = ranges[ranges.length - 1]!.hi;
  const between = sql`rowid between ${lo} and ${hi}`;
  if (ranges.length === 1) return between;
  const cases = ranges.map(
    (r) => sql`when ${r.block} then ${SEC} between ${r.loSec} and ${r.hiSec}`,
  );
  return sql`${between} and (case rowid >> ${sql.raw(String(BLOCK_SHIFT))} ${sql.join(cases, sql` `)} else 0 end)`;
}

/** bm25 with the field weights; filter tokens (meta) and pairs of no field weigh nothing more. */
const w = FIELD_WEIGHTS;
const BM25 = sql`-bm25(search_fts, ${w.title}, ${w.lead}, ${w.body}, 0.0, ${w.title}, ${w.lead}, ${w.body})`;

/**
 * Each range's newest `limit` matching rowids (k), as one union (FTS5 walks rowids backwards),
 * with their bm25 weight (b) when asked: FTS5 computes it in the walk.
 */
function newestPerRange(
  match: string,
  ranges: KeyRange[],
  limit: number,
  weighed = false,
): RawBuilder<unknown> {
  const b = weighed ? BM25 : sql`0`;
  const parts = ranges.map(
    (r) =>
      sql`select * from (select rowid as k, ${b} as b from search_fts where search_fts match ${match} and rowid between ${r.lo} and ${r.hi} order by rowid desc limit ${limit})`,
  );
  return sql.join(parts, sql` union all `);
}

const K_SEC = secOf('k');

type Row = { k: number; s: number };

/** Newest first: by the seconds in the keys, then by key (the order of newestPerRange). */
function newestFirst(a: number, b: number): number {
  return secOfKey(b) - secOfKey(a) || b - a;
}

/** The filter tokens of a story's meta column ("_" is a token character there); its date is in its rowid. */
function metaOf(doc: SearchDoc): string {
  return storyFilterTokens(doc, { dates: false }).join(' ');
}

/** The FTS5 columns of a story, in table order: stems of each field, filter tokens, pairs of each field. */
function columnsOf(doc: SearchDoc): string[] {
  const fields = [doc.titleStems, doc.leadStems, doc.bodyStems];
  return [
    ...fields.map((stems) => stems.join(' ')),
    metaOf(doc),
    ...fields.map((stems) => pairsOf(stems).join(' ')),
  ];
}

export class SqliteSearchIndex extends KyselySearchIndex {
  protected async writeEntry(db: Kysely<SearchDatabase>, doc: SearchDoc): Promise<boolean> {
    const t = tables(db);
    const previous = await t
      .selectFrom('search_doc')
      .select('doc_key')
      .where('story_id', '=', doc.id)
      .executeTakeFirst();
    if (previous) await sql`delete from search_fts where rowid = ${previous.doc_key}`.execute(db);
    let key = docKey(doc);
    for (;;) {
      const holder = await t
        .selectFrom('search_doc')
        .select('story_id')
        .where('doc_key', '=', key)
        .executeTakeFirst();
      if (!holder || Number(holder.story_id) === doc.id) break;
      key++;
    }
    if (previous)
      await t
        .updateTable('search_doc')
        .set({ doc_key: key })
        .where('story_id', '=', doc.id)
        .execute();
    else await t.insertInto('search_doc').values({ story_id: doc.id, doc_key: key }).execute();
    const [title, lead, body, meta, titlePairs, leadPairs, bodyPairs] = columnsOf(doc);
    await sql`insert into search_fts (rowid, title, lead, body, meta, title_pairs, lead_pairs, body_pairs) values (${key}, ${title}, ${lead}, ${body}, ${meta}, ${titlePairs}, ${leadPairs}, ${bodyPairs})`.execute(
      db,
    );
    return previous === undefined;
  }

  /** Stories new to the index, by the batch: free keys found with one look-up per 500. */
  protected override async writeNewEntries(
    db: Kysely<SearchDatabase>,
    docs: SearchDoc[],
  ): Promise<void> {
    const t = tables(db);
    const wanted = docs.map(docKey);
    const taken = new Set<number>();
    for (let i = 0; i < wanted.length; i += 500) {
      const near = wanted.slice(i, i + 500).flatMap((k) => [k, k + 1, k + 2]);
      const found = await t
        .selectFrom('search_doc')
        .select('doc_key')
        .where('doc_key', 'in', near)
        .execute();
      for (const row of found) taken.add(Number(row.doc_key));
    }
    const rows: unknown[][] = [];
    for (const [i, doc] of docs.entries()) {
      let key = wanted[i]!;
      // Past the keys looked up above (three stories in one second with ids 2^18 apart): ask.
      while (
        taken.has(key) ||
        (key > wanted[i]! + 2 &&
          (await t
            .selectFrom('search_doc')
            .select('doc_key')
            .where('doc_key', '=', key)
            .executeTakeFirst()))
      )
        key++;
      taken.add(key);
      rows.push([doc.id, key, ...columnsOf(doc)]);
    }
    const json = JSON.stringify(rows);
    await sql`insert into search_doc (story_id, doc_key) select j.value ->> 0, j.value ->> 1 from json_each(${json}) j`.execute(
      db,
    );
    await sql`insert into search_fts (rowid, title, lead, body, meta, title_pairs, lead_pairs, body_pairs) select j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7, j.value ->> 8 from json_each(${json}) j`.execute(
      db,
    );
  }

  protected async upsertWords(
    db: Kysely<SearchDatabase>,
    edition: string,
    words: [string, string, number][],
    fresh: boolean,
  ): Promise<void> {
    const conflict = fresh ? sql`do update set docs = docs + excluded.docs` : sql`do nothing`;
    await sql`insert into search_word (edition, first, len, key, word, docs)
      select ${edition}, substr(j.value ->> 0, 1, 1), length(j.value ->> 0), j.value ->> 0, j.value ->> 1, j.value ->> 2
      from json_each(${JSON.stringify(words)}) j where true
      on conflict (edition, key) ${conflict}`.execute(db);
  }

  protected async removeEntry(db: Kysely<SearchDatabase>, storyId: number): Promise<void> {
    const t = tables(db);
    const previous = await t
      .selectFrom('search_doc')
      .select('doc_key')
      .where('story_id', '=', storyId)
      .executeTakeFirst();
    if (!previous) return;
    await sql`delete from search_fts where rowid = ${previous.doc_key}`.execute(db);
    await t.deleteFrom('search_doc').where('story_id', '=', storyId).execute();
  }

  protected async clearEntries(db: Kysely<SearchDatabase>): Promise<void> {
    // Made anew: quicker than deleting every row, and a table of an older definition is replaced.
    await sql`drop table search_fts`.execute(db);
    await createSqliteSearchTable(db as unknown as Kysely<unknown>);
    await tables(db).deleteFrom('search_doc').execute();
  }

  /**
   * A bulk write (a rebuild, a generated archive) ends by merging FTS5's segments into one: batches
   * leave the index in many, and every word's list is then read from each of them.
   */
  override async bulk<T>(write: () => Promise<T>): Promise<T> {
    // During the writes FTS5 merges no segments as it goes (automerge 0; it still merges 16 of a
    // level at once, its crisis merge): the final optimize merges them all in one pass, where the
    // incremental merges of 4 rewrote every entry once per level. A larger page cache keeps the
    // stories' indexes in memory as the archive grows past the default 2 MB.
    await sql`pragma cache_size = -262144`.execute(this.db);
    await sql`insert into search_fts (search_fts, rank) values ('automerge', 0)`.execute(this.db);
    try {
      const result = await write();
      await sql`insert into search_fts (search_fts) values ('optimize')`.execute(this.db);
      return result;
    } finally {
      await sql`insert into search_fts (search_fts, rank) values ('automerge', 4)`.execute(this.db);
      await sql`pragma cache_size = -2000`.execute(this.db);
    }
  }

  /** Whether a word or phrase is found in COUNT_LIMIT stories or more (remembered: it only grows). */
  private readonly broadness = new Map<string, boolean>();

  private async isBroad(node: AnalyzedQuery): Promise<boolean> {
    const match = matchExpression(node, {});
    let broad = this.broadness.get(match);
    if (broad === undefined) {
      const counted = await sql<{
        n: number;
      }>`select count(*) as n from (select rowid from search_fts where search_fts match ${match} limit ${COUNT_LIMIT})`.execute(
        this.db,
      );
      broad = Number(counted.rows[0]?.n ?? 0) >= COUNT_LIMIT;
      if (this.broadness.size >= 50_000) this.broadness.clear();
      this.broadness.set(match, broad);
    }
    return broad;
  }

  /** The window (newest first) weighed by a query of fewer words, best first (see rank-terms.ts). */
  private async weigh(weighedBy: AnalyzedQuery, window: number[], nowSec: number): Promise<Row[]> {
    if (window.length === 0) return [];
    const inWindow = new Set(window);
    const weighed = await sql<{
      k: number;
      b: number;
    }>`select rowid as k, ${BM25} as b from search_fts where search_fts match ${matchExpression(weighedBy, {})} and rowid between ${Math.min(...window)} and ${Math.max(...window)}`.execute(
      this.db,
    );
    const halfLife = RECENCY.halfLifeDays * 86400;
    return weighed.rows
      .filter((r) => inWindow.has(Number(r.k)))
      .map((r) => {
        const k = Number(r.k);
        const age = Math.max(0, nowSec - secOfKey(k));
        return { k, s: Number(r.b) * (1 + RECENCY.boost / (1 + age / halfLife)) };
      })
      .sort((x, y) => y.s - x.s || newestFirst(x.k, y.k));
  }

  async query(request: SearchRequest): Promise<SearchResult> {
    const ranges = scopeRanges(request.scope, request.filters);
    if (ranges.length === 0) return { total: 0, capped: false, hits: [] };
    const db = this.db;
    const match = matchExpression(request.query, request.filters);
    const { offset, limit } = request;
    const weighedBy =
      request.sort === 'relevance'
        ? await withoutBroadTerms(request.query, (node) => this.isBroad(node))
        : request.query;
    // The newest matches, FTS5 walking backwards and stopping at the limit.
    const newest = async (from: number, count: number) =>
      (
        await sql<Row>`select k, 0 as s from (${newestPerRange(match, ranges, from + count)}) order by ${K_SEC} desc, k desc limit ${count} offset ${from}`.execute(
          db,
        )
      ).rows;

    let total: number;
    let rows: Row[];
    if (weighedBy !== request.query) {
      // A broad word is not weighed: one walk gives the count, the window and the dates.
      const keys = (await newest(0, COUNT_LIMIT)).map((r) => Number(r.k));
      total = keys.length;
      if (total >= COUNT_LIMIT) rows = keys.slice(offset, offset + limit).map((k) => ({ k, s: 0 }));
      else {
        const page = relevancePage(offset, limit);
        const ranked = page.ranked
          ? (await this.weigh(weighedBy, keys.slice(0, RANK_WINDOW), request.scope.nowSec)).slice(
              page.ranked.offset,
              page.ranked.offset + page.ranked.limit,
            )
          : [];
        const dated = page.newest
          ? keys.slice(page.newest.offset, page.newest.offset + page.newest.limit)
          : [];
        rows = [...ranked, ...dated.map((k) => ({ k, s: 0 }))];
      }
    } else {
      // Newest first, FTS5 stops at the limit: a broad query costs no more than a narrow one.
      const counted = await sql<{
        n: number;
      }>`select count(*) as n from (select rowid from search_fts where search_fts match ${match} and ${rangeCondition(ranges)} order by rowid desc limit ${COUNT_LIMIT})`.execute(
        db,
      );
      total = Number(counted.rows[0]?.n ?? 0);
      if (total === 0 || offset >= total) rows = [];
      else if (request.sort === 'date' || total >= COUNT_LIMIT) rows = await newest(offset, limit);
      else {
        // The newest RANK_WINDOW matches, weighed by FTS5 as it walks them.
        const page = relevancePage(offset, limit);
        const recency = sql`(1.0 + ${RECENCY.boost} / (1.0 + max(0, ${request.scope.nowSec} - ${K_SEC}) / ${sql.raw(`${RECENCY.halfLifeDays * 86400}.0`)}))`;
        const ranked = page.ranked
          ? (
              await sql<Row>`select k, b * ${recency} as s from (select k, b from (${newestPerRange(match, ranges, RANK_WINDOW, true)}) order by ${K_SEC} desc, k desc limit ${RANK_WINDOW}) order by s desc, ${K_SEC} desc, k desc limit ${page.ranked.limit} offset ${page.ranked.offset}`.execute(
                db,
              )
            ).rows
          : [];
        rows = [
          ...ranked,
          ...(page.newest ? await newest(page.newest.offset, page.newest.limit) : []),
        ];
      }
    }
    const capped = total >= COUNT_LIMIT;
    if (rows.length === 0) return { total, capped, hits: [] };
    const ids = await tables(db)
      .selectFrom('search_doc')
      .select(['doc_key', 'story_id'])
      .where(
        'doc_key',
        'in',
        rows.map((r) => Number(r.k)),
      )
      .execute();
    const byKey = new Map(ids.map((r) => [Number(r.doc_key), Number(r.story_id)]));
    return {
      total,
      capped,
      hits: rows
        .filter((r) => byKey.has(Number(r.k)))
        .map((r) => ({ id: byKey.get(Number(r.k))!, score: Number(r.s) })),
    };
  }

  /**
   * One statement: per stem, the newest public stories of the editions holding it in title, lead
   * or body (FTS5 walks the rowids of the public ranges backwards and stops at the limit).
   */
  async termMatches(request: TermMatchRequest): Promise<TermMatches> {
    const found: TermMatches = { stories: 0, matches: request.stems.map(() => []) };
    const ranges = scopeRanges({ ...request.scope, unpublishedEditions: [] }, {});
    if (ranges.length === 0) return found;
    // The count rides along as stem -1: the scope's public stories, up to COUNT_LIMIT.
    const keys = sql.join(
      ranges.map(
        (r) =>
          sql`select doc_key as k from search_doc where doc_key between ${r.lo} and ${r.hi} and ((doc_key >> ${sql.raw(String(SEC_SHIFT))}) & ${sql.raw(String(SEC_MASK))}) between ${r.loSec} and ${r.hiSec}`,
      ),
      sql` union all `,
    );
    const counted = sql`select -1 as t, count(*) as k from (select k from (${keys}) limit ${COUNT_LIMIT})`;
    const parts = request.stems.map(
      (stem, i) =>
        sql`select ${i} as t, k from (select rowid as k from search_fts where search_fts match ${`{title lead body} : ${matchExpression({ kind: 'term', text: stem, stems: [stem] }, {})}`} and ${rangeCondition(ranges)} order by rowid desc limit ${request.perStem})`,
    );
    const matched = parts.length
      ? sql` union all select m.t as t, d.story_id as k from (${sql.join(parts, sql` union all `)}) m join search_doc d on d.doc_key = m.k`
      : sql``;
    const rows = await sql<{ t: number; k: number }>`${counted}${matched}`.execute(this.db);
    // Rows come per stem in the walk's order (newest first); the count first.
    for (const r of rows.rows)
      if (Number(r.t) < 0) found.stories = Number(r.k);
      else found.matches[Number(r.t)]!.push(Number(r.k));
    return found;
  }
}
