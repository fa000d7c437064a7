// Numbers calls: a story's readers per hour (with its chart), what an edition reads, the hot-tags trend settings.

import type { EditionNumbers, StoryViewsSeries } from '../../../operations/newsroom-numbers.js';
import type { HotTagTrendView } from '../../../operations/hot-tag-trend.js';
import { query, request } from './http.js';
import type { EditionCode } from './types.js';

export type { EditionNumbers, HotTagTrendView };

export function getStoryViews(
  id: number,
  lang: EditionCode,
): Promise<StoryViewsSeries & { svg: string }> {
  return request('GET', `/api/stories/${id}/views${query({ lang })}`);
}

export function getNumbers(edition: EditionCode): Promise<EditionNumbers> {
  return request('GET', `/api/numbers${query({ edition })}`);
}

export function getHotTagTrend(edition: EditionCode): Promise<HotTagTrendView> {
  return request('GET', `/api/hot-tags/trend${query({ edition })}`);
}

export function saveHotTagTrend(
  edition: EditionCode,
  follow: boolean,
  blocked: string[],
): Promise<HotTagTrendView> {
  return request('PUT', '/api/hot-tags/trend', { edition, follow, blocked });
}
