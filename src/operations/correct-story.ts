// Corrects a published story: the edit is saved as a new version and a dated note readers see is added.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { mayCorrect } from '../domain/workflow.js';
import type { Deps } from './deps.js';
import { storyChangesSchema } from './story-fields.js';
import { saveStoryContent } from './story-save.js';
import { ViewContext, type StoryView } from './story-view.js';
import { lockForSave, saveOnBase } from './update-story.js';

export const correctionSchema = z
  .object({
    /** What was wrong, as readers will read it under the story. */
    note: z.string().trim().min(1, 'say what was corrected').max(1000),
    /** The corrected fields of the story (its JSON shape); may be left out for a note alone. */
    story: storyChangesSchema.optional(),
  })
  .strict();
export type CorrectionInput = z.infer<typeof correctionSchema>;

export interface CorrectStoryInput extends CorrectionInput {
  /** When given, the correction is refused if the story has moved on (as a save would be). */
  baseVersion?: number;
}

/** The input is parsed with correctionSchema by its caller (the route, once). */
export async function correctStory(
  deps: Deps,
  actor: Actor,
  id: number,
  input: CorrectStoryInput,
): Promise<StoryView> {
  const { note } = input;
  return saveOnBase(deps, actor, async (store) => {
    const view = new ViewContext(deps, store);
    const current = await lockForSave(store, id, input.baseVersion);
    const decision = mayCorrect(actor, current);
    if (!decision.ok) throw new LedeError(decision.code, decision.reason);
    const at = deps.clock.now().toISOString();
    const saved = await saveStoryContent({ ...deps, store }, actor, current, input.story ?? {}, {
      corrections: [...current.corrections, { at, note }],
      audit: { action: 'story.correct', detail: (s) => ({ note, version: s.version }) },
      event: 'story.corrected',
      view,
    });
    return view.view(saved, actor);
  });
}
