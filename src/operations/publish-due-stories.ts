// Publishes every scheduled story whose time has come and announces embargoes that have lifted; safe in many processes.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { announceChange } from './story-events.js';
import { transitionStory } from './transition-story.js';
import { writeStoryState } from './write-story.js';

export const SCHEDULER: Actor = { kind: 'system', name: 'scheduler' };

export interface DueResult {
  published: number[];
  /** Stories whose embargo lifted: they have just appeared on the site. */
  lifted: number[];
  /** When work is next due (UTC ISO), or null. */
  next: string | null;
}

/**
 * Each due story is claimed in its own transaction (the status moves from scheduled only if it
 * is still scheduled), so running this twice, or in two processes at once, publishes it once.
 * A story that cannot go out (an image lost its alt text) goes back to approved, logged.
 */
export async function publishDueStories(deps: Deps, batch = 50): Promise<DueResult> {
  const now = deps.clock.now().toISOString();
  const published: number[] = [];
  for (const { id } of await deps.store.workflow.dueStories(now, batch)) {
    try {
      await transitionStory(deps, SCHEDULER, id, { to: 'published' }, { expectFrom: 'scheduled' });
      published.push(id);
    } catch (error) {
      if (error instanceof LedeError && error.code === 'invalid_transition') continue;
      deps.logger.error('a scheduled story could not go out', {
        code: error instanceof LedeError ? error.code : 'internal',
        storyId: id,
        error: error instanceof Error ? error.message : String(error),
      });
      if (error instanceof LedeError && error.code === 'not_ready')
        await deps.store.transaction(async (store) => {
          const current = await store.stories.findById(id);
          if (current)
            await writeStoryState({ ...deps, store }, SCHEDULER, {
              current,
              patch: { status: 'approved', scheduledAt: null, updatedAt: now },
              expectStatus: 'scheduled',
              at: now,
              audit: { action: 'story.unschedule', detail: { reason: error.detail } },
            });
        });
    }
  }
  const lifted: number[] = [];
  for (const { id } of await deps.store.workflow.dueEmbargoes(now, batch)) {
    const claimed = await deps.store.transaction(async (store) => {
      const story = await store.stories.findById(id);
      if (!story || !(await store.workflow.liftEmbargo(id, now))) return false;
      await recordAudit(store, SCHEDULER, 'story.embargo-lifted', {
        storyId: id,
        edition: story.edition,
        detail: { embargoUntil: story.embargoUntil },
        at: now,
      });
      await announceChange(deps, store, 'story.updated', story, story, now);
      return true;
    });
    if (claimed) lifted.push(id);
  }
  return { published, lifted, next: await deps.store.workflow.nextDueAt() };
}
