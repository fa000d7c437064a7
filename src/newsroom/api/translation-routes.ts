// Translation routes: start a translation of a story, and the translation desk of an edition.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES } from '../../domain/editions.js';
import { STORY_STATUSES } from '../../domain/story.js';
import { translateSchema, translateStory } from '../../operations/translate-story.js';
import { storyTranslations, translationStatus } from '../../operations/translation-status.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';
import {
  storyIdParams,
  storySummarySchema,
  storyViewSchema,
  withVersion,
} from './story-api-schemas.js';

export function registerTranslationRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['translations'];

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/translations',
    permission: 'write',
    status: 201,
    summary: 'Start a translation: a linked draft in another edition with the same blocks',
    tags,
    params: storyIdParams,
    body: translateSchema,
    response: storyViewSchema.extend({
      untranslatedTags: z
        .array(z.string())
        .describe("the source's tags with no linked counterpart in the edition, left out"),
      rubricGuessed: z
        .boolean()
        .describe("true when the source's rubric has no linked counterpart there and was guessed"),
    }),
    handler: async ({ actor, params, body, reply, deps }) => {
      const story = await translateStory(deps, actor, params.id, body);
      reply.header('location', `/api/stories/${story.id}`);
      return withVersion(reply, story);
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id/translations',
    permission: 'authenticated',
    summary: 'Each other edition of a story: its translation there, up to date, stale or missing',
    tags,
    params: storyIdParams,
    response: z.array(
      z.object({
        edition: z.enum(EDITION_CODES),
        state: z.enum(['missing', 'source', 'current', 'stale', 'other']),
        story: z
          .object({ id: z.number().int(), title: z.string(), status: z.enum(STORY_STATUSES) })
          .nullable(),
        since: z.number().int().nullable().describe('stale: the first version it lacks'),
      }),
    ),
    handler: async ({ actor, params, deps }) => storyTranslations(deps, actor, params.id),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/translations/status',
    permission: 'authenticated',
    summary: 'Stories of an edition not yet in the other editions, and its stale translations',
    tags,
    query: z
      .object({
        edition: z.enum(EDITION_CODES),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      })
      .strict(),
    response: z.object({
      edition: z.enum(EDITION_CODES),
      missing: z.array(
        z.object({ story: storySummarySchema, missingIn: z.array(z.enum(EDITION_CODES)) }),
      ),
      stale: z.array(
        z.object({
          story: storySummarySchema,
          source: z.object({
            id: z.number().int(),
            edition: z.enum(EDITION_CODES),
            title: z.string(),
            version: z.number().int(),
          }),
          translatedFromVersion: z.number().int(),
        }),
      ),
    }),
    handler: async ({ actor, query, deps }) =>
      translationStatus(deps, actor, query.edition, query.limit),
  });
}
