// A page of a story list in SQL: each list walks one index from its newest end (or from a keyset cursor), counts only as far as asked.

import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { StoryQuery } from './stories-port.js';
import type { Database, StoryTable } from './schema.js';
import { storyOrder, unindexed, workflowFilters } from './story-filters.js';

const TAG_TIME = sql.ref<string | null>('story_tag.published_at');
const TAG_STORY = sql.ref<number>('story_tag.story_id');
const AUTHOR_TIME = sql.ref<string | null>('story_author.published_at');
const AUTHOR_STORY = sql.ref<number>('story_author.story_id');

/** Every column of a story but its text (body, corrections): a list of links (linksOnly). */
const LINK_COLUMNS = (
  [
    'id',
    'edition',
    'type',
    'status',
    'title',
    'slug',
    'lead',
    'rubric_id',
    'author_id',
    'published_at',
    'updated_at',
    'created_at',
    'translation_group',
    'translated_from_version',
    'source_key',
    'version',
    'translated_from_id',
    'embargo_until',
    'scheduled_at',
    'unpublished_reason',
    'created_by',
    'title_key',
    'change_seq',
    'published_date_only',
  ] as const satisfies readonly Exclude<keyof StoryTable, 'body' | 'corrections'>[]
).map((c) => `story.${c}` as const);

export interface StoryRowsPage {
  rows: Selectable<StoryTable>[];
  total: number;
  more: boolean;
}

/**
 * The stories of a query in the list's order. A tag's list reads the tag rows (they carry the
 * publication time, migration 0013); a list of several rubrics reads each rubric's newest rows
 * and merges them, so neither sorts all the stories of the tag or rubrics.
 */
function listBuilders(db: Kysely<Database>, query: StoryQuery) {
  const order = storyOrder(query);
  const byPublished = order.column === 'story.published_at';
  const byTag = query.tagId !== undefined && byPublished;
  // An author's list walks the author's rows (they carry the publication time, migration 0025).
  const authorId = query.authorId;
  const byAuthor = authorId !== undefined && byPublished && !byTag;
  const filtered = (rubricIds: number[] | undefined) => {
    let q = db.selectFrom('story');
    if (byAuthor) {
      q = q
        .innerJoin('story_author', 'story_author.story_id', 'story.id')
        .where('story_author.author_id', '=', authorId);
      if (query.publishedTo) q = q.where(AUTHOR_TIME, '<', query.publishedTo);
      if (query.publishedFrom) q = q.where(AUTHOR_TIME, '>=', query.publishedFrom);
    }
    if (query.tagId !== undefined) {
      q = q
        .innerJoin('story_tag', 'story_tag.story_id', 'story.id')
        .where('story_tag.tag_id', '=', query.tagId);
      // The same bounds on the tag rows' copy of the time keep the walk inside its index range.
      if (byTag && query.publishedTo) q = q.where(TAG_TIME, '<', query.publishedTo);
      if (byTag && query.publishedFrom) q = q.where(TAG_TIME, '>=', query.publishedFrom);
    }
    // A list of given stories finds each by its key (at a million stories SQLite walked the
    // edition's index, 50-70 ms, for ten ids).
    const byIds = query.ids !== undefined;
    if (query.edition)
      q = byIds
        ? q.where(unindexed('edition'), '=', query.edition)
        : q.where('story.edition', '=', query.edition);
    if (query.statuses?.length === 1)
      q = byIds
        ? q.where(unindexed('status'), '=', query.statuses[0]!)
        : q.where('story.status', '=', query.statuses[0]!);
    else if (query.statuses?.length) q = q.where('story.status', 'in', query.statuses);
    if (rubricIds?.length === 1) q = q.where('story.rubric_id', '=', rubricIds[0]!);
    else if (rubricIds?.length) q = q.where('story.rubric_id', 'in', rubricIds);
    if (query.types?.length) q = q.where('story.type', 'in', query.types);
    if (query.publishedFrom) q = q.where('story.published_at', '>=', query.publishedFrom);
    if (query.publishedTo)
      q = byIds
        ? q.where(unindexed('published_at'), '<', query.publishedTo)
        : q.where('story.published_at', '<', query.publishedTo);
    if (query.excludeIds?.length) q = q.where('story.id', 'not in', query.excludeIds);
    const before = query.before;
    if (before && byPublished)
      q = byTag
        ? q.where(
            sql<SqlBool>`(story_tag.published_at, story_tag.story_id) < (${before.publishedAt}, ${before.id})`,
          )
        : byAuthor
          ? q.where(
              sql<SqlBool>`(story_author.published_at, story_author.story_id) < (${before.publishedAt}, ${before.id})`,
            )
          : q.where((eb) =>
              eb(
                eb.refTuple('story.published_at', 'story.id'),
                '<',
                eb.tuple(before.publishedAt, before.id),
              ),
            );
    return workflowFilters(q, byAuthor ? { ...query, authorId: undefined } : query);
  };
  const sorted = (rubricIds: number[] | undefined, take: number) => {
    const q = query.linksOnly
      ? filtered(rubricIds)
          .select(LINK_COLUMNS)
          // The text's columns stay unread: empty blocks, no corrections.
          .select([sql<string>`'[]'`.as('body'), sql<string | null>`null`.as('corrections')])
      : filtered(rubricIds).selectAll('story');
    return (
      byTag
        ? q.orderBy(TAG_TIME, order.direction).orderBy(TAG_STORY, order.direction)
        : byAuthor
          ? q.orderBy(AUTHOR_TIME, order.direction).orderBy(AUTHOR_STORY, order.direction)
          : q.orderBy(order.column, order.direction).orderBy('story.id', order.direction)
    ).limit(take);
  };
  return { order, byPublished, filtered, sorted };
}

