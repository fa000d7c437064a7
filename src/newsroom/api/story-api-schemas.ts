// Schemas and helpers shared by the story routes: the story's answer shape, If-Match, and the 409 with the current story.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import { LedeError } from '../../domain/errors.js';
import { STORY_STATUSES, STORY_TYPES } from '../../domain/story.js';
import { storyInputSchema } from '../../operations/story-schema.js';
import { StaleVersionError } from '../../operations/story-view.js';

const time = z.iso.datetime().nullable();

export const storySummarySchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: z.enum(STORY_STATUSES),
  url: z.string().describe('the public path the story has, or will have once out'),
  edition: z.enum(EDITION_CODES),
  type: z.enum(STORY_TYPES),
  title: z.string(),
  slug: z.string(),
  rubric: z.string().describe('"Name", or "Parent / Child"'),
  lead: z.string(),
  tags: z.array(z.string()),
  author: z.string().nullable(),
  authors: z.array(z.object({ id: z.number().int(), name: z.string() })),
  publishedAt: time,
  embargoUntil: time,
  scheduledAt: time,
  unpublishedReason: z.string().nullable(),
  createdBy: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  translationGroup: z.string().nullable(),
  translatedFromId: z.number().int().nullable(),
  translatedFromVersion: z.number().int().nullable(),
  sourceKey: z.string().nullable(),
  stale: z.boolean().describe('a translation whose source has changed since'),
  allowed: z
    .object({
      edit: z.boolean(),
      correct: z.boolean(),
      transitions: z.array(z.enum(STORY_STATUSES)),
    })
    .optional()
    .describe('what the asking user may do with the story now'),
});

const coverImageSchema = z
  .object({
    key: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    url: z.string().describe('the normalised original'),
    variants: z.array(
      z.object({ width: z.number().int(), height: z.number().int(), url: z.string() }),
    ),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
  })
  .describe('the media item and its own texts (read only: a save ignores it)');

export const coverViewSchema = z
  .object({
    mediaId: z.number().int(),
    alt: z.string().nullable().describe("the story's alt text; null: the media item's"),
    caption: z.string().nullable().describe("the story's caption; null: the media item's"),
    credit: z.string().nullable().describe("the story's credit; null: the media item's"),
    focus: z
      .object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) })
      .describe('the focal point, fractions of width and height: crops keep it in sight'),
    image: coverImageSchema,
  })
  .nullable()
  .describe('the cover image; send null to remove it, leave it out to keep it');

export const storyViewSchema = storySummarySchema.extend({
  blocks: storyInputSchema.shape.blocks,
  corrections: z.array(z.object({ at: z.iso.datetime(), note: z.string() })),
  cover: coverViewSchema,
  related: z
    .array(z.object({ id: z.number().int(), edition: z.enum(EDITION_CODES), title: z.string() }))
    .describe(
      "the editors' picks of related stories, in order (up to 5, any edition: a reader gets the pick's translation in the story's edition); send ids (or these objects) to set them, leave it out to keep them",
    ),
});

export const storyIdParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * The version an edit is based on, from If-Match: `"3"`, `W/"3"` or a bare 3.
 * Missing answers 428, so no client saves blindly over someone else's work.
 */
export function ifMatchVersion(req: FastifyRequest): number {
  const header = req.headers['if-match'];
  if (header === undefined || header === '')
    throw new LedeError(
      'precondition_required',
      'send If-Match with the version the change is based on',
      { field: 'If-Match' },
    );
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(String(header));
  if (!match)
    throw new LedeError('invalid_input', 'If-Match: a story version such as "3"', {
      field: 'If-Match',
    });
  return Number(match[1]);
}

/** If-Match when sent (corrections, restores); undefined otherwise. */
export function optionalIfMatch(req: FastifyRequest): number | undefined {
  return req.headers['if-match'] === undefined ? undefined : ifMatchVersion(req);
}

/** Runs a write; a stale base answers 409 with `{ error: 'conflict', current }` so nothing is lost. */
export async function withConflict<T>(reply: FastifyReply, write: () => Promise<T>) {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    reply.header('etag', `"${error.current.version}"`);
    return reply
      .code(409)
      .send({ error: 'conflict', message: error.detail, current: error.current });
  }
}

/** Tells caches and clients which version an answer shows. */
export function withVersion<T extends { version: number }>(reply: FastifyReply, story: T): T {
  reply.header('etag', `"${story.version}"`);
  return story;
}
