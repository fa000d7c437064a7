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

/**
 * The ids of a story's related stories in its edition, best first, at most `limit`: the editors'
 * picks in their order (a pick of another edition as its translation here), then the ranked
 * stories sharing tags, weighed by the tags' rarity, and close in text (the search index's stems).
 * Three queries, run together. Not checked for visibility: the caller reads them as the public may.
 */
export async function relatedCandidates(
  deps: Deps,
  story: Story,
  limit: number,
): Promise<number[]> {
  const now = deps.clock.now();
  const doc = searchDocOf(story, []);
  const stems = storyStems(
    { title: doc.titleStems, lead: doc.leadStems, body: doc.bodyStems },
    STEMS_ASKED,
  );
  const [picks, tags, found] = await Promise.all([
    deps.store.related.picksIn(story.id, story.edition),
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
  const ranked = rankRelated({
    storyId: story.id,
    total: found.stories,
    tags,
    stems,
    stemMatches: found.matches,
  });
  const ids: number[] = [];
  for (const id of [...picks, ...ranked.map((r) => r.storyId)]) {
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
