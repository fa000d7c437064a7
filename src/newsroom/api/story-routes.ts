// Story routes of the newsroom API: create, desk lists, read, save with If-Match, transitions, corrections, presence.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { correctionSchema, correctStory } from '../../operations/correct-story.js';
import { createStory } from '../../operations/create-story.js';
import { getStory } from '../../operations/get-story.js';
import { deskQuerySchema, listDesk } from '../../operations/list-desk.js';
import { presenceSchema, storyPresence } from '../../operations/story-presence.js';
import { newStorySchema, storyChangesSchema } from '../../operations/story-fields.js';
import { transitionSchema, transitionStory } from '../../operations/transition-story.js';
import { updateStory } from '../../operations/update-story.js';
import { ownByline } from '../../operations/author-profiles.js';
import { defineRoute } from './define-route.js';
import { registerRevisionRoutes } from './revision-routes.js';
import type { ApiDeps } from './route-spec.js';
import {
  ifMatchVersion,
  optionalIfMatch,
  storyIdParams,
  storySummarySchema,
  storyViewSchema,
  withConflict,
  withVersion,
} from './story-api-schemas.js';
import { registerTaxonomyRoutes } from './taxonomy-routes.js';
import { registerTranslationRoutes } from './translation-routes.js';

/**
 * Every route of the story workflow, revisions, translations and taxonomy settings. Each body is
 * parsed once, by the route's schema, and handed to the operation typed; the story write checks
 * blocks against the editor's schema (Deps.checkBlocks) whichever path a story comes by.
 */
export function registerStoryRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['stories'];

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories',
    permission: 'write',
    status: 201,
    summary: 'Create a draft from a story in its JSON shape (what `lede parse crawl` prints)',
    tags,
    body: newStorySchema,
    response: storyViewSchema,
    handler: async ({ actor, body, reply, deps }) => {
      // A story sent without a byline is credited to whoever sends it (a person or their API token).
      const byline =
        body.author === undefined && body.authors === undefined ? await ownByline(deps, actor) : {};
      const story = await createStory(deps, actor, { ...body, ...byline });
      reply.header('location', `/api/stories/${story.id}`);
      return withVersion(reply, story);
    },
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories',
    permission: 'authenticated',
    summary:
      'Desk lists: filter by status, edition, rubric, author, mine, headline; scheduled next',
    tags,
    query: deskQuerySchema,
    response: z.object({
      items: z.array(
        storySummarySchema.extend({
          rubricId: z.number().int(),
          presence: z
            .array(z.object({ userId: z.number().int(), name: z.string() }))
            .describe('who else has the story open in the editor now'),
        }),
      ),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    }),
    handler: async ({ actor, req, deps }) => listDesk(deps, actor, req.query),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id',
    permission: 'authenticated',
    summary: 'One story with its workflow fields; ETag carries its version',
    tags,
    params: storyIdParams,
    response: storyViewSchema,
    handler: async ({ actor, params, reply, deps }) =>
      withVersion(reply, await getStory(deps, actor, params.id)),
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/stories/:id',
    permission: 'write',
    summary:
      'Save changed fields; If-Match names the version edited (428 without, 409 with the current story when stale)',
    tags,
    params: storyIdParams,
    body: storyChangesSchema,
    response: storyViewSchema,
    handler: async ({ actor, params, body, req, reply, deps }) => {
      const baseVersion = ifMatchVersion(req);
      return withConflict(reply, async () =>
        withVersion(
          reply,
          await updateStory(deps, actor, params.id, {
            baseVersion,
            story: body,
          }),
        ),
      );
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/transitions',
    permission: 'submit',
    summary:
      'Move the story: review, approved, published, scheduled (with at), unpublished (with reason), draft',
    tags,
    params: storyIdParams,
    body: transitionSchema,
    response: storyViewSchema,
    handler: async ({ actor, params, body, reply, deps }) =>
      withVersion(reply, await transitionStory(deps, actor, params.id, body)),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/corrections',
    permission: 'correct',
    summary: 'Correct a published story: the edit and a dated note readers see (If-Match optional)',
    tags,
    params: storyIdParams,
    body: correctionSchema,
    response: storyViewSchema,
    handler: async ({ actor, params, body, req, reply, deps }) => {
      const baseVersion = optionalIfMatch(req);
      return withConflict(reply, async () =>
        withVersion(
          reply,
          await correctStory(deps, actor, params.id, {
            ...body,
            ...(baseVersion !== undefined ? { baseVersion } : {}),
          }),
        ),
      );
    },
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/presence',
    permission: 'authenticated',
    summary: 'Heartbeat of an open editor (every ~10 s); answers who else has the story open',
    tags,
    params: storyIdParams,
    body: presenceSchema.optional(),
    response: z.object({
      storyId: z.number().int(),
      version: z.number().int(),
      others: z.array(
        z.object({
          userId: z.number().int(),
          name: z.string(),
          since: z.iso.datetime(),
          seenAt: z.iso.datetime(),
        }),
      ),
    }),
    handler: async ({ actor, params, body, deps }) =>
      storyPresence(deps, actor, params.id, body ?? {}),
  });

  registerRevisionRoutes(app, deps);
  registerTranslationRoutes(app, deps);
  registerTaxonomyRoutes(app, deps);
}
