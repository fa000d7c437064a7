// Deletes a media item that no story shows: its row and audit line together, then its files.

import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Deps } from './deps.js';
import { removeMediaFiles } from './media-deps.js';
import { mediaFileKeys, requireMedia, requireMediaAccess } from './media-view.js';
import { recordAudit } from './record-audit.js';

/**
 * Who uploaded an image may delete it, and so may editors and above (anyone who may publish).
 * An image a story shows (any status: a draft may go out, an unpublished story may come back)
 * is refused with media_in_use naming the stories. Files go once the row is gone; a file that
 * cannot be removed is logged, and no row points to it any more.
 */
export async function deleteMedia(deps: Deps, actor: Actor, id: number): Promise<void> {
  requireMediaAccess(actor);
  const now = deps.clock.now().toISOString();
  const keys = await deps.store.transaction(async (store) => {
    const media = await requireMedia(store, id);
    const own = actor.kind === 'system' || media.uploadedBy === actor.id;
    if (!own && !canSomewhere(actor, 'publish'))
      throw new LedeError('forbidden', 'only who uploaded an image, or an editor, may delete it');
    const uses = await store.media.storiesUsing(media.key);
    if (uses.length > 0)
      throw new LedeError(
        'media_in_use',
        `the image is in ${uses.length === 1 ? 'story' : 'stories'} ` +
          `${uses.map((u) => u.storyId).join(', ')}: take it out of them first`,
        { stories: uses.map((u) => u.storyId).join(',') },
      );
    await store.media.delete(id);
    await recordAudit(store, actor, 'media.delete', {
      detail: { mediaId: id, name: media.originalName },
      at: now,
    });
    return mediaFileKeys(media);
  });
  await removeMediaFiles(deps.media, deps.logger, keys);
}
