// What the public lists keep beside a story on each write: its tag rows' publication time, its sitemap month's lastmod.

import type { Kysely } from 'kysely';
import { deferMonths, upsertMonths } from './change-seq.js';
import type { Database } from './schema.js';

/**
 * Marks the sitemap month of these stories (as their rows stand now) changed at `at`, and gives
 * their tag and author rows the stories' publication time. Called before a write that may move a story to
 * another month (its old month changes too) and after every write.
 */
export async function touchStoryLists(
  db: Kysely<Database>,
  storyIds: readonly number[],
  at: string,
): Promise<void> {
  if (storyIds.length === 0) return;
  await copyPublicationTimes(db, storyIds);
  await db
    .updateTable('story_tag')
    .set({
      published_at: (eb) =>
        eb
          .selectFrom('story')
          .select('story.published_at')
          .whereRef('story.id', '=', 'story_tag.story_id'),
    })
    .where('story_id', 'in', storyIds)
    .execute();
  // The story's translations list it among their alternates: their months change too.
  const group = db
    .selectFrom('story as s')
    .select('s.translation_group')
    .where('s.id', 'in', storyIds)
    .where('s.translation_group', 'is not', null);
  await touchMonths(
    db,
    await db
      .selectFrom('story')
      .select(['edition', 'published_at'])
      .where((eb) => eb.or([eb('id', 'in', storyIds), eb('translation_group', 'in', group)]))
      .where('published_at', 'is not', null)
      .execute(),
    at,
  );
}

/**
 * Marks the sitemap month of a story just written (its row as returned by the write) changed at
 * `at`, and those of its translations, which list it among their alternates: touchStoryLists'
 * months, without reading the story's row again.
 */
export async function touchStoryMonths(
  db: Kysely<Database>,
  row: {
    id: number | string;
    edition: string;
    published_at: string | null;
    translation_group: string | null;
  },
  at: string,
): Promise<void> {
  const translations =
    row.translation_group === null
      ? []
      : await db
          .selectFrom('story')
          .select(['edition', 'published_at'])
          .where('translation_group', '=', row.translation_group)
          .where('id', '!=', Number(row.id))
          .where('published_at', 'is not', null)
          .execute();
  await touchMonths(db, [row, ...translations], at);
}

/** Gives the author rows of these stories their story's publication time (an author's list, 0025). */
export async function copyPublicationTimes(
  db: Kysely<Database>,
  storyIds: readonly number[],
): Promise<void> {
  if (storyIds.length === 0) return;
  await db
    .updateTable('story_author')
    .set({
      published_at: (eb) =>
        eb
          .selectFrom('story')
          .select('story.published_at')
          .whereRef('story.id', '=', 'story_author.story_id'),
    })
    .where('story_id', 'in', storyIds)
    .execute();
}

/** Moves the lastmod of the months these stories are published in to `at` when it is later. */
export async function touchMonths(
  db: Kysely<Database>,
  rows: readonly { edition: string; published_at: string | null }[],
  at: string,
): Promise<void> {
  const months = new Map<string, { edition: string; month: string; lastmod: string }>();
  for (const r of rows)
    if (r.published_at) {
      const month = r.published_at.slice(0, 7);
      months.set(`${r.edition}/${month}`, { edition: r.edition, month, lastmod: at });
    }
  if (months.size === 0) return;
  // In the store's transactions the months are written at the end, beside the change numbers:
  // a month's row, shared by every story of the month, stays locked only from there to the commit.
  if (deferMonths(db, months.values())) return;
  await upsertMonths(db, [...months.values()]).execute();
}
