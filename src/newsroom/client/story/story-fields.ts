// The editable fields of a story: taken from the API's view, compared, and the changed ones picked for a save.

import type { StoryFields } from '../api/stories.js';
import type { StoryView } from '../api/types.js';

export type { StoryFields };
export const FIELD_NAMES = [
  'title',
  'lead',
  'type',
  'rubric',
  'tags',
  'authors',
  'blocks',
  'cover',
  'related',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export function fieldsOf(story: StoryView): StoryFields {
  return {
    type: story.type,
    title: story.title,
    rubric: story.rubric,
    lead: story.lead,
    tags: [...story.tags],
    authors: story.authors.map((a) => ({ id: a.id, name: a.name })),
    blocks: story.blocks,
    cover: story.cover,
    related: story.related.map((r) => ({ id: r.id, edition: r.edition, title: r.title })),
  };
}

export function sameField(a: StoryFields, b: StoryFields, name: FieldName): boolean {
  return JSON.stringify(a[name]) === JSON.stringify(b[name]);
}

/** The fields of `next` that differ from `base`. */
export function changedFields(base: StoryFields, next: StoryFields): Partial<StoryFields> {
  const out: Partial<StoryFields> = {};
  for (const name of FIELD_NAMES)
    if (!sameField(base, next, name)) (out as Record<string, unknown>)[name] = next[name];
  return out;
}

export function isDirty(base: StoryFields, next: StoryFields): boolean {
  return FIELD_NAMES.some((name) => !sameField(base, next, name));
}
