// The story's JSON shape as a schema: what importers and the newsroom API accept, checked before any write.

import { z } from 'zod';
import { EDITION_CODES } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { STORY_TYPES, type StoryInput } from '../domain/story.js';
import { MARKS, VIDEO_PROVIDERS } from '../domain/blocks.js';
import { coverInputSchema } from './cover-view.js';
import { MAX_RELATED_PICKS } from '../domain/related.js';

const text = (max: number) => z.string().max(max);

const run = z
  .object({
    text: text(20_000),
    marks: z.array(z.enum(MARKS)).max(4).optional(),
    href: z
      .string()
      .max(2000)
      .regex(/^(https?:\/\/|mailto:|\/)/i, 'links must be http(s), mailto or site paths')
      .optional(),
  })
  .strict();

const paragraph = z
  .object({ type: z.literal('paragraph'), content: z.array(run).max(500) })
  .strict();

const imageFields = {
  src: z.string().max(2000),
  alt: text(500),
  caption: text(2000).optional(),
  credit: text(300).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
};

/** One block of a body (or of a live entry), as the API takes it. */
export const blockSchema = z.discriminatedUnion('type', [
  paragraph,
  z
    .object({
      type: z.literal('heading'),
      level: z.union([z.literal(2), z.literal(3)]).optional(),
      content: z.array(run).max(100),
    })
    .strict(),
  z
    .object({
      type: z.literal('question'),
      speaker: text(200).optional(),
      content: z.array(paragraph).max(100),
    })
    .strict(),
  z
    .object({
      type: z.literal('answer'),
      speaker: text(200).optional(),
      content: z.array(paragraph).max(200),
    })
    .strict(),
  z
    .object({
      type: z.literal('quote'),
      content: z.array(paragraph).max(50),
      cite: text(300).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('image'),
      src: z.string().max(2000),
      alt: text(500),
      caption: text(2000).optional(),
      credit: text(300).optional(),
      width: z.number().int().positive().optional(),
      height: z.number().int().positive().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('list'),
      ordered: z.boolean().optional(),
      items: z.array(z.array(run).max(100)).max(200),
    })
    .strict(),
  z
    .object({
      type: z.literal('embed'),
      provider: z.enum(['youtube', 'x', 'telegram', 'link']),
      url: z.url({ protocol: /^https?$/ }).max(2000),
      title: text(500).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('gallery'),
      images: z.array(z.object(imageFields).strict()).min(1, 'a gallery needs a picture').max(100),
      caption: text(2000).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('video'),
      provider: z.enum(VIDEO_PROVIDERS),
      url: z.url({ protocol: /^https$/ }).max(2000),
      poster: z.string().max(2000).optional(),
      title: text(500).optional(),
      caption: text(2000).optional(),
      credit: text(300).optional(),
    })
    .strict(),
]);

/** An author of a story: a name, a profile id, or a profile as the API shows it ({ id, name }). */
export const authorRefSchema = z.union([
  z.string().trim().min(1).max(200),
  z.number().int().positive(),
  z.object({ id: z.number().int().positive() }).loose(),
]);

export const storyInputSchema = z
  .object({
    edition: z.enum(EDITION_CODES),
    type: z.enum(STORY_TYPES),
    title: z.string().trim().min(1, 'a headline is required').max(500),
    rubric: z.string().trim().min(1, 'a rubric is required').max(300),
    lead: text(5000),
    blocks: z.array(blockSchema).max(2000),
    tags: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    hotTags: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    author: z.string().trim().max(200).optional(),
    /** Several authors in byline order: names (made into profiles when new) or profile ids. */
    authors: z.array(authorRefSchema).max(20).optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    publishedDateOnly: z.boolean().optional(),
    sourceKey: z.string().max(200).optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase ASCII words joined by "-"')
      .max(120)
      .optional(),
    cover: coverInputSchema.nullable().optional(),
    /** The editors' picks of related stories, in order: ids, or stories as the API shows them ({ id, … }). */
    related: z
      .array(z.union([z.number().int().positive(), z.object({ id: z.number().int().positive() })]))
      .max(MAX_RELATED_PICKS, `at most ${MAX_RELATED_PICKS} related stories`)
      .optional(),
  })
  .strict();

/** Checks a story in its JSON shape; a LedeError names the first field that is wrong. */
export function parseStoryInput(value: unknown): StoryInput {
  const result = storyInputSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'story';
    throw new LedeError('invalid_input', `${where}: ${issue.message}`);
  }
  return result.data;
}
