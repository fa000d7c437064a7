// The search index on PostgreSQL: a tsvector of app-made stems per story (GIN), ranked by ts_rank_cd and recency.

import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { KyselySearchIndex } from '../kysely-search-index.js';
import {
  FIELD_WEIGHTS,
  COUNT_LIMIT,
  RECENCY,
  type SearchDoc,
  type SearchRequest,
  type SearchResult,
} from '../port.js';
import type { PostgresSearchDatabase } from '../schema.js';
import { tsqueryText, tsvectorText } from './ts-text.js';

const HALF_LIFE = sql.raw(`${RECENCY.halfLifeDays * 86400}.0`);
/** ts_rank_cd weights in the order {D, C, B, A}: body is C, lead B, title A. */
const WEIGHTS = sql.raw(
  `'{0, ${FIELD_WEIGHTS.body}, ${FIELD_WEIGHTS.lead}, ${FIELD_WEIGHTS.title}}'`,
);

function tables(db: Kysely<Database>): Kysely<PostgresSearchDatabase> {
  return db;
}

/** Everything but the text: scope (editions, public by now, unpublished editions) and filters. */
function conditions(request: SearchRequest): RawBuilder<SqlBool> {
  const { scope, filters } = request;
  const parts: RawBuilder<unknown>[] = [sql`edition = any(${scope.editions})`];
  parts.push(
    scope.unpublishedEditions.length > 0
      ? sql`(public_sec <= ${scope.nowSec} or edition = any(${scope.unpublishedEditions}))`
      : sql`public_sec <= ${scope.nowSec}`,
  );
  if (filters.fromSec !== undefined) parts.push(sql`sort_sec >= ${filters.fromSec}`);
  if (filters.toSec !== undefined) parts.push(sql`sort_sec < ${filters.toSec}`);
  if (filters.rubricIds?.length) parts.push(sql`rubric_id = any(${filters.rubricIds})`);
  if (filters.types?.length) parts.push(sql`type = any(${filters.types})`);
  if (filters.authorIds?.length) parts.push(sql`author_id = any(${filters.authorIds})`);
  if (filters.tagIds?.length) parts.push(sql`tag_ids && ${filters.tagIds}::integer[]`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

export class PostgresSearchIndex extends KyselySearchIndex {
  protected async writeEntry(db: Kysely<Database>, doc: SearchDoc): Promise<boolean> {
    const result = await sql<{ inserted: boolean }>`
      insert into search_doc (story_id, edition, type, rubric_id, author_id, tag_ids, public_sec, sort_sec, tsv)
      values (${doc.id}, ${doc.edition}, ${doc.type}, ${doc.rubricId}, ${doc.authorId},
        ${doc.tagIds}::integer[], ${doc.publicSec}, ${doc.sortSec}, ${tsvectorText(doc)}::tsvector)
      on conflict (story_id) do update set edition = excluded.edition, type = excluded.type,
        rubric_id = excluded.rubric_id, author_id = excluded.author_id, tag_ids = excluded.tag_ids,
        public_sec = excluded.public_sec, sort_sec = excluded.sort_sec, tsv = excluded.tsv
      returning (xmax = 0) as inserted`.execute(db);
    return result.rows[0]?.inserted === true;
  }

  protected async upsertWords(
    db: Kysely<Database>,
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

  protected async removeEntry(db: Kysely<Database>, storyId: number): Promise<void> {
    await tables(db).deleteFrom('search_doc').where('story_id', '=', storyId).execute();
  }

  protected async clearEntries(db: Kysely<Database>): Promise<void> {
    await tables(db).deleteFrom('search_doc').execute();
  }

  protected async finishRebuild(db: Kysely<Database>): Promise<void> {
    await sql`analyze search_doc`.execute(db);
  }

  async query(request: SearchRequest): Promise<SearchResult> {
    const db = this.db;
    const q = sql`to_tsquery('simple', ${tsqueryText(request.query)})`;
    const counted = await sql<{
      n: string;
    }>`select count(*) as n from (select 1 from search_doc where tsv @@ ${q} and ${conditions(request)} limit ${COUNT_LIMIT}) m`.execute(
      db,
    );
    const total = Number(counted.rows[0]?.n ?? 0);
    const capped = total >= COUNT_LIMIT;
    if (total === 0 || request.offset >= total) return { total, capped, hits: [] };

    let rows: { id: number; s: number }[];
    if (request.sort === 'date' || capped) {
      const found = await sql<{
        id: number;
        s: number;
      }>`select story_id as id, 0 as s from search_doc where tsv @@ ${q} and ${conditions(request)} order by sort_sec desc, story_id desc limit ${request.limit} offset ${request.offset}`.execute(
        db,
      );
      rows = found.rows;
    } else {
      const recency = sql`(1.0 + ${RECENCY.boost}::float8 / (1.0 + greatest(0, ${request.scope.nowSec}::bigint - sort_sec) / ${HALF_LIFE}))`;
      const ranked = await sql<{
        id: number;
        s: number;
      }>`select story_id as id, ts_rank_cd(${WEIGHTS}, tsv, ${q}, 1) * ${recency} as s from search_doc where tsv @@ ${q} and ${conditions(request)} order by s desc, sort_sec desc, story_id desc limit ${request.limit} offset ${request.offset}`.execute(
        db,
      );
      rows = ranked.rows;
    }
    return { total, capped, hits: rows.map((r) => ({ id: Number(r.id), score: Number(r.s) })) };
  }
}
