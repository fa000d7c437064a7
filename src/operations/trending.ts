// Tags and stories rising against their usual level (the same hours over the past week), for the hot-tags strip and the newsroom.

import type { EditionCode } from '../domain/editions.js';
import { hourOf } from '../domain/read-counts.js';
import type { Tag } from '../domain/taxonomy.js';
import { trendHours, trending, type Trend } from '../domain/trending.js';
import type { Deps } from './deps.js';
import { readStories, type StoryRead } from './story-read-model.js';

function hoursNow(deps: Deps): { hour: number; hours: number[]; now: string } {
  const at = deps.clock.now();
  const hour = hourOf(at);
  const { now, past } = trendHours(hour);
  return { hour, hours: [...now, ...past], now: at.toISOString() };
}

function memo<T>(deps: Deps, key: string, fn: () => Promise<T>): Promise<T> {
  return deps.reads ? deps.reads.memo.get(key, fn) : fn();
}

/** The edition's rising tags (hidden ones left out), with their trend; the highest score first. */
export function trendingTags(
  deps: Deps,
  edition: EditionCode,
  limit: number,
): Promise<{ tag: Tag; trend: Trend }[]> {
  return memo(deps, `trend-tags ${edition} ${limit}`, async () => {
    const { hour, hours, now } = hoursNow(deps);
    const rows = await deps.store.readCounts.tagHourViews(edition, hours, now);
    const out: { tag: Tag; trend: Trend }[] = [];
    for (const trend of trending(rows, hour)) {
      if (out.length >= limit) break;
      const tag = await deps.store.taxonomy.findTagById(trend.key);
      if (tag && !tag.hidden) out.push({ tag, trend });
    }
    return out;
  });
}

/** The edition's rising stories, read as cards, with their trend. */
export function trendingStories(
  deps: Deps,
  edition: EditionCode,
  limit: number,
): Promise<{ read: StoryRead; trend: Trend }[]> {
  return memo(deps, `trend-stories ${edition} ${limit}`, async () => {
    const { hour, hours, now } = hoursNow(deps);
    const trends = trending(
      await deps.store.readCounts.storyHourViews(edition, hours, now),
      hour,
    ).slice(0, limit);
    const stories = new Map(
      (await deps.store.stories.findByIds(trends.map((t) => t.key))).map((s) => [s.id, s]),
    );
    const shown = trends.filter((t) => stories.has(t.key));
    const reads = await readStories(
      deps,
      shown.map((t) => stories.get(t.key)!),
    );
    return reads.map((read, i) => ({ read, trend: shown[i]! }));
  });
}
