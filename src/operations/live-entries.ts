// The newsroom's live entries: list, post, correct, pin, mark key events, delete with a note; close and reopen coverage.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { LiveCoverage, LiveEntry } from '../domain/live.js';
import type { Story } from '../domain/story.js';
import { mayEdit } from '../domain/workflow.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import { blockSchema } from './story-schema.js';
import { requireStory } from './story-view.js';
import { writeLiveEntry } from './write-story.js';

const blocks = z.array(blockSchema).min(1, 'an entry needs at least one block').max(200);

/** A new entry: `{blocks, keyEvent, pinned}`. */
export const newEntrySchema = z
  .object({
    blocks,
    keyEvent: z.boolean().optional(),
    pinned: z.boolean().optional(),
  })
  .strict();

/** A correction of an entry: any of its fields. */
export const entryPatchSchema = z
  .object({
    blocks: blocks.optional(),
    keyEvent: z.boolean().optional(),
    pinned: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

/** Why an entry is deleted: a note kept with it. */
export const deleteEntrySchema = z
  .object({ note: z.string().trim().min(1, 'say why the entry is deleted').max(1000) })
  .strict();

export const coverageSchema = z.object({ open: z.boolean() }).strict();

export interface LiveEntries {
  storyId: number;
  coverage: LiveCoverage | null;
  /** Every entry, deleted ones too (with their notes), newest first. */
  entries: LiveEntry[];
}

/** Locks the live story and checks that the actor may edit it. */
async function lockLive(store: Store, actor: Actor, id: number): Promise<Story> {
  const story = await store.stories.lockById(id);
  if (!story) throw new LedeError('not_found', `story ${id} does not exist`);
  if (story.type !== 'live')
    throw new LedeError('invalid_input', `story ${id} is not a live story`, { field: 'type' });
  const decision = mayEdit(actor, story);
  if (!decision.ok) throw new LedeError(decision.code, decision.reason);
  return story;
}

export async function listLiveEntries(
  deps: Deps,
  actor: Actor,
  storyId: number,
): Promise<LiveEntries> {
  void actor;
  const story = await requireStory(deps.store, storyId);
  const [coverage, entries] = await Promise.all([
    deps.store.live.coverage(story.id),
    deps.store.live.listEntries(story.id),
  ]);
  return { storyId: story.id, coverage, entries: entries.reverse() };
}

export async function postLiveEntry(
  deps: Deps,
  actor: Actor,
  storyId: number,
  input: z.infer<typeof newEntrySchema>,
): Promise<LiveEntry> {
  return deps.store.transaction(async (store) => {
    const current = await lockLive(store, actor, storyId);
    const at = deps.clock.now().toISOString();
    const entry = await writeLiveEntry({ ...deps, store }, actor, {
      current,
      at,
      audit: { action: 'live.post' },
      change: {
        kind: 'post',
        entry: {
          postedAt: at,
          authorId: actor.kind === 'user' ? actor.id : null,
          authorName: actor.name,
          blocks: input.blocks,
          keyEvent: input.keyEvent ?? false,
          pinned: input.pinned ?? false,
        },
      },
    });
    return entry!;
  });
}

export async function editLiveEntry(
  deps: Deps,
  actor: Actor,
  storyId: number,
  entryId: number,
  patch: z.infer<typeof entryPatchSchema>,
): Promise<LiveEntry> {
  return deps.store.transaction(async (store) => {
    const current = await lockLive(store, actor, storyId);
    const entry = await writeLiveEntry({ ...deps, store }, actor, {
      current,
      at: deps.clock.now().toISOString(),
      audit: { action: 'live.edit', detail: { entryId, fields: Object.keys(patch) } },
      change: { kind: 'edit', entryId, patch },
    });
    return entry!;
  });
}

export async function deleteLiveEntry(
  deps: Deps,
  actor: Actor,
  storyId: number,
  entryId: number,
  note: string,
): Promise<LiveEntry> {
  return deps.store.transaction(async (store) => {
    const current = await lockLive(store, actor, storyId);
    const entry = await writeLiveEntry({ ...deps, store }, actor, {
      current,
      at: deps.clock.now().toISOString(),
      audit: { action: 'live.delete', detail: { entryId, note } },
      change: { kind: 'delete', entryId, note },
    });
    return entry!;
  });
}

/** Closes coverage (it ends now) or reopens it. */
export async function setLiveCoverage(
  deps: Deps,
  actor: Actor,
  storyId: number,
  open: boolean,
): Promise<LiveEntries> {
  await deps.store.transaction(async (store) => {
    const current = await lockLive(store, actor, storyId);
    await writeLiveEntry({ ...deps, store }, actor, {
      current,
      at: deps.clock.now().toISOString(),
      audit: { action: open ? 'live.reopen' : 'live.close' },
      change: { kind: open ? 'reopen' : 'close' },
    });
  });
  return listLiveEntries(deps, actor, storyId);
}
