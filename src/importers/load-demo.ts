// Loads the demo archive written for Lede into an empty database: stories, translations, hot tags.

import type { Actor } from '../domain/actor.js';
import type { CoverInput } from '../domain/cover.js';
import { EDITION_CODES } from '../domain/editions.js';
import type { Deps } from '../operations/deps.js';
import { setHotTags } from '../operations/hot-tags.js';
import { importStory } from '../operations/import-story.js';
import { uploadMedia } from '../operations/upload-media.js';
import { DEMO_HOT_TAGS, DEMO_RUBRICS, DEMO_STORIES, type DemoStory } from './demo/index.js';
import { DEMO_CREDIT, demoPicture } from './demo/pictures.js';
import type { DemoRubric } from './demo/rubrics.js';
import { DEMO_AUTHORS } from './demo/authors.js';
import { createAuthorProfile } from '../operations/author-profiles.js';
import { linkTaxonomy } from '../operations/taxonomy-links.js';
import { DEMO_TAG_LINKS } from './demo/tag-links.js';
import { resolveRubric } from '../operations/taxonomy.js';

const HOUR = 3_600_000;

/** Who the demo archive's revisions and audit lines name. */
export const DEMO_LOADER: Actor = { kind: 'system', name: 'demo archive' };

/** The rubric key of a demo story, from its rubric path in its edition. */
function rubricKey(story: DemoStory): DemoRubric {
  const names = DEMO_RUBRICS[story.edition];
  return (Object.keys(names) as DemoRubric[]).find((k) => names[k] === story.rubric) ?? 'society';
}

/** Drawings per rubric: enough that neighbouring cards differ, few enough to load fast. */
const PICTURES_PER_RUBRIC = 2;

/** Which of its rubric's drawings a story shows; translations (one group) show the same. */
function pictureSeed(story: DemoStory): string {
  let hash = 0;
  for (const ch of story.group ?? story.key) hash = (hash * 31 + ch.charCodeAt(0)) % 9973;
  return `${rubricKey(story)}-${hash % PICTURES_PER_RUBRIC}`;
}

/**
 * Draws and uploads the demo's pictures (two at a time: the image work runs off the main
 * thread) and answers the cover of each story by key, its alt text in the story's language.
 */
async function demoCovers(deps: Deps): Promise<Map<string, CoverInput>> {
  const bySeed = new Map<string, DemoStory[]>();
  for (const story of DEMO_STORIES) {
    const seed = pictureSeed(story);
    bySeed.set(seed, [...(bySeed.get(seed) ?? []), story]);
  }
  const covers = new Map<string, CoverInput>();
  const queue = [...bySeed];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [seed, stories] = next;
      const picture = demoPicture(rubricKey(stories[0]!), seed);
      const media = await uploadMedia(deps, DEMO_LOADER, {
        bytes: await deps.media.images.rasterize(picture.svg),
        filename: `${seed}.jpg`,
        alt: picture.alt.en,
        credit: DEMO_CREDIT,
      });
      for (const story of stories)
        covers.set(story.key, {
          mediaId: media.id,
          alt: picture.alt[story.edition],
          focus: picture.focus,
        });
    }
  };
  await Promise.all([worker(), worker()]);
  return covers;
}

/** Loads the archive when the database has no story; returns how many stories it stored. */
export async function loadDemoArchive(
  deps: Deps,
  options: { force?: boolean } = {},
): Promise<number> {
  if (!options.force && (await deps.store.stories.hasStories())) return 0;
  const now = deps.clock.now().getTime();
  // Files first (each upload keeps its own row and files together), then the stories at once.
  const covers = await demoCovers(deps);
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
          ...(covers.has(key) ? { cover: covers.get(key)! } : {}),
        },
        group ? { translationGroup: `demo-${group}` } : {},
      );
    }
    // The same sections (and their parents) and main tags in every edition, linked so the
    // newsroom names each in its own language.
    const link = (kind: 'rubric' | 'tag', key: string, ids: number[]) =>
      linkTaxonomy(tx, DEMO_LOADER, kind, ids[0]!, { ids: ids.slice(1) }, key);
    const dashed = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const parents: number[][] = [];
    for (const key of Object.keys(DEMO_RUBRICS.en) as DemoRubric[]) {
      const rubrics = [];
      for (const edition of EDITION_CODES)
        rubrics.push(await resolveRubric(store, DEMO_LOADER, edition, DEMO_RUBRICS[edition][key]));
      await link(
        'rubric',
        dashed(key),
        rubrics.map((r) => r.id),
      );
      const ids = rubrics.map((r) => r.parentId);
      if (ids.every((id) => id !== null) && !parents.some((p) => p[0] === ids[0]))
        parents.push(ids);
    }
    // Parents that are no section of their own ("Politics" above "Foreign policy").
    for (const ids of parents) {
      const en = (await store.taxonomy.findRubricById(ids[EDITION_CODES.indexOf('en')]!))!;
      if (!en.key) await link('rubric', en.slug, ids);
    }
    for (const [key, names] of DEMO_TAG_LINKS) {
      const ids = [];
      for (const edition of EDITION_CODES) {
        const tag = await store.taxonomy.findTag(edition, names[edition]);
        if (tag) ids.push(tag.id);
      }
      if (ids.length > 1) await link('tag', key, ids);
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
