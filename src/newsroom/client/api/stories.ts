// Story calls of the newsroom API: list, read, create, save with If-Match, workflow steps, corrections, translations.

import type { CorrectStoryInput } from '../../../operations/correct-story.js';
import type { NewStoryInput } from '../../../operations/story-fields.js';
import type { PresenceAnswer } from '../../../operations/story-presence.js';
import type { TransitionInput } from '../../../operations/transition-story.js';
import { query, request } from './http.js';
import type { DeskPage, EditionCode, StoryFilters, StoryView } from './types.js';

/** The editable fields of a story, as the editor sends them. */
export type StoryFields = Pick<
  StoryView,
  'type' | 'title' | 'rubric' | 'lead' | 'tags' | 'blocks' | 'cover'
>;

export function listStories(filters: StoryFilters): Promise<DeskPage> {
  return request<DeskPage>(
    'GET',
    `/api/stories${query({ ...filters, mine: filters.mine ? '1' : undefined })}`,
  );
}

export async function getStory(id: number): Promise<StoryView> {
  return request<StoryView>('GET', `/api/stories/${id}`);
}

/** A new draft; `author` is the byline (the newsroom puts the signed-in person's name). */
export async function createStory(
  input: Pick<NewStoryInput, 'edition' | 'type' | 'title' | 'rubric' | 'author'> &
    Partial<Pick<NewStoryInput, 'lead'>>,
): Promise<StoryView> {
  return request<StoryView>('POST', '/api/stories', { lead: '', blocks: [], ...input });
}

/** Saves changed fields on top of `version`; a 409 ApiError carries `current` (the story as it is now). */
export async function saveStory(
  id: number,
  version: number,
  changes: Partial<StoryFields> & { embargoUntil?: string | null },
): Promise<StoryView> {
  return request<StoryView>('PATCH', `/api/stories/${id}`, changes, { ifMatch: version });
}

export async function transitionStory(id: number, input: TransitionInput): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/transitions`, input);
}

export async function correctStory(
  id: number,
  version: number,
  input: Pick<CorrectStoryInput, 'note'> & { story?: Partial<StoryFields> },
): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/corrections`, input, { ifMatch: version });
}

export async function translateStory(id: number, edition: EditionCode): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/translations`, { edition });
}

/** Says "I have this story open" (or, with leave, "I closed it"); answers who else has it open. */
export function heartbeat(id: number, leave = false): Promise<PresenceAnswer> {
  return request<PresenceAnswer>(
    'POST',
    `/api/stories/${id}/presence`,
    leave ? { leave: true } : {},
  );
}
