// Stores a story arriving in its JSON shape (crawl page, demo archive, export): new, or an update of the same source.

import { can, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Story, StoryInput } from '../domain/story.js';
import type { Deps } from './deps.js';
import { parseStoryInput } from './story-schema.js';
import { freeSlug, freeStorySlug } from './taxonomy.js';
import { writeStories } from './write-stories.js';
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

/** A story for the bulk import: its parsed input, its fields when new, its update when imported before. */
export interface ImportedStory {
  input: StoryInput;
  /** The new story's fields, given its free slug. */
  fields: (slug: string) => StoryFields;
  /** Writes the next version of the story imported before from the same source (in `deps`' transaction). */
  again: (deps: Deps) => Promise<ImportStoryResult>;
}

/**
 * Many imported stories in the caller's transaction (`deps.store` is one): those whose source
 * was imported before as their next version through the story write (`again`), the new ones
 * through the bulk story write, with slugs read in one query per edition (others, base-2…, one
 * by one). No source may come twice. Returns each story's id and whether it is new, in order.
 */
export async function writeImportedStories(
  deps: Deps,
  actor: Actor,
  items: readonly ImportedStory[],
  at: string,
): Promise<{ storyId: number; created: boolean }[]> {
  const { store } = deps;
  const keys = items.flatMap((i) => (i.input.sourceKey ? [i.input.sourceKey] : []));
  const existing = new Set((await store.stories.findBySourceKeys(keys)).map((s) => s.sourceKey));
  const bases = items.map(({ input }) => input.slug ?? slugify(input.title, input.edition));
  const stored = new Map<string, Set<string>>();
  for (const edition of new Set(items.map((i) => i.input.edition)))
    stored.set(
      edition,
      await store.stories.slugsTaken(
        edition,
        bases.filter((_, i) => items[i]!.input.edition === edition),
      ),
    );
  const results: { storyId: number; created: boolean }[] = [];
  const fresh: { at: number; fields: StoryFields }[] = [];
  const given = new Set<string>();
  for (const [i, { input, fields, again }] of items.entries()) {
    if (input.sourceKey && existing.has(input.sourceKey)) {
      results.push({ storyId: (await again(deps)).story.id, created: false });
      continue;
    }
    const known = stored.get(input.edition)!;
    const slug = await freeSlug(
      bases[i]!,
      async (s) =>
        given.has(`${input.edition}/${s}`) ||
        (s === bases[i] ? known.has(s) : await store.stories.slugTaken(input.edition, s)),
    );
    given.add(`${input.edition}/${slug}`);
    fresh.push({ at: results.length, fields: fields(slug) });
    results.push({ storyId: 0, created: true });
  }
  const ids = await writeStories(deps, actor, {
    stories: fresh.map((f) => f.fields),
    at,
    action: 'story.import',
  });
  fresh.forEach((f, i) => (results[f.at]!.storyId = ids[i]!));
  return results;
}
