// A published story to write in a test: the fields a test cares about, the rest filled in.

import type { StoryWrite } from '../../src/storage/port.js';

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
