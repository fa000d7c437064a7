// Stores one mapped WordPress post through the story write: skipped when unchanged since the last run, else written with its old addresses.

import { can, type Actor } from '../domain/actor.js';
import type { Block } from '../domain/blocks.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import { isPublic, type Story, type StoryStatus } from '../domain/story.js';
import type { Deps } from './deps.js';
import { importStory } from './import-story.js';
import { parseStoryInput } from './story-schema.js';
import { freeStorySlug } from './taxonomy.js';
import { writeStory } from './write-story.js';

/** What importWxrPost needs of a mapped post (importers/wordpress/map-post.ts makes it). */
export interface WxrPostInput {
  sourceKey: string;
  state: 'published' | 'draft' | 'review' | 'scheduled' | 'private';
  story: { blocks: Block[] } & Record<string, unknown>;
  translationGroup: string | null;
  legacyPaths: string[];
  hash: string;
}

export type WxrPostOutcome =
  { result: 'imported' | 'updated'; storyId: number } | { result: 'skipped'; reason: string };

/** The note a private WordPress post carries: it is kept off the site. */
export const PRIVATE_NOTE = 'private in WordPress: not public';

const STATUS: Record<Exclude<WxrPostInput['state'], 'published'>, StoryStatus> = {
  draft: 'draft',
  review: 'review',
  scheduled: 'scheduled',
  private: 'unpublished',
};

/** A draft, pending, future or private post: written through the story write in its own state. */
async function writeUnpublished(
  deps: Deps,
  actor: Actor,
  post: WxrPostInput,
  raw: unknown,
): Promise<{ story: Story; created: boolean }> {
  const input = parseStoryInput(raw);
  if (!can(actor, 'import', input.edition))
    throw new LedeError('forbidden', `may not import into the ${input.edition} edition`);
  const now = deps.clock.now().toISOString();
  const state = post.state as Exclude<WxrPostInput['state'], 'published'>;
  return deps.store.transaction(async (store) => {
    const existing = await store.stories.findBySourceKey(post.sourceKey);
    if (existing && existing.edition !== input.edition)
      throw new LedeError(
        'invalid_input',
        `sourceKey ${post.sourceKey} belongs to the ${existing.edition} edition`,
      );
    if (existing) await store.workflow.lockStory(existing.id);
    const slug =
      existing?.slug ??
      (await freeStorySlug(
        store,
        input.edition,
        input.slug ?? slugify(input.title, input.edition),
      ));
    const at = input.publishedAt ? new Date(input.publishedAt).toISOString() : now;
    const story = await writeStory({ ...deps, store }, actor, {
      current: existing,
      at: now,
      audit: {
        action: 'story.import',
        detail: (s) => ({ sourceKey: s.sourceKey, version: s.version }),
      },
      event: existing && isPublic(existing.status) ? 'story.unpublished' : null,
      fields: {
        edition: input.edition,
        type: input.type,
        status: STATUS[state],
        title: input.title,
        slug,
        lead: input.lead,
        blocks: input.blocks,
        rubric: input.rubric,
        author: input.author ?? null,
        ...(input.authors ? { authors: input.authors } : {}),
        tags: input.tags ?? [],
        publishedAt: null,
        updatedAt: now,
        scheduledAt: state === 'scheduled' ? at : null,
        unpublishedReason: state === 'private' ? PRIVATE_NOTE : null,
        translationGroup: post.translationGroup ?? existing?.translationGroup ?? null,
        translatedFromVersion: existing?.translatedFromVersion ?? null,
        sourceKey: post.sourceKey,
      },
    });
    return { story, created: existing === null };
  });
}

/**
 * One post in one transaction: the story (new, or the next version of the same source) as an
 * import with a revision by its importer, its old paths and the hash of what was mapped, so an
 * interrupted or repeated run skips what it already stored unchanged. Published posts come in
 * through importStory; drafts, pending, future and private ones keep their state. `blocks` is
 * asked for only when the post is written (it uploads media).
 */
export async function importWxrPost(
  deps: Deps,
  actor: Actor,
  post: WxrPostInput,
  blocks: () => Promise<Block[]>,
): Promise<WxrPostOutcome> {
  if ((await deps.store.legacy.importHash(post.sourceKey)) === post.hash)
    return { result: 'skipped', reason: 'unchanged since the last import' };
  const story = { ...post.story, blocks: await blocks() };
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const result =
      post.state === 'published'
        ? await importStory(tx, actor, story, {
            ...(post.translationGroup ? { translationGroup: post.translationGroup } : {}),
          })
        : await writeUnpublished(tx, actor, post, story);
    await store.legacy.setPaths(result.story.id, post.legacyPaths);
    await store.legacy.setImportHash(post.sourceKey, post.hash);
    return { result: result.created ? 'imported' : 'updated', storyId: result.story.id };
  });
}
