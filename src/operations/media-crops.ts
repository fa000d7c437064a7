// Crops of media items at their focal points (sharing cards, structured data): made on first request, then kept in media storage.

import { CENTRE, CROPS, cropRect, parseCropKey } from '../domain/cover.js';
import { originalKey } from '../domain/media.js';
import type { MediaFile } from '../platform/media-storage.js';
import type { Deps } from './deps.js';
import { formatOfMime } from './media-view.js';

/**
 * The crop file a key names ("<key>/crop-1200x630-50-40.jpg"), made from the original when it is
 * not stored yet. Only crops Lede links to are made: of the centre, or of a focal point a story's
 * cover of that item has; any other key answers null, so no one can fill the disk with crops.
 */
export async function readMediaCrop(deps: Deps, key: string): Promise<MediaFile | null> {
  const wanted = parseCropKey(key);
  if (!wanted) return null;
  const { storage, images } = deps.media;
  const kept = await storage.get(key);
  if (kept) return kept;
  const media = await deps.store.covers.mediaByKey(wanted.mediaKey);
  if (!media) return null;
  const centre = wanted.focus.x === 50 && wanted.focus.y === 50;
  if (!centre) {
    const used = await deps.store.covers.focusesOf(media.id);
    if (!used.some((f) => f.x === wanted.focus.x && f.y === wanted.focus.y)) return null;
  }
  const original = await storage.get(
    originalKey(media.key, media.width, media.height, formatOfMime(media.mime)),
  );
  if (!original) return null;
  const size = CROPS[wanted.crop];
  const focus = centre ? CENTRE : { x: wanted.focus.x / 100, y: wanted.focus.y / 100 };
  const rect = cropRect(media.width, media.height, size, focus);
  const bytes = await images.crop(original.bytes, {
    ...rect,
    outWidth: size.width,
    outHeight: size.height,
  });
  await storage.put(key, bytes);
  return { bytes, contentType: 'image/jpeg' };
}
