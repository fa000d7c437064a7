// Story calls of the newsroom API: list, read, create, save with If-Match, workflow steps, corrections, translations.

import type { CorrectStoryInput } from '../../../operations/correct-story.js';
import type { NewStoryInput } from '../../../operations/story-fields.js';
import type { PresenceAnswer } from '../../../operations/story-presence.js';
import type { TransitionInput } from '../../../operations/transition-story.js';
import { query, request } from './http.js';
import type { DeskPage, EditionCode, StoryFilters, StoryView } from './types.js';

/** The editable fields of a story, as the editor sends them. */
/** An author in the story form: a profile (id), or a new name (id 0) the save makes into one. */
export interface AuthorChoice {
  id: number;
  name: string;
}

export type StoryFields = Pick<
  StoryView,
  'type' | 'title' | 'rubric' | 'lead' | 'tags' | 'blocks' | 'cover' | 'related'
> & {
  authors: AuthorChoice[];
};

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
  input: Pick<NewStoryInput, 'edition' | 'type' | 'title' | 'rubric'> &
    Partial<Pick<NewStoryInput, 'author'>> &
    Partial<Pick<NewStoryInput, 'lead'>>,
): Promise<StoryView> {
  return request<StoryView>('POST', '/api/stories', { lead: '', blocks: [], ...input });
}

/** Changed fields as the API takes them: authors as profile ids, or names for new ones. */
function wire<T extends { authors?: AuthorChoice[]; related?: { id: number }[] }>(changes: T) {
  const { authors, related, ...rest } = changes;
  return {
    ...rest,
    ...(authors ? { authors: authors.map((a) => (a.id > 0 ? a.id : a.name)) } : {}),
    ...(related ? { related: related.map((r) => r.id) } : {}),
  };
}

/** Saves changed fields on top of `version`; a 409 ApiError carries `current` (the story as it is now). */
export async function saveStory(
  id: number,
  version: number,
  changes: Partial<StoryFields> & { embargoUntil?: string | null },
): Promise<StoryView> {
  return request<StoryView>('PATCH', `/api/stories/${id}`, wire(changes), { ifMatch: version });
}

export async function transitionStory(id: number, input: TransitionInput): Promise<StoryView> {
  return request<StoryView>('POST', `/api/stories/${id}/transitions`, input);
}

export async function correctStory(
  id: number,
  version: number,
  input: Pick<CorrectStoryInput, 'note'> & { story?: Partial<StoryFields> },
): Promise<StoryView> {
  const body = input.story ? { ...input, story: wire(input.story) } : input;
  return request<StoryView>('POST', `/api/stories/${id}/corrections`, body, { ifMatch: version });
}

/** A new translation draft, with the source's tags it could not carry over and whether its rubric was guessed. */
export type TranslationDraft = StoryView & { untranslatedTags: string[]; rubricGuessed: boolean };

export async function translateStory(id: number, edition: EditionCode): Promise<TranslationDraft> {
  return request<TranslationDraft>('POST', `/api/stories/${id}/translations`, { edition });
}

/** Says "I have this story open" (or, with leave, "I closed it"); answers who else has it open. */
export function heartbeat(id: number, leave = false): Promise<PresenceAnswer> {
  return request<PresenceAnswer>(
    'POST',
    `/api/stories/${id}/presence`,
    leave ? { leave: true } : {},
  );
}
