// Imports one crawled page: its story through importStory, and its hot-tags strip when it is the edition's freshest page.

import type { Actor } from '../domain/actor.js';
import type { StoryInput } from '../domain/story.js';
import type { Deps } from './deps.js';
import { setHotTags } from './hot-tags.js';
import { importStory, type ImportStoryResult } from './import-story.js';
import { ensureTag } from './taxonomy.js';

/** Who a crawl import's revisions and audit lines name. */
export const CRAWL_IMPORTER: Actor = { kind: 'system', name: 'crawl import' };

/** A page as the crawl parser prints it: a story and the strip of hot tags the page showed. */
export interface CrawlPageInput extends StoryInput {
  hotTags?: string[];
}

/**
 * In one transaction: the page's story (new, or the next version of the same source), then its
 * hot tags. The strip of the freshest page is the edition's current one, so a page published no
 * earlier than the edition's newest story sets the strip; an older page's strip only makes sure
 * its tags exist (the parser splits the next pages' strips by the tags it knows). Either way
 * each tag of the strip is ensured once.
 */
export async function importCrawlPage(
  deps: Deps,
  actor: Actor,
  page: CrawlPageInput,
): Promise<ImportStoryResult> {
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const latest = await store.stories.list({
      edition: page.edition,
      statuses: ['published'],
      limit: 1,
    });
    const { hotTags = [], ...story } = page;
    const result = await importStory(tx, actor, story);
    const newest = latest.items[0]?.publishedAt ?? '';
    if (hotTags.length > 0 && (result.story.publishedAt ?? '') >= newest)
      await setHotTags(
        tx,
        actor,
        page.edition,
        hotTags.map((name) => ({ name })),
      );
    else for (const name of hotTags) await ensureTag(store, page.edition, name);
    return result;
  });
}
