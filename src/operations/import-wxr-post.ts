// Stores one mapped WordPress post: skipped when unchanged since the last run, else imported with its old addresses.

import type { Actor } from '../domain/actor.js';
import type { Block } from '../domain/blocks.js';
import type { Deps } from './deps.js';
import { importStory } from './import-story.js';

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

/**
 * One post in one transaction: the story (new, or the next version of the same source), its
 * old paths and the hash of what was mapped, so an interrupted or repeated run skips what it
 * already stored unchanged. `blocks` is asked for only when the post is written (it uploads media).
 */
export async function importWxrPost(
  deps: Deps,
  actor: Actor,
  post: WxrPostInput,
  blocks: () => Promise<Block[]>,
): Promise<WxrPostOutcome> {
  if ((await deps.store.legacy.importHash(post.sourceKey)) === post.hash)
    return { result: 'skipped', reason: 'unchanged since the last import' };
  if (post.state !== 'published')
    return {
      result: 'skipped',
      reason: `${post.state} post (only published posts are imported yet)`,
    };
  const story = { ...post.story, blocks: await blocks() };
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const result = await importStory(tx, actor, story, {
      ...(post.translationGroup ? { translationGroup: post.translationGroup } : {}),
    });
    await store.legacy.setPaths(result.story.id, post.legacyPaths);
    await store.legacy.setImportHash(post.sourceKey, post.hash);
    return { result: result.created ? 'imported' : 'updated', storyId: result.story.id };
  });
}
