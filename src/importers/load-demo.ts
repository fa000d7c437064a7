// Loads the demo archive written for Lede into an empty database: stories, translations, hot tags.

import type { Actor } from '../domain/actor.js';
import { EDITION_CODES } from '../domain/editions.js';
import type { Deps } from '../operations/deps.js';
import { setHotTags } from '../operations/hot-tags.js';
import { importStory } from '../operations/import-story.js';
import { DEMO_HOT_TAGS, DEMO_STORIES } from './demo/index.js';
import { DEMO_AUTHORS } from './demo/authors.js';
import { DEMO_RUBRICS, type DemoRubric } from './demo/rubrics.js';
import { createAuthorProfile } from '../operations/author-profiles.js';
import { linkRubrics } from '../operations/rubric-links.js';
import { resolveRubric } from '../operations/taxonomy.js';

const HOUR = 3_600_000;

/** Who the demo archive's revisions and audit lines name. */
export const DEMO_LOADER: Actor = { kind: 'system', name: 'demo archive' };

/** Loads the archive when the database has no story; returns how many stories it stored. */
export async function loadDemoArchive(
  deps: Deps,
  options: { force?: boolean } = {},
): Promise<number> {
  if (!options.force && (await deps.store.countStories()) > 0) return 0;
  const now = deps.clock.now().getTime();
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    // Profiles first: the stories name their authors as their edition writes them.
    for (const author of DEMO_AUTHORS)
      await createAuthorProfile(tx, DEMO_LOADER, {
        names: author.names,
        bios: author.bios,
        slug: author.slug,
      });
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
    // The same sections in every edition, linked so the newsroom names each in its own language.
    for (const key of Object.keys(DEMO_RUBRICS.en) as DemoRubric[]) {
      const ids = [];
      for (const edition of EDITION_CODES)
        ids.push((await resolveRubric(store, DEMO_LOADER, edition, DEMO_RUBRICS[edition][key])).id);
      await linkRubrics(tx, DEMO_LOADER, {
        key: key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        ids,
      });
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
