// Changes the texts of a media item: its default alt text, caption and credit.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import type { Deps } from './deps.js';
import {
  mediaTextFields,
  orNull,
  requireMedia,
  requireMediaAccess,
  viewMedia,
  type MediaView,
} from './media-view.js';
import { recordAudit } from './record-audit.js';
import { parseFields } from './story-fields.js';

export const mediaPatchSchema = z
  .object({
    alt: mediaTextFields.alt.optional(),
    caption: mediaTextFields.caption.optional(),
    credit: mediaTextFields.credit.optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'say what to change: alt, caption or credit');
export type MediaPatchInput = z.input<typeof mediaPatchSchema>;

/**
 * Any newsroom user may describe any image. Stories that already show it keep the texts
 * their image blocks carry; these are what the next story that takes the image is offered.
 */
export async function updateMedia(
  deps: Deps,
  actor: Actor,
  id: number,
  raw: MediaPatchInput,
): Promise<MediaView> {
  requireMediaAccess(actor);
  const patch = parseFields(mediaPatchSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    await requireMedia(store, id);
    const caption = orNull(patch.caption);
    const credit = orNull(patch.credit);
    const media = (await store.media.update(id, {
      ...(patch.alt !== undefined ? { alt: patch.alt } : {}),
      ...(caption !== undefined ? { caption } : {}),
      ...(credit !== undefined ? { credit } : {}),
      updatedAt: now,
    }))!;
    await recordAudit(store, actor, 'media.update', {
      detail: { mediaId: id, changed: Object.keys(patch) },
      at: now,
    });
    return viewMedia(deps.media.storage, media);
  });
}
