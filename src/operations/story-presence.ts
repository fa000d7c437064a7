// Presence on a story: a heartbeat from the editor answers who else has the same story open.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { PresenceEntry } from '../platform/presence.js';
import type { Deps } from './deps.js';
import { parseFields } from './story-fields.js';
import { requireStory } from './story-view.js';

export const presenceSchema = z
  .object({
    /** The user closed the story: drop them at once rather than when the heartbeat lapses. */
    leave: z.boolean().optional(),
  })
  .strict();

export interface PresenceAnswer {
  storyId: number;
  /** The story's present version, so an open editor learns someone else saved. */
  version: number;
  others: PresenceEntry[];
}

export async function storyPresence(
  deps: Deps,
  actor: Actor,
  storyId: number,
  raw: unknown,
): Promise<PresenceAnswer> {
  const input = parseFields(presenceSchema, raw ?? {});
  if (actor.kind !== 'user') throw new LedeError('forbidden', 'only people have stories open');
  const story = await requireStory(deps.store, storyId);
  if (input.leave) {
    await deps.presence.leave(storyId, actor.id);
    const others = (await deps.presence.list(storyId)).filter((e) => e.userId !== actor.id);
    return { storyId, version: story.version, others };
  }
  const others = await deps.presence.heartbeat(storyId, { id: actor.id, name: actor.name });
  return { storyId, version: story.version, others };
}
