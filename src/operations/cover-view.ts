// A story's cover as outputs and the newsroom see it: the media item's files, the texts resolved, and the cover a write is given checked.

import { z } from 'zod';
import {
  CENTRE,
  resolveCover,
  type CoverImage,
  type CoverInput,
  type CoverRead,
  type StoryCover,
} from '../domain/cover.js';
import { LedeError } from '../domain/errors.js';
import { MEDIA_PATH, originalKey, variantKey } from '../domain/media.js';
import type { StoredCover } from '../storage/cover-port.js';
import type { MediaRecord } from '../storage/media-port.js';
import type { Store } from '../storage/port.js';
import { formatOfMime, mediaTextFields } from './media-view.js';

const fraction = z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1');

/** The cover a story's JSON shape carries. Fields the API adds to it (image) are ignored. */
export const coverInputSchema = z.object({
  mediaId: z.number().int().positive(),
  alt: mediaTextFields.alt.nullable().optional(),
  caption: mediaTextFields.caption.optional(),
  credit: mediaTextFields.credit.optional(),
  focus: z.object({ x: fraction, y: fraction }).optional(),
});

/** The files and texts of a media item, as a cover shows them. */
export function coverImageOf(media: MediaRecord): CoverImage {
  const url = (key: string) => `${MEDIA_PATH}${key}`;
  return {
    key: media.key,
    width: media.width,
    height: media.height,
    url: url(originalKey(media.key, media.width, media.height, formatOfMime(media.mime))),
    variants: media.variants.map((v) => ({
      width: v.width,
      height: v.height,
      url: url(variantKey(media.key, v.width)),
    })),
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
  };
}

export function coverRead(stored: StoredCover): CoverRead {
  return resolveCover(stored.cover, coverImageOf(stored.media));
}

/** The cover in the newsroom API and in revisions: the story's own texts, and the item it shows. */
export interface CoverView extends StoryCover {
  image: CoverImage;
}

export function coverView(stored: StoredCover): CoverView {
  return { ...stored.cover, image: coverImageOf(stored.media) };
}

const blankToNull = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

/** A write's cover checked: the item exists, empty texts mean the item's own, no focus means the centre. */
export async function checkCover(store: Store, input: CoverInput): Promise<StoryCover> {
  const media = await store.media.findById(input.mediaId);
  if (!media)
    throw new LedeError('invalid_input', `cover.mediaId: no media item ${input.mediaId}`, {
      field: 'cover.mediaId',
    });
  return coverOfInput(input);
}

/** The cover a write stores for this input, its media item known to exist. */
export function coverOfInput(input: CoverInput): StoryCover {
  const focus = input.focus ?? CENTRE;
  return {
    mediaId: input.mediaId,
    alt: blankToNull(input.alt),
    caption: blankToNull(input.caption),
    credit: blankToNull(input.credit),
    focus: { x: Math.min(1, Math.max(0, focus.x)), y: Math.min(1, Math.max(0, focus.y)) },
  };
}

/** Whether a write's cover is the one the story has, as read (undefined: not read), so nothing is to write. */
export function sameCover(input: CoverInput | null, was: StoredCover | null | undefined): boolean {
  if (was === undefined) return false;
  return JSON.stringify(input && coverOfInput(input)) === JSON.stringify(was?.cover ?? null);
}
