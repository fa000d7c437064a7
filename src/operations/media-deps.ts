// What the media operations are given beyond the store: where files go, how images are read, the limits.

import type { ImageProcessor } from '../platform/image-processor.js';
import type { Logger } from '../platform/logger.js';
import type { MediaStorage } from '../platform/media-storage.js';

export const MEDIA_MAX_BYTES = 20 * 1024 * 1024;
export const MEDIA_MAX_PIXELS = 50_000_000;

export interface MediaDeps {
  storage: MediaStorage;
  images: ImageProcessor;
  /** The largest upload accepted, in bytes (413 above it). */
  maxBytes: number;
  /** The largest image accepted, width × height in pixels (413 above it). */
  maxPixels: number;
}

/**
 * Removes files by key, every one tried even when some fail; failures are logged, not thrown,
 * since a file left over costs disk space but no correctness (no row points to it).
 */
export async function removeMediaFiles(
  media: MediaDeps,
  logger: Logger,
  keys: readonly string[],
): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => media.storage.delete(key)));
  results.forEach((result, i) => {
    if (result.status === 'rejected')
      logger.error('media file not removed', {
        code: 'internal',
        key: keys[i],
        error: result.reason instanceof Error ? result.reason.message : String(result.reason),
      });
  });
}
