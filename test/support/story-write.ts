// A published story to write in a test: the fields a test cares about, the rest filled in.

import type { Store } from '../../src/storage/port.js';
import type { StoryWrite } from '../../src/storage/stories-port.js';

export function publishedStory(
  over: Pick<StoryWrite, 'edition' | 'title' | 'slug' | 'rubricId' | 'publishedAt'> &
    Partial<StoryWrite>,
): StoryWrite {
  return {
    type: 'news',
    status: 'published',
    lead: '',
    blocks: [],
    authorId: null,
    tagIds: [],
    updatedAt: over.publishedAt ?? new Date().toISOString(),
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
    ...over,
  };
}

/**
 * Writes `count` published English stories an hour apart, the last an hour before `end` (ms),
 * oldest first, in an "Economy" rubric; `story(i)` gives each one's text. Returns their ids,
 * oldest first.
 */
export async function hourlyStories(
  store: Store,
  count: number,
  end: number,
  story: (i: number) => Pick<StoryWrite, 'title' | 'slug'> & Partial<StoryWrite>,
): Promise<number[]> {
  const rubric = await store.taxonomy.createRubric({
    edition: 'en',
    slug: 'economy',
    name: 'Economy',
    parentId: null,
    position: 0,
  });
  const writes = Array.from({ length: count }, (_, i) =>
    publishedStory({
      edition: 'en',
      rubricId: rubric.id,
      publishedAt: new Date(end - (count - i) * 3_600_000).toISOString(),
      ...story(i),
    }),
  );
  const ids: number[] = [];
  for (let i = 0; i < writes.length; i += 1000)
    ids.push(...(await store.stories.insertMany(writes.slice(i, i + 1000))));
  return ids;
}
