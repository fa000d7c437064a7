// Serves uploaded media files at /media/*: their keys carry a content hash, so they are cached for a year.

import type { FastifyInstance } from 'fastify';
import type { MediaFile, MediaStorage } from '../platform/media-storage.js';

export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * `made` answers files that are made on first request (crops of covers) when storage has no
 * file of that key yet.
 */
export function registerMediaFiles(
  app: FastifyInstance,
  storage: MediaStorage,
  made: (key: string) => Promise<MediaFile | null> = () => Promise.resolve(null),
): void {
  app.get<{ Params: { '*': string } }>('/media/*', async (req, reply) => {
    const key = req.params['*'];
    const file = (await storage.get(key)) ?? (await made(key));
    if (!file) return reply.callNotFound();
    // Partners' sites and feed readers may show the images too: cross-origin.
    return reply
      .header('content-type', file.contentType)
      .header('cache-control', MEDIA_CACHE_CONTROL)
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(file.bytes);
  });
}
