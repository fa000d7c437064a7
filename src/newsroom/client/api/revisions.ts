// Revisions of a story: the list, a comparison of two versions, and restoring one.

import { query, request } from './http.js';
import type { RevisionComparison, RevisionSummary, StoryView } from './types.js';

export async function listRevisions(storyId: number): Promise<RevisionSummary[]> {
  const data = await request<{ items: RevisionSummary[] }>(
    'GET',
    `/api/stories/${storyId}/revisions`,
  );
  return data.items;
}

export function compareRevisions(
  storyId: number,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  return request<RevisionComparison>(
    'GET',
    `/api/stories/${storyId}/revisions/compare${query({ from, to })}`,
  );
}

export function restoreRevision(
  storyId: number,
  version: number,
  baseVersion: number,
): Promise<StoryView> {
  return request<StoryView>(
    'POST',
    `/api/stories/${storyId}/revisions/${version}/restore`,
    {},
    { ifMatch: baseVersion },
  );
}
