// Stores a story arriving in its JSON shape (crawl page, demo archive, export): new, or an update of the same source.

import { can, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Story, StoryInput } from '../domain/story.js';
import type { Deps } from './deps.js';
import { parseStoryInput } from './story-schema.js';
import { freeStorySlug } from './taxonomy.js';
import { writeStory, type StoryFields } from './write-story.js';

export interface ImportStoryOptions {
  /** Joins the story to a translation group (same story in other editions). */
  translationGroup?: string;
}

/**
 * The fields of a story imported as published: new, or the next version of `existing` (whose
 * slug, translation group and translated version it keeps). Shared by importStory and the bulk
 * imports (importWxrPosts), so a story comes out the same whichever way it came in.
 */
export function importedStoryFields(
  input: StoryInput,
  existing: Story | null,
  slug: string,
  now: string,
  options: ImportStoryOptions = {},
): StoryFields {
  const publishedAt = input.publishedAt ? new Date(input.publishedAt).toISOString() : now;
  return {
    edition: input.edition,
    type: input.type,
    status: 'published',
    title: input.title,
    slug,
    lead: input.lead,
    blocks: input.blocks,
    rubric: input.rubric,
    author: input.author ?? null,
    ...(input.authors ? { authors: input.authors } : {}),
    tags: input.tags ?? [],
    publishedAt,
    // Crawled pages may give a day only; a time the source gives (WXR, the API) is exact.
    publishedDateOnly: input.publishedDateOnly === true && input.publishedAt !== undefined,
    // An archive page brought in is not an edit: a new story was last updated when it came out.
    updatedAt: existing || publishedAt > now ? now : publishedAt,
    translationGroup: options.translationGroup ?? existing?.translationGroup ?? null,
    translatedFromVersion: existing?.translatedFromVersion ?? null,
    sourceKey: input.sourceKey ?? null,
    ...(input.cover !== undefined ? { cover: input.cover } : {}),
  };
}

export interface ImportStoryResult {
  story: Story;
  created: boolean;
}

/**
 * Imports one story as published, through the story write: its revision is the importer's
 * (`actor`, e.g. "crawl import"), with an audit line and the partner event. Importing the same
 * source again (same sourceKey) updates that story in place as its next version and keeps its
 * slug, so its URL never changes. The entry point of every importer (crawl pages, the demo
 * archive, exports and wires to come); a page's hot-tags strip is the importer's to set
 * (importCrawlPage), not the story's.
 */
export async function importStory(
  deps: Deps,
  actor: Actor,
  raw: unknown,
  options: ImportStoryOptions = {},
): Promise<ImportStoryResult> {
  const input = parseStoryInput(raw);
  if (!can(actor, 'import', input.edition))
    throw new LedeError('forbidden', `may not import into the ${input.edition} edition`);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const existing = input.sourceKey ? await store.stories.findBySourceKey(input.sourceKey) : null;
    if (existing && existing.edition !== input.edition)
      throw new LedeError(
        'invalid_input',
        `sourceKey ${input.sourceKey} belongs to a story of the ${existing.edition} edition`,
      );
    if (existing) await store.workflow.lockStory(existing.id);
    const slug =
      existing?.slug ??
      (await freeStorySlug(
        store,
        input.edition,
        input.slug ?? slugify(input.title, input.edition),
      ));
    const story = await writeStory({ ...deps, store }, actor, {
      current: existing,
      at: now,
      audit: {
        action: 'story.import',
        detail: (s) => ({ sourceKey: s.sourceKey, version: s.version }),
      },
      event: existing ? 'story.updated' : 'story.published',
      fields: importedStoryFields(input, existing, slug, now, options),
    });
    return { story, created: existing === null };
  });
}
