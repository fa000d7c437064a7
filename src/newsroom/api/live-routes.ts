// Live story routes of the newsroom API: the entries of a live story, posted, corrected, deleted; coverage closed and reopened.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  coverageSchema,
  deleteEntrySchema,
  deleteLiveEntry,
  editLiveEntry,
  entryPatchSchema,
  listLiveEntries,
  newEntrySchema,
  postLiveEntry,
  setLiveCoverage,
} from '../../operations/live-entries.js';
import { blockSchema } from '../../operations/story-schema.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const time = z.string();

const entrySchema = z.object({
  id: z.number().int(),
  storyId: z.number().int(),
  seq: z.number().int(),
  postedAt: time,
  editedAt: time.nullable(),
  authorId: z.number().int().nullable(),
  authorName: z.string(),
  blocks: z.array(blockSchema),
  keyEvent: z.boolean(),
  pinned: z.boolean(),
  rev: z.number().int(),
  deletedAt: time.nullable(),
  deleteNote: z.string().nullable(),
});

const entriesSchema = z.object({
  storyId: z.number().int(),
  coverage: z
    .object({
      storyId: z.number().int(),
      startedAt: time,
      endedAt: time.nullable(),
      lastSeq: z.number().int(),
    })
    .nullable(),
  entries: z.array(entrySchema),
});

const entryParams = z.object({
  id: z.coerce.number().int().positive(),
  entryId: z.coerce.number().int().positive(),
});
const storyParams = z.object({ id: z.coerce.number().int().positive() });

export function registerLiveRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const tags = ['live'];

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/stories/:id/entries',
    permission: 'authenticated',
    summary:
      "A live story's entries, newest first (deleted ones with their notes), and its coverage",
    tags,
    params: storyParams,
    response: entriesSchema,
    handler: async ({ actor, params, deps }) => listLiveEntries(deps, actor, params.id),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/entries',
    permission: 'write',
    status: 201,
    summary:
      'Post an entry `{blocks, keyEvent, pinned}` to a live story (as for editing the story; no If-Match: editors post at once)',
    tags,
    params: storyParams,
    body: newEntrySchema,
    response: entrySchema,
    handler: async ({ actor, params, body, reply, deps }) => {
      const entry = await postLiveEntry(deps, actor, params.id, body);
      reply.header('location', `/api/stories/${params.id}/entries/${entry.id}`);
      return entry;
    },
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/stories/:id/entries/:entryId',
    permission: 'write',
    summary: 'Correct an entry (its blocks; readers see "updated HH:MM"), pin it, mark a key event',
    tags,
    params: entryParams,
    body: entryPatchSchema,
    response: entrySchema,
    handler: async ({ actor, params, body, deps }) =>
      editLiveEntry(deps, actor, params.id, params.entryId, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/api/stories/:id/entries/:entryId',
    permission: 'write',
    summary: 'Delete an entry with a note saying why (kept with the entry and in the audit log)',
    tags,
    params: entryParams,
    body: deleteEntrySchema,
    response: entrySchema,
    handler: async ({ actor, params, body, deps }) =>
      deleteLiveEntry(deps, actor, params.id, params.entryId, body.note),
  });

  defineRoute(app, deps, {
    method: 'POST',
    url: '/api/stories/:id/coverage',
    permission: 'write',
    summary: 'Close live coverage (`{open: false}`: it ends now) or reopen it (`{open: true}`)',
    tags,
    params: storyParams,
    body: coverageSchema,
    response: entriesSchema,
    handler: async ({ actor, params, body, deps }) =>
      setLiveCoverage(deps, actor, params.id, body.open),
  });
}
