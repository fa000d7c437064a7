// The newsroom's numbers: a story's views hour by hour, what an edition reads now, its most read.

import type { Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { hourOf, hourStart, slotOf } from '../domain/read-counts.js';
import type { Deps } from './deps.js';
import { mostRead } from './most-read.js';
import { readStories } from './story-read-model.js';
import { trendingStories } from './trending.js';
import { requireStory } from './story-view.js';

/** "Read now": the last three five-minute slots (10 to 15 minutes). */
export const READ_NOW_SLOTS = 3;

export interface StoryViewsSeries {
  storyId: number;
  /** Every hour of the span, oldest first, zeros included. */
  hours: { at: string; views: number }[];
  total: number;
}

/** A story's views per hour over the last `hours` hours (any signed-in user may read them). */
export async function storyViews(
  deps: Deps,
  _actor: Actor,
  storyId: number,
  hours = 48,
): Promise<StoryViewsSeries> {
  await requireStory(deps.store, storyId);
  const to = hourOf(deps.clock.now());
  const from = to - hours + 1;
  const rows = await deps.store.readCounts.storyHours(storyId, from, to);
  const byHour = new Map(rows.map((r) => [r.hour, r.views]));
  const series = Array.from({ length: hours }, (_, i) => ({
    at: hourStart(from + i).toISOString(),
    views: byHour.get(from + i) ?? 0,
  }));
  return { storyId, hours: series, total: series.reduce((n, h) => n + h.views, 0) };
}

export interface NumberedStory {
  id: number;
  title: string;
  url: string;
  views: number;
}

/** A story read more than usual: views in the last two hours against the same hours of past days. */
export interface RisingStory extends NumberedStory {
  /** Views in the same two hours, on average over the past seven days. */
  usual: number;
  /** (views + 5) / (usual + 5): "read N times as much as usual". */
  score: number;
}

export interface EditionNumbers {
  edition: EditionCode;
  readNow: NumberedStory[];
  /** Stories rising against their usual level, the highest score first. */
  rising: RisingStory[];
  day: NumberedStory[];
  week: NumberedStory[];
}

/**
 * What an edition reads now (the last 10-15 minutes), what rises against its usual level, and its
 * most read over 24 hours and 7 days.
 */
export async function editionNumbers(
  deps: Deps,
  edition: EditionCode,
  limit = 10,
): Promise<EditionNumbers> {
  const now = deps.clock.now();
  const recent = await deps.store.readCounts.readSince(
    edition,
    slotOf(now) - READ_NOW_SLOTS + 1,
    now.toISOString(),
    limit,
  );
  const stories = await deps.store.stories.findByIds(recent.map((r) => r.storyId));
  const byId = new Map(stories.map((s) => [s.id, s]));
  const shown = recent.filter((r) => byId.has(r.storyId));
  const reads = await readStories(
    deps,
    shown.map((r) => byId.get(r.storyId)!),
  );
  const [day, week, rising] = await Promise.all([
    mostRead(deps, { edition, window: 'day', limit }),
    mostRead(deps, { edition, window: 'week', limit }),
    trendingStories(deps, edition, limit),
  ]);
  const numbered = (list: { read: (typeof reads)[number]; views: number }[]) =>
    list.map(({ read, views }) => ({
      id: read.story.id,
      title: read.story.title,
      url: read.path,
      views,
    }));
  return {
    edition,
    readNow: numbered(reads.map((read, i) => ({ read, views: shown[i]!.views }))),
    rising: rising.map(({ read, trend }) => ({
      id: read.story.id,
      title: read.story.title,
      url: read.path,
      views: trend.views,
      usual: trend.usual,
      score: trend.score,
    })),
    day: numbered(day),
    week: numbered(week),
  };
}
