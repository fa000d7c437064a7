// One item of the media library, with the stories that show it.

import type { Actor } from '../domain/actor.js';
import type { MediaUse } from '../storage/media-port.js';
import type { Deps } from './deps.js';
import { requireMedia, requireMediaAccess, viewMedia, type MediaView } from './media-view.js';

export interface MediaDetail extends MediaView {
  /** Stories whose body shows the image, whatever their status; it cannot be deleted while any do. */
  usedBy: MediaUse[];
}

export async function getMedia(deps: Deps, actor: Actor, id: number): Promise<MediaDetail> {
  requireMediaAccess(actor);
  const media = await requireMedia(deps.store, id);
  return {
    ...viewMedia(deps.media.storage, media),
    usedBy: await deps.store.media.storiesUsing(media.key),
  };
}
