// Lists the media library, newest first, a page at a time, searched by name, alt text, caption or credit.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import type { Deps } from './deps.js';
import { requireMediaAccess, viewMedia, type MediaView } from './media-view.js';
import { parseFields } from './story-fields.js';

export const mediaListSchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    /** 1 for the newest items. */
    page: z.number().int().min(1).max(10_000).default(1),
    limit: z.number().int().min(1).max(100).default(30),
  })
  .strict();
export type MediaListInput = z.input<typeof mediaListSchema>;

export interface MediaListPage {
  items: MediaView[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

export async function listMedia(
  deps: Deps,
  actor: Actor,
  raw: MediaListInput,
): Promise<MediaListPage> {
  requireMediaAccess(actor);
  const q = parseFields(mediaListSchema, raw);
  const { items, total } = await deps.store.media.list({
    ...(q.q ? { text: q.q } : {}),
    limit: q.limit,
    offset: (q.page - 1) * q.limit,
  });
  return {
    items: items.map((m) => viewMedia(deps.media.storage, m)),
    total,
    page: q.page,
    pageSize: q.limit,
    pages: Math.ceil(total / q.limit),
  };
}
