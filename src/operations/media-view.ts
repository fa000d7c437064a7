// The media library's item as the newsroom sees it: URLs of the original and its variants, srcset, texts.

import { z } from 'zod';
import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import {
  IMAGE_FORMATS,
  IMAGE_MIME,
  originalKey,
  STORY_IMAGE_SIZES,
  variantKey,
  type ImageFormat,
} from '../domain/media.js';
import type { MediaStorage } from '../platform/media-storage.js';
import type { MediaRecord } from '../storage/media-port.js';
import type { Store } from '../storage/port.js';

export interface MediaVariantView {
  width: number;
  height: number;
  url: string;
}

export interface MediaView {
  id: number;
  /** The normalised original: what an image block's `src` holds. */
  url: string;
  /** The name the file was uploaded with. */
  name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  /** WebP, narrowest first; the widest is at most 1920 pixels and never wider than the original. */
  variants: MediaVariantView[];
  srcset: string;
  sizes: string;
  /** Offered as the alt text when the image is put in a story. */
  alt: string;
  caption: string | null;
  credit: string | null;
  uploadedBy: { id: number; name: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** Alt text, caption and credit, as long as an image block takes them; empty ones mean none. */
export const mediaTextFields = {
  alt: z.string().trim().max(500),
  caption: z.string().trim().max(2000).nullable(),
  credit: z.string().trim().max(300).nullable(),
};

export const orNull = (text: string | null | undefined) =>
  text === undefined ? undefined : text === null || text === '' ? null : text;

export function formatOfMime(mime: string): ImageFormat {
  return IMAGE_FORMATS.find((f) => IMAGE_MIME[f] === mime) ?? 'jpeg';
}

/** Every file of an item in media storage: the original, then the variants. */
export function mediaFileKeys(
  m: Pick<MediaRecord, 'key' | 'width' | 'height' | 'mime' | 'variants'>,
) {
  return [
    originalKey(m.key, m.width, m.height, formatOfMime(m.mime)),
    ...m.variants.map((v) => variantKey(m.key, v.width)),
  ];
}

export function viewMedia(storage: MediaStorage, m: MediaRecord): MediaView {
  const variants = m.variants.map((v) => ({
    width: v.width,
    height: v.height,
    url: storage.urlPath(variantKey(m.key, v.width)),
  }));
  return {
    id: m.id,
    url: storage.urlPath(originalKey(m.key, m.width, m.height, formatOfMime(m.mime))),
    name: m.originalName,
    mime: m.mime,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    variants,
    srcset: variants.map((v) => `${v.url} ${v.width}w`).join(', '),
    sizes: STORY_IMAGE_SIZES,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    uploadedBy: m.uploadedBy !== null ? { id: m.uploadedBy, name: m.uploadedByName ?? '' } : null,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** Everyone who may upload (every newsroom role) may browse and describe the library. */
export function requireMediaAccess(actor: Actor): void {
  if (!canSomewhere(actor, 'upload-media'))
    throw new LedeError('forbidden', 'may not work with the media library');
}

export async function requireMedia(store: Store, id: number): Promise<MediaRecord> {
  const media = await store.media.findById(id);
  if (!media) throw new LedeError('not_found', `no media item ${id}`);
  return media;
}
