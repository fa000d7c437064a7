// Stores one mapped WordPress post through the story write: skipped when unchanged since the last run, else written with its old addresses.

import { can, type Actor } from '../domain/actor.js';
import type { Block } from '../domain/blocks.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import { isPublic, type Story, type StoryInput, type StoryStatus } from '../domain/story.js';
import type { Deps } from './deps.js';
import { importedStoryFields, importStory, writeImportedStories } from './import-story.js';
import { parseStoryInput } from './story-schema.js';
import { freeStorySlug } from './taxonomy.js';
import { writeStory, type StoryFields } from './write-story.js';

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

/** The fields of a draft, pending, future or private post: new, or the next version of `existing`. */
function unpublishedFields(
  post: WxrPostInput,
  input: StoryInput,
  existing: Story | null,
  slug: string,
  now: string,
): StoryFields {
  const state = post.state as Exclude<WxrPostInput['state'], 'published'>;
  const at = input.publishedAt ? new Date(input.publishedAt).toISOString() : now;
  return {
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
  };
}

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
    const story = await writeStory({ ...deps, store }, actor, {
      current: existing,
      at: now,
      audit: {
        action: 'story.import',
        detail: (s) => ({ sourceKey: s.sourceKey, version: s.version }),
      },
      event: existing && isPublic(existing.status) ? 'story.unpublished' : null,
      fields: unpublishedFields(post, input, existing, slug, now),
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

/** A post for the bulk import, with its blocks asked for only when it is written (they upload media). */
export interface WxrBatchItem {
  post: WxrPostInput;
  blocks: () => Promise<Block[]>;
}

export type WxrBatchOutcome = WxrPostOutcome | { result: 'failed'; error: string };

function failure(error: unknown): WxrBatchOutcome {
  return {
    result: 'failed',
    error: error instanceof LedeError ? error.detail : (error as Error).message,
  };
}

/**
 * Many posts at once, the same stories as importWxrPost one by one would make: posts unchanged
 * since the last run are skipped, the others written in ONE transaction (new stories through the
 * bulk story write, posts imported before as their next version through the story write), with
 * their old paths and hashes, so an interrupted run leaves whole batches and picks up after the
 * last one. A batch that fails (one post the schema refuses, a conflict) is rolled back whole and
 * written again post by post, each in its own transaction, so only the bad post is reported.
 * Outcomes come back in the order given.
 */
export async function importWxrPosts(
  deps: Deps,
  actor: Actor,
  items: readonly WxrBatchItem[],
): Promise<WxrBatchOutcome[]> {
  const outcomes: (WxrBatchOutcome | undefined)[] = [];
  const pending: {
    index: number;
    post: WxrPostInput;
    raw: WxrPostInput['story'];
    input: StoryInput;
  }[] = [];
  const keys = new Set<string>();
  let duplicate = false;
  const hashes = await deps.store.legacy.importHashes(items.map((i) => i.post.sourceKey));
  for (const [index, { post, blocks }] of items.entries()) {
    if (hashes.get(post.sourceKey) === post.hash) {
      outcomes[index] = { result: 'skipped', reason: 'unchanged since the last import' };
      continue;
    }
    try {
      const raw = { ...post.story, blocks: await blocks() };
      pending.push({ index, post, raw, input: parseStoryInput(raw) });
      if (keys.has(post.sourceKey)) duplicate = true;
      keys.add(post.sourceKey);
    } catch (error) {
      outcomes[index] = failure(error);
    }
  }
  if (pending.length === 0) return outcomes as WxrBatchOutcome[];
  try {
    // The same source twice in a batch is written in order, one by one, as the single import does.
    if (duplicate) throw new Error('the same source twice in one batch');
    const written = await deps.store.transaction(async (store) => {
      const tx = { ...deps, store };
      const now = deps.clock.now().toISOString();
      const options = (post: WxrPostInput) =>
        post.translationGroup ? { translationGroup: post.translationGroup } : {};
      const results = await writeImportedStories(
        tx,
        actor,
        pending.map(({ post, raw, input }) => ({
          input: { ...input, sourceKey: post.sourceKey },
          fields: (slug) =>
            post.state === 'published'
              ? importedStoryFields(input, null, slug, now, options(post))
              : unpublishedFields(post, input, null, slug, now),
          again: (deps) =>
            post.state === 'published'
              ? importStory(deps, actor, raw, options(post))
              : writeUnpublished(deps, actor, post, raw),
        })),
        now,
      );
      await store.legacy.setImported(
        pending.map(({ post }, i) => ({
          storyId: results[i]!.storyId,
          paths: post.legacyPaths,
          sourceKey: post.sourceKey,
          hash: post.hash,
        })),
      );
      return results.map((r): WxrPostOutcome => ({
        result: r.created ? 'imported' : 'updated',
        storyId: r.storyId,
      }));
    });
    pending.forEach((p, i) => (outcomes[p.index] = written[i]));
  } catch {
    for (const { index, post, raw } of pending)
      try {
        outcomes[index] = await importWxrPost(deps, actor, post, async () => raw.blocks);
      } catch (error) {
        outcomes[index] = failure(error);
      }
  }
  return outcomes as WxrBatchOutcome[];
}
