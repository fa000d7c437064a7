// Newsroom story input: the story's JSON shape to create one, the fields a save may change, one error per field.

import { z } from 'zod';
import { LedeError } from '../domain/errors.js';
import { authorRefSchema, storyInputSchema } from './story-schema.js';

const isoTime = z.iso.datetime({ offset: true });

/** A new story: the shape the crawl parser prints, plus an optional embargo. */
export const newStorySchema = storyInputSchema.extend({
  embargoUntil: isoTime.nullable().optional(),
});
export type NewStoryInput = z.infer<typeof newStorySchema>;

/**
 * What a save may change, every field optional. The fields the API adds to a story
 * (id, version, status, url …) may be sent back as they were; changing them here is refused.
 */
export const storyChangesSchema = storyInputSchema
  .omit({ edition: true, sourceKey: true })
  .partial()
  .extend({
    author: z.string().trim().max(200).nullable().optional(),
    authors: z.array(authorRefSchema).max(20).optional(),
    publishedAt: isoTime.nullable().optional(),
    embargoUntil: isoTime.nullable().optional(),
    edition: z.string().optional(),
    sourceKey: z.string().nullable().optional(),
    id: z.unknown().optional(),
    version: z.unknown().optional(),
    status: z.unknown().optional(),
    url: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
    createdBy: z.unknown().optional(),
    corrections: z.unknown().optional(),
    scheduledAt: z.unknown().optional(),
    unpublishedReason: z.unknown().optional(),
    translationGroup: z.unknown().optional(),
    translatedFromId: z.unknown().optional(),
    translatedFromVersion: z.unknown().optional(),
    stale: z.unknown().optional(),
    allowed: z.unknown().optional(),
  });
export type StoryChanges = z.infer<typeof storyChangesSchema>;

/** Fields of the API shape a save never changes: sent back unchanged they are ignored. */
export const READ_ONLY_FIELDS = [
  'edition',
  'sourceKey',
  'id',
  'version',
  'status',
  'url',
  'createdAt',
  'updatedAt',
  'createdBy',
  'corrections',
  'scheduledAt',
  'unpublishedReason',
  'translationGroup',
  'translatedFromId',
  'translatedFromVersion',
  'stale',
  'allowed',
] as const;

/** Parses with a schema; a LedeError names the first wrong field ("blocks.2.alt: …"). */
export function parseFields<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix = '',
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const path = [prefix, ...at.map(String)].filter((p) => p !== '').join('.');
    throw new LedeError('invalid_input', `${path || 'input'}: ${issue.message}`, {
      field: path || 'input',
    });
  }
  return result.data;
}

/** An ISO time as UTC ISO ("…Z"), null kept. */
export function utc(time: string | null | undefined): string | null | undefined {
  return time ? new Date(time).toISOString() : time;
}
