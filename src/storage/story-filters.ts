// The newsroom's filters and orders of a story list (desk lists, embargo), kept beside the store's own query.

import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { nameKey } from '../domain/taxonomy.js';
import type { StoryQuery } from './stories-port.js';
import type { Database } from './schema.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type StorySelect = SelectQueryBuilder<Database, 'story', {}>;

/**
 * A story column compared as an expression no index serves (`edition || ''`): the planner then
 * finds the stories another way, by their keys or from a joined table (the views of most read,
 * a list of given ids), instead of walking a list index of the whole edition. The same SQL on
 * SQLite and PostgreSQL.
 */
export const unindexed = (column: 'edition' | 'status' | 'published_at') =>
  sql<string>`(${sql.ref(`story.${column}`)} || '')`;

/** Adds the workflow filters of a StoryQuery: ids, creator, author, headline words, groups, embargo. */
export function workflowFilters(q: StorySelect, query: StoryQuery): StorySelect {
  if (query.ids) q = q.where('story.id', 'in', query.ids.length ? query.ids : [-1]);
  if (query.createdBy !== undefined) q = q.where('story.created_by', '=', query.createdBy);
  // Any of the story's authors, not only the first (story_author, migration 0017).
  const authorId = query.authorId;
  if (authorId !== undefined)
    q = q.where('story.id', 'in', (eb) =>
      eb
        .selectFrom('story_author')
        .select('story_author.story_id')
        .where('story_author.author_id', '=', authorId),
    );
  if (query.titleContains) {
    // Case-folded on both databases alike; % and _ typed by people are matched as themselves.
    const like = `%${nameKey(query.titleContains).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<SqlBool>`story.title_key like ${like} escape '\\'`);
  }
  if (query.translationGroups)
    q = q.where('story.translation_group', 'in', [...query.translationGroups, '']);
  if (query.translations) q = q.where('story.translated_from_id', 'is not', null);
  const visibleAt = query.visibleAt;
  if (visibleAt)
    q = q.where((eb) =>
      eb.or([eb('story.embargo_until', 'is', null), eb('story.embargo_until', '<=', visibleAt)]),
    );
  return q;
}

/** The sort of a list: newest published first (default), last updated first, next scheduled first. */
export function storyOrder(query: StoryQuery) {
  const order = query.order ?? 'published';
  const column =
    order === 'updated'
      ? ('story.updated_at' as const)
      : order === 'scheduled'
        ? ('story.scheduled_at' as const)
        : ('story.published_at' as const);
  return { column, direction: order === 'scheduled' ? ('asc' as const) : ('desc' as const) };
}
