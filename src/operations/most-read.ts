// The most read public stories of an edition or a rubric, over the last 24 hours or 7 days, read as cards.

import type { EditionCode } from '../domain/editions.js';
import { hourOf, MOST_READ_WINDOWS, type MostReadWindow } from '../domain/read-counts.js';
import type { Rubric } from '../domain/taxonomy.js';
import type { Deps } from './deps.js';
import { readStories, type StoryRead } from './story-read-model.js';

/**
 * How long an answer of most read is kept in a process: the block a page shows is at most this
 * old when the page is rendered (public pages are then kept up to a minute by the page cache).
 */
export const MOST_READ_TTL_MS = 20_000;

export interface MostReadRequest {
  edition: EditionCode;
  window: MostReadWindow;
  limit: number;
  /** A rubric's page: its stories and its children's. */
  rubricIds?: readonly number[];
  /** The edition's rubrics when the caller has them (the site's chrome). */
  rubrics?: ReadonlyMap<number, Rubric>;
}

/** The ranked stories with their views, through the read model; [] before anything is counted. */
export async function mostRead(
  deps: Deps,
  req: MostReadRequest,
): Promise<{ read: StoryRead; views: number }[]> {
  const run = async () => {
    const now = deps.clock.now();
    const ranked = await deps.store.readCounts.mostRead({
      edition: req.edition,
      fromHour: hourOf(now) - MOST_READ_WINDOWS[req.window] + 1,
      now: now.toISOString(),
      limit: req.limit,
      ...(req.rubricIds ? { rubricIds: req.rubricIds } : {}),
    });
    if (ranked.length === 0) return [];
    const stories = await deps.store.stories.findByIds(ranked.map((r) => r.storyId));
    const byId = new Map(stories.map((s) => [s.id, s]));
    const found = ranked.filter((r) => byId.has(r.storyId));
    const reads = await readStories(
      deps,
      found.map((r) => byId.get(r.storyId)!),
      req.rubrics ? { rubrics: req.rubrics } : {},
    );
    return reads.map((read, i) => ({ read, views: found[i]!.views }));
  };
  const memo = deps.reads?.memo;
  if (!memo) return run();
  const key = `most-read ${req.edition} ${req.window} ${req.limit} ${req.rubricIds?.join(',') ?? ''}`;
  return memo.get(key, run);
}
