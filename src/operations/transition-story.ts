// Moves a story through the workflow: submit, return, approve, publish, schedule, unschedule, unpublish.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { STORY_STATUSES, type Story, type StoryStatus } from '../domain/story.js';
import { findTransition, mayTransition, publishProblems } from '../domain/workflow.js';
import type { StoryStatePatch } from '../storage/workflow-port.js';
import type { Deps } from './deps.js';
import { viewStory, type StoryView } from './story-view.js';
import { lockForSave } from './update-story.js';
import { writeStoryState } from './write-story.js';

export const transitionSchema = z
  .object({
    to: z.enum(STORY_STATUSES),
    /** When a scheduled story goes out (ISO 8601 with offset). */
    at: z.iso.datetime({ offset: true }).optional(),
    /** Why a story is unpublished; required for that step. */
    reason: z.string().trim().min(1).max(1000).optional(),
    /** A note for the audit log ("sent back: check the figures"). */
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type TransitionInput = z.infer<typeof transitionSchema>;

export interface TransitionOptions {
  /** Only if the story is still in this status (the scheduler's claim); otherwise a conflict. */
  expectFrom?: StoryStatus;
}

/** When a story that goes out now came out: a scheduled one at its time, a republished one at its first. */
function publicationTime(story: Story, now: string): string {
  if (story.status === 'scheduled' && story.scheduledAt && story.scheduledAt <= now)
    return story.scheduledAt;
  if (story.status !== 'scheduled' && story.publishedAt && story.publishedAt <= now)
    return story.publishedAt;
  return now;
}

function statePatch(story: Story, input: TransitionInput, now: string): StoryStatePatch {
  const transition = findTransition(story.status, input.to)!;
  if (input.at !== undefined && !transition.needsTime)
    throw new LedeError('invalid_input', `at: only scheduling takes a time`, { field: 'at' });
  if (input.reason !== undefined && !transition.needsReason)
    throw new LedeError('invalid_input', `reason: only unpublishing takes a reason`, {
      field: 'reason',
    });
  const patch: StoryStatePatch = { status: input.to, updatedAt: now };
  if (input.to === 'scheduled' || input.to === 'published') {
    const problems = publishProblems(story.blocks);
    if (problems.length)
      throw new LedeError('not_ready', problems[0]!, { field: problems[0]!.split(':')[0]! });
  }
  if (transition.needsTime) {
    if (input.at === undefined)
      throw new LedeError('invalid_input', 'at: say when the story goes out', { field: 'at' });
    const at = new Date(input.at).toISOString();
    if (at <= now)
      throw new LedeError('invalid_input', 'at: must be in the future; publish now instead', {
        field: 'at',
      });
    patch.scheduledAt = at;
  }
  if (transition.needsReason) {
    if (input.reason === undefined)
      throw new LedeError('invalid_input', 'reason: say why the story is withdrawn', {
        field: 'reason',
      });
    patch.unpublishedReason = input.reason;
  }
  if (input.to === 'published') {
    patch.publishedAt = publicationTime(story, now);
    patch.scheduledAt = null;
    patch.unpublishedReason = null;
  }
  if (input.to === 'approved' || input.to === 'draft') {
    patch.scheduledAt = null;
    patch.unpublishedReason = null;
  }
  return patch;
}

/** The input is parsed with transitionSchema by its caller (the route, once). */
export async function transitionStory(
  deps: Deps,
  actor: Actor,
  id: number,
  input: TransitionInput,
  options: TransitionOptions = {},
): Promise<StoryView> {
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const current = await lockForSave(store, id, undefined);
    if (options.expectFrom && current.status !== options.expectFrom)
      throw new LedeError(
        'invalid_transition',
        `story ${id} is ${current.status}, no longer ${options.expectFrom}`,
      );
    const decision = mayTransition(actor, current, input.to);
    if (!decision.ok) throw new LedeError(decision.code, decision.reason);
    const patch = statePatch(current, input, now);
    const transition = findTransition(current.status, input.to)!;
    const after = await writeStoryState({ ...deps, store }, actor, {
      current,
      patch,
      expectStatus: current.status,
      at: now,
      audit: {
        action: `story.${transition.name}`,
        detail: {
          from: current.status,
          to: input.to,
          ...(patch.scheduledAt ? { at: patch.scheduledAt } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
          ...(input.note ? { note: input.note } : {}),
        },
      },
      event:
        input.to === 'published'
          ? 'story.published'
          : input.to === 'unpublished'
            ? 'story.unpublished'
            : null,
    });
    if (!after) throw new LedeError('invalid_transition', `story ${id} changed status meanwhile`);
    return viewStory(deps, store, after, actor);
  });
}
