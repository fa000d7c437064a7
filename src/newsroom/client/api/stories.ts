// Story calls of the newsroom API: list, read, create, save with If-Match, workflow steps, corrections, translations.

import type { Block } from '../../../domain/blocks.js';
import { query, request } from './http.js';
import type {
  EditionCode,
  PresenceUser,
  StoryFilters,
  StoryList,
  StoryStatus,
  StorySummary,
  StoryType,
  StoryView,
} from './types.js';

/** The editable fields of a story, as the editor sends them. */
export interface StoryFields {
  type: StoryType;
  title: string;
  rubric: string;
  lead: string;
  tags: string[];
  blocks: Block[];
}

export async function listStories(filters: StoryFilters): Promise<StoryList> {
  const data = await request<{ items: StorySummary[]; total: number }>(
    'GET',
    `/api/stories${query({ ...filters, mine: filters.mine ? '1' : undefined })}`,
  );
  return { stories: data.items, total: data.total };
}

export async function getStory(id: number): Promise<StoryView> {
  return request<StoryView>('GET', `/api/stories/${id}`);
}

export async function createStory(input: {
  edition: EditionCode;
  type: StoryType;
  title: string;
  rubric: string;
  lead?: string;
  /** The byline; the newsroom puts the signed-in person's name. */
  author?: string;
}): Promise<StoryView> {
  return request<StoryView>('POST', '/api/stories', { lead: '', blocks: [], ...input });
}

/** Saves changed fields on top of `version`; a 409 ApiError carries `current` (the story as it is now). */
export async function saveStory(
  id: number,
  version: number,
  changes: Partial<StoryFields>,
): Promise<StoryView> {
  return request<StoryView>('PATCH', `/api/stories/${id}`, changes, { ifMatch: version });
}

export async function transitionStory(
  id: number,
  input: { to: StoryStatus; at?: string; reason?: string },
): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/transitions`, input);
}

export async function correctStory(
  id: number,
  version: number,
  input: { note: string; story?: Partial<StoryFields> },
): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/corrections`, input, { ifMatch: version });
}

export async function translateStory(id: number, edition: EditionCode): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/translations`, { edition });
}

/** Says "I have this story open" (or, with leave, "I closed it"); answers who else has it open. */
export async function heartbeat(
  id: number,
  leave = false,
): Promise<{ version: number; others: PresenceUser[] }> {
  const data = await request<{ version: number; others: { userId: number; name: string }[] }>(
    'POST',
    `/api/stories/${id}/presence`,
    leave ? { leave: true } : {},
  );
  return {
    version: data.version,
    others: data.others.map((e) => ({ id: e.userId, name: e.name })),
  };
}
