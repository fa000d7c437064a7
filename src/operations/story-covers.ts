// The cover images of a page of stories for the site's cards: one query whatever the number of stories.

import type { CoverRead } from '../domain/cover.js';
import type { Story } from '../domain/story.js';
import { coverRead } from './cover-view.js';
import type { Deps } from './deps.js';

export async function coversOf(
  deps: Pick<Deps, 'store'>,
  stories: readonly Pick<Story, 'id'>[],
): Promise<Map<number, CoverRead>> {
  const stored = await deps.store.covers.ofStories(stories.map((s) => s.id));
  return new Map([...stored].map(([id, c]) => [id, coverRead(c)]));
}
