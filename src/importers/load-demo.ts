// Loads the demo archive written for Lede into an empty database: stories, translations, hot tags.

import type { Actor } from '../domain/actor.js';
import { EDITION_CODES } from '../domain/editions.js';
import type { Deps } from '../operations/deps.js';
import { setHotTags } from '../operations/hot-tags.js';
import { importStory } from '../operations/import-story.js';
import { DEMO_HOT_TAGS, DEMO_STORIES } from './demo/index.js';

const HOUR = 3_600_000;

/** Who the demo archive's revisions and audit lines name. */
export const DEMO_LOADER: Actor = { kind: 'system', name: 'demo archive' };

/** Loads the archive when the database has no story; returns how many stories it stored. */
export async function loadDemoArchive(
  deps: Deps,
  options: { force?: boolean } = {},
): Promise<number> {
  if (!options.force && (await deps.store.stories.countStories()) > 0) return 0;
  const now = deps.clock.now().getTime();
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    for (const demo of DEMO_STORIES) {
      const { key, group, ageHours, ...input } = demo;
      await importStory(
        tx,
        DEMO_LOADER,
        {
          ...input,
          sourceKey: input.sourceKey ?? `demo:${key}`,
          publishedAt: new Date(now - ageHours * HOUR).toISOString(),
        },
        group ? { translationGroup: `demo-${group}` } : {},
      );
    }
    for (const edition of EDITION_CODES)
      await setHotTags(
        tx,
        DEMO_LOADER,
        edition,
        DEMO_HOT_TAGS[edition].map((name, i) => ({ name, pinned: i === 0 })),
      );
    return DEMO_STORIES.length;
  });
}
