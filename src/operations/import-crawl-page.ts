// Imports crawled pages, one or a batch: stories through the story write, and the hot-tags strip of the edition's freshest page.

import type { Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Story, StoryInput } from '../domain/story.js';
import type { Deps } from './deps.js';
import { setHotTags } from './hot-tags.js';
import {
  importedStoryFields,
  importStory,
  writeImportedStories,
  type ImportStoryResult,
} from './import-story.js';
import { parseStoryInput } from './story-schema.js';
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

export type CrawlBatchOutcome = { story: Story; created: boolean } | { error: string };

/** The edition's newest published story's publication time ('' when it has none). */
async function newestPublished(deps: Deps, edition: EditionCode): Promise<string> {
  const latest = await deps.store.stories.list({ edition, statuses: ['published'], limit: 1 });
  return latest.items[0]?.publishedAt ?? '';
}

/**
 * Many pages at once, the same stories and strips as importCrawlPage one by one would leave: in
 * ONE transaction, pages imported before (same source) as their next version through the story
 * write, new ones through the bulk story write; then, per edition, the strip of the last page
 * that was then the edition's freshest is set once, and the other pages' strip tags are made
 * sure of once each. A batch that fails (a page the schema refuses, a conflict) is rolled back
 * whole and written again page by page, so only the bad page is reported. A source given twice
 * is written page by page too. Outcomes come back in the order given.
 */
export async function importCrawlPages(
  deps: Deps,
  actor: Actor,
  pages: readonly CrawlPageInput[],
): Promise<CrawlBatchOutcome[]> {
  const keys = pages.flatMap((p) => (p.sourceKey ? [p.sourceKey] : []));
  try {
    if (new Set(keys).size < keys.length) throw new Error('the same source twice in one batch');
    const ids = await deps.store.transaction(async (store) => {
      const tx = { ...deps, store };
      const now = deps.clock.now().toISOString();
      const inputs = pages.map(({ hotTags: _, ...story }) => ({
        raw: story,
        input: parseStoryInput(story),
      }));
      const editions = [...new Set(inputs.map((p) => p.input.edition))];
      const newest = new Map<string, string>();
      for (const edition of editions) newest.set(edition, await newestPublished(tx, edition));
      const written = await writeImportedStories(
        tx,
        actor,
        inputs.map(({ raw, input }) => ({
          input,
          fields: (slug) => importedStoryFields(input, null, slug, now),
          again: (deps) => importStory(deps, actor, raw),
        })),
        now,
      );
      // Page by page, as one by one: a page no older than the edition's newest story sets the strip.
      const strip = new Map<string, string[]>();
      const ensured = new Map<string, Set<string>>(editions.map((e) => [e, new Set()]));
      for (const [i, { input }] of inputs.entries()) {
        const hotTags = pages[i]!.hotTags ?? [];
        const publishedAt = input.publishedAt ? new Date(input.publishedAt).toISOString() : now;
        if (hotTags.length > 0 && publishedAt >= newest.get(input.edition)!)
          strip.set(input.edition, hotTags);
        else for (const name of hotTags) ensured.get(input.edition)!.add(name);
        if (publishedAt > newest.get(input.edition)!) newest.set(input.edition, publishedAt);
      }
      for (const edition of editions) {
        for (const name of ensured.get(edition)!) await ensureTag(store, edition, name);
        const names = strip.get(edition);
        if (names)
          await setHotTags(
            tx,
            actor,
            edition,
            names.map((name) => ({ name })),
          );
      }
      return written;
    });
    const stories = new Map(
      (await deps.store.stories.findByIds(ids.map((w) => w.storyId))).map((s) => [s.id, s]),
    );
    return ids.map((w) => ({ story: stories.get(w.storyId)!, created: w.created }));
  } catch {
    const outcomes: CrawlBatchOutcome[] = [];
    for (const page of pages)
      try {
        outcomes.push(await importCrawlPage(deps, actor, page));
      } catch (error) {
        outcomes.push({
          error: error instanceof LedeError ? error.detail : (error as Error).message,
        });
      }
    return outcomes;
  }
}
