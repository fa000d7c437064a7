// A story page's related stories: the editors' picks, then stories sharing rare tags and close in text, in the reader's edition.

import { rankRelated, RELATED_SHOWN, storyStems } from '../domain/related.js';
import type { Story } from '../domain/story.js';
import type { Rubric } from '../domain/taxonomy.js';
import { searchDocOf } from '../search/search-doc.js';
import type { Deps } from './deps.js';
import { readStories, type StoryRead } from './story-read-model.js';

/** Stems of the story a "more like this" asks about. */
const STEMS_ASKED = 40;
/** Per stem and per tag, the newest stories looked at: past that a stem or a tag is common. */
const DEPTH = 200;

/** How long past the memo's time a story's ranked candidates are still shown while they are made anew. */
const RANKED_STALE_MS = 60_000;

/**
 * The ranked part of a story's related stories, best first: the stories sharing its tags, weighed
 * by the tags' rarity, and close in text (the search index's stems), in two queries together. The
 * costly part of a story page (one stem match per stem asked).
 */
async function rankedCandidates(deps: Deps, story: Story): Promise<number[]> {
  const now = deps.clock.now();
  const doc = searchDocOf(story, []);
  const stems = storyStems(
    { title: doc.titleStems, lead: doc.leadStems, body: doc.bodyStems },
    STEMS_ASKED,
  );
  const [tags, found] = await Promise.all([
    deps.store.related.sharingTags({
      storyId: story.id,
      edition: story.edition,
      visibleAt: now.toISOString(),
      perTag: DEPTH,
    }),
    deps.store.search.termMatches({
      stems: stems.map((s) => s.stem),
      scope: { editions: [story.edition], nowSec: Math.floor(now.getTime() / 1000) },
      perStem: DEPTH,
    }),
  ]);
  return rankRelated({
    storyId: story.id,
    total: found.stories,
    tags,
    stems,
    stemMatches: found.matches,
  }).map((r) => r.storyId);
}

/**
 * The ids of a story's related stories in its edition, best first, at most `limit`: the editors'
 * picks in their order (a pick of another edition as its translation here), then the ranked
 * candidates. The picks are read each time; the ranked candidates a server keeps per story (not
 * per version) for the time of its memo (20 s) when it has one, and then shows them a little
 * longer while one render's call makes them anew in the background: an editor saving the
 * headline again and again does not match the whole text's stems again at each save (the
 * renders after each save's purge did, on PostgreSQL its costliest statement), no render after
 * a purge waits for them, and a change of text or tags reaches the list within about that time,
 * as new stories do.
 * Not checked for visibility: the caller reads them as the public may.
 */
export async function relatedCandidates(
  deps: Deps,
  story: Story,
  limit: number,
): Promise<number[]> {
  const kept = deps.reads?.memo;
  const [picks, ranked] = await Promise.all([
    deps.store.related.picksIn(story.id, story.edition),
    kept
      ? kept.getRefreshing(
          `related ranked ${story.id}`,
          () => rankedCandidates(deps, story),
          RANKED_STALE_MS,
        )
      : rankedCandidates(deps, story),
  ]);
  const ids: number[] = [];
  for (const id of [...picks, ...ranked]) {
    if (id !== story.id && !ids.includes(id)) ids.push(id);
    if (ids.length >= limit) break;
  }
  return ids;
}

/**
 * A story's related stories as readers see them, through the read model: picks first, then
 * the ranked candidates, the public ones only; when these are too few, the rubric's newest fill
 * the list. Picks, tags and text in three queries together, the stories in one, the read model's.
 */
export async function relatedStories(
  deps: Deps,
  story: Story,
  rubrics?: ReadonlyMap<number, Rubric>,
  shown = RELATED_SHOWN,
): Promise<StoryRead[]> {
  const now = deps.clock.now().toISOString();
  // Twice as many as shown: some may be out of sight (unpublished, under embargo).
  const ids = await relatedCandidates(deps, story, shown * 2);
  const visible = {
    edition: story.edition,
    statuses: ['published' as const],
    publishedTo: now,
    visibleAt: now,
  };
  const found = ids.length
    ? (await deps.store.stories.list({ ...visible, ids, limit: ids.length, countUpTo: 0 })).items
    : [];
  const byId = new Map(found.map((s) => [s.id, s]));
  const chosen = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])).slice(0, shown);
  if (chosen.length < shown) {
    const fill = await deps.store.stories.list({
      ...visible,
      rubricIds: [story.rubricId],
      excludeIds: [story.id, ...chosen.map((s) => s.id)],
      limit: shown - chosen.length,
      countUpTo: 0,
    });
    chosen.push(...fill.items);
  }
  return readStories(deps, chosen, rubrics ? { rubrics } : {});
}
