// Serves the site's static files under their hashed names: compressed once per coding, cached for a year, immutable.

import type { FastifyInstance } from 'fastify';
import { ASSETS_PREFIX, type StaticAsset } from '../site/static-assets.js';
import {
  chooseCoding,
  compressible,
  encodedOnce,
  etagFor,
  MIN_COMPRESS_BYTES,
  varyWithEncoding,
} from './compression.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function registerStaticAssets(app: FastifyInstance, assets: Map<string, StaticAsset>): void {
  const byUrl = new Map<string, { asset: StaticAsset; encoded: Map<string, Promise<Buffer>> }>();
  for (const asset of assets.values()) byUrl.set(asset.url, { asset, encoded: new Map() });

  app.get<{ Params: { file: string } }>(`${ASSETS_PREFIX}:file`, async (req, reply) => {
    const found = byUrl.get(`${ASSETS_PREFIX}${req.params.file}`);
    if (!found) return reply.callNotFound();
    const { asset, encoded } = found;
    const textual = compressible(asset.contentType);
    const coding =
      textual && asset.body.length >= MIN_COMPRESS_BYTES
        ? chooseCoding(req.headers['accept-encoding'])
        : null;
    reply
      .header('content-type', asset.contentType)
      .header('cache-control', IMMUTABLE)
      .header('etag', etagFor(`"${asset.hash}"`, coding));
    if (textual) reply.header('vary', varyWithEncoding(undefined));
    if (!coding) return reply.send(asset.body);
    const body = await encodedOnce(encoded, asset.body, coding, 'asset');
    return reply.header('content-encoding', coding).send(body);
  });

  const icon = assets.get('favicon.svg');
  if (icon) app.get('/favicon.ico', (_req, reply) => reply.redirect(icon.url, 301));
}
