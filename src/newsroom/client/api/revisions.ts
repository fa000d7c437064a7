// Revisions of a story: the list, a comparison of two versions, and restoring one.

import { query, request } from './http.js';
import type { RevisionComparison, RevisionSummary, StoryView } from './types.js';

export async function listRevisions(storyId: number): Promise<RevisionSummary[]> {
  const data = await request<unknown>('GET', `/api/stories/${storyId}/revisions`);
  if (Array.isArray(data)) return data as RevisionSummary[];
  return (data as { items?: RevisionSummary[] }).items ?? [];
}

export async function compareRevisions(
  storyId: number,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  const data = await request<unknown>(
    'GET',
    `/api/stories/${storyId}/revisions/compare${query({ from, to })}`,
  );
  const d = data as { comparison?: RevisionComparison };
  return d.comparison ?? (data as RevisionComparison);
}

export async function restoreRevision(
  storyId: number,
  version: number,
  baseVersion: number,
): Promise<StoryView> {
  const data = await request<unknown>(
    'POST',
    `/api/stories/${storyId}/revisions/${version}/restore`,
    {},
    { ifMatch: baseVersion },
  );
  const d = data as { story?: StoryView };
  return d.story ?? (data as StoryView);
}
