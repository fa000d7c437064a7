// Corrects a published story: the edit is saved as a new version and a dated note readers see is added.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { mayCorrect } from '../domain/workflow.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { parseFields, storyChangesSchema } from './story-fields.js';
import { saveStoryContent } from './story-save.js';
import { viewStory, type StoryView } from './story-view.js';
import { announceChange, lockForSave } from './update-story.js';

export const correctionSchema = z
  .object({
    /** What was wrong, as readers will read it under the story. */
    note: z.string().trim().min(1, 'say what was corrected').max(1000),
    /** The corrected fields of the story (its JSON shape); may be left out for a note alone. */
    story: z.unknown().optional(),
  })
  .strict();

export interface CorrectStoryInput {
  note: string;
  story?: unknown;
  /** When given, the correction is refused if the story has moved on (as a save would be). */
  baseVersion?: number;
}

export async function correctStory(
  deps: Deps,
  actor: Actor,
  id: number,
  input: CorrectStoryInput,
): Promise<StoryView> {
  const { note, story } = parseFields(correctionSchema, { note: input.note, story: input.story });
  const changes = parseFields(storyChangesSchema, story ?? {}, 'story');
  return deps.store.transaction(async (store) => {
    const current = await lockForSave(deps, store, actor, id, input.baseVersion);
    const decision = mayCorrect(actor, current);
    if (!decision.ok) throw new LedeError(decision.code, decision.reason);
    const at = deps.clock.now().toISOString();
    const saved = await saveStoryContent(deps, store, actor, current, changes, {
      corrections: [...current.corrections, { at, note }],
    });
    await recordAudit(store, actor, 'story.correct', {
      storyId: id,
      edition: saved.edition,
      detail: { note, version: saved.version },
      at,
    });
    await announceChange(deps, store, 'story.corrected', current, saved, at);
    return viewStory(deps, store, saved, actor);
  });
}