/** The newest `perRubric` stories of each of these rubrics, in one statement (a home page's blocks). */
export async function listRubricsNewest(
  db: Kysely<Database>,
  query: StoryQuery,
  rubricIds: readonly number[],
  perRubric: number,
): Promise<Selectable<StoryTable>[]> {
  if (rubricIds.length === 0) return [];
  const { sorted } = listBuilders(db, { ...query, order: 'published' });
  const branch = (id: number) => db.selectFrom(sorted([id], perRubric).as(`r${id}`)).selectAll();
  let merged = branch(rubricIds[0]!);
  for (const id of rubricIds.slice(1)) merged = merged.unionAll(branch(id));
  return await merged.execute();
}

export async function listStoryRows(
  db: Kysely<Database>,
  query: StoryQuery,
): Promise<StoryRowsPage> {
  const { order, byPublished, filtered, sorted } = listBuilders(db, query);
  const offset = query.offset ?? 0;
  const take = query.limit + 1;
  const rubricIds = query.rubricIds;
  let rows: Selectable<StoryTable>[];
  if (byPublished && rubricIds && rubricIds.length > 1) {
    // Each rubric's newest `offset + take`, merged: one index walk per rubric, no sort of all.
    const branch = (id: number) =>
      db.selectFrom(sorted([id], offset + take).as(`r${id}`)).selectAll();
    let merged = branch(rubricIds[0]!);
    for (const id of rubricIds.slice(1)) merged = merged.unionAll(branch(id));
    rows = await db
      .selectFrom(merged.as('merged'))
      .selectAll()
      .orderBy('merged.published_at', order.direction)
      .orderBy('merged.id', order.direction)
      .limit(take)
      .offset(offset)
      .execute();
  } else rows = await sorted(rubricIds, take).offset(offset).execute();

  const more = rows.length > query.limit;
  if (more) rows = rows.slice(0, query.limit);
  const shown = offset + rows.length + (more ? 1 : 0);
  // The last page tells the total itself; otherwise count, only as far as asked.
  const known = !more && (rows.length > 0 || offset === 0);
  const bound = query.countUpTo;
  if (known || (bound !== undefined && bound <= shown)) return { rows, total: shown, more };
  // A bounded count walks the list's own index in its order (the planner could start elsewhere).
  const counted =
    bound === undefined
      ? filtered(rubricIds).select(sql<number>`1`.as('one'))
      : sorted(rubricIds, bound)
          .clearSelect()
          .select(sql<number>`1`.as('one'));
  const row = await db
    .selectFrom(counted.as('matches'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(row.n), more };
}
