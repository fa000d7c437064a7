// Uploads an image: checks its type from its bytes and its size, stores the original and WebP variants, then the row.

import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import {
  IMAGE_MIME,
  originalKey,
  sniffImageFormat,
  variantKey,
  variantWidths,
} from '../domain/media.js';
import { ImageProcessingError, type ProcessedImage } from '../platform/image-processor.js';
import type { Deps } from './deps.js';
import { removeMediaFiles } from './media-deps.js';
import {
  mediaTextFields,
  orNull,
  requireMediaAccess,
  viewMedia,
  type MediaView,
} from './media-view.js';
import { recordAudit } from './record-audit.js';
import { parseFields } from './story-fields.js';

export interface UploadInput {
  bytes: Buffer;
  /** The name the file came with; only shown, never trusted for its type. */
  filename?: string;
  alt?: string;
  caption?: string | null;
  credit?: string | null;
}

const textsSchema = z
  .object({
    alt: mediaTextFields.alt.default(''),
    caption: mediaTextFields.caption.optional(),
    credit: mediaTextFields.credit.optional(),
  })
  .strict();

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The uploaded name without folders or control characters, at most 300 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  const clean = printable.trim().slice(0, 300);
  return clean || 'image';
}

async function processImage(deps: Deps, input: UploadInput, name: string) {
  const { maxBytes, maxPixels, images } = deps.media;
  if (input.bytes.length === 0)
    throw new LedeError('invalid_image', `file: ${name} is empty`, { field: 'file' });
  if (input.bytes.length > maxBytes)
    throw new LedeError('too_large', `file: ${name} is larger than ${megabytes(maxBytes)}`, {
      field: 'file',
      maxBytes,
    });
  const format = sniffImageFormat(input.bytes);
  if (!format)
    throw new LedeError(
      'unsupported_media',
      `file: ${name} is not a JPEG, PNG or WebP image (told from its content, not its name)`,
      { field: 'file' },
    );
  try {
    return await images.process(input.bytes, { format, maxPixels, widths: variantWidths });
  } catch (error) {
    if (!(error instanceof ImageProcessingError)) throw error;
    if (error.problem === 'too_many_pixels')
      throw new LedeError(
        'too_large',
        `file: ${name} has more than ${Math.round(maxPixels / 1e6)} megapixels (${error.message})`,
        { field: 'file', maxPixels },
      );
    if (error.problem === 'unsupported')
      throw new LedeError('unsupported_media', `file: ${name}: ${error.message}`, {
        field: 'file',
      });
    throw new LedeError('invalid_image', `file: ${name} is damaged (${error.message})`, {
      field: 'file',
    });
  }
}

function filesOf(key: string, image: ProcessedImage) {
  const { original } = image;
  return [
    { key: originalKey(key, original.width, original.height, original.format), file: original },
    ...image.variants.map((v) => ({ key: variantKey(key, v.width), file: v })),
  ];
}

/**
 * Files first, then the row and its audit line in one transaction. Should anything fail after
 * the first file is written, every file written is removed again: no file without a row, no
 * row without its files.
 */
export async function uploadMedia(
  deps: Deps,
  actor: Actor,
  input: UploadInput,
): Promise<MediaView> {
  requireMediaAccess(actor);
  const texts = parseFields(textsSchema, {
    alt: input.alt ?? undefined,
    caption: input.caption ?? undefined,
    credit: input.credit ?? undefined,
  });
  const name = cleanFileName(input.filename);
  const image = await processImage(deps, input, name);
  const hash = createHash('sha256').update(input.bytes).digest('hex');
  const key = `${hash.slice(0, 20)}-${randomBytes(4).toString('hex')}`;
  const files = filesOf(key, image);
  const written: string[] = [];
  const now = deps.clock.now().toISOString();
  try {
    for (const f of files) {
      written.push(f.key);
      await deps.media.storage.put(f.key, f.file.bytes);
    }
    return await deps.store.transaction(async (store) => {
      const media = await store.media.insert({
        key,
        hash,
        originalName: name,
        mime: IMAGE_MIME[image.original.format],
        width: image.original.width,
        height: image.original.height,
        bytes: image.original.bytes.length,
        alt: texts.alt,
        caption: orNull(texts.caption) ?? null,
        credit: orNull(texts.credit) ?? null,
        uploadedBy: actor.kind === 'user' ? actor.id : null,
        createdAt: now,
        variants: image.variants.map((v) => ({
          width: v.width,
          height: v.height,
          bytes: v.bytes.length,
        })),
      });
      await recordAudit(store, actor, 'media.upload', {
        detail: { mediaId: media.id, name, width: media.width, height: media.height },
        at: now,
      });
      return viewMedia(deps.media.storage, media);
    });
  } catch (error) {
    await removeMediaFiles(deps.media, deps.logger, written);
    throw error;
  }
}
