// The image processor over sharp (libvips): upright, stripped originals and WebP variants.

import sharp, { type Sharp, type SharpOptions } from 'sharp';
import type { ImageFormat } from '../domain/media.js';
import {
  type CropOptions,
  ImageProcessingError,
  type ImageProcessor,
  type ProcessedFile,
  type ProcessOptions,
} from './image-processor.js';

export interface SharpProcessorOptions {
  /** Quality (1–100) of the WebP variants. */
  variantQuality?: number;
  /** Quality (1–100) of a JPEG or WebP original once normalised. */
  originalQuality?: number;
}

function asProcessingError(error: unknown): ImageProcessingError {
  if (error instanceof ImageProcessingError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message))
    return new ImageProcessingError('too_many_pixels', 'the image has too many pixels');
  if (/unsupported image format/i.test(message))
    return new ImageProcessingError('unsupported', 'the file is not an image Lede can read');
  return new ImageProcessingError('corrupt', message.replace(/^Vips\w*:\s*/, ''));
}

function encode(image: Sharp, format: ImageFormat, quality: number): Sharp {
  if (format === 'jpeg') return image.jpeg({ quality, progressive: true });
  if (format === 'png') return image.png();
  return image.webp({ quality });
}

async function file(image: Sharp): Promise<ProcessedFile> {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/**
 * Reads the header first: a file that another decoder claims, or that has more pixels than
 * allowed, is refused before any pixel is decoded. Damaged data (a truncated JPEG) fails the
 * decode and is reported as corrupt. Output carries no metadata (EXIF, XMP, IPTC) and is sRGB.
 */
export function sharpImageProcessor(options: SharpProcessorOptions = {}): ImageProcessor {
  const variantQuality = options.variantQuality ?? 80;
  const originalQuality = options.originalQuality ?? 90;

  return {
    async process(bytes: Buffer, { format, maxPixels, widths }: ProcessOptions) {
      try {
        const meta = await sharp(bytes).metadata();
        if (meta.format !== format)
          throw new ImageProcessingError(
            'unsupported',
            `the file starts like ${format} but reads as ${meta.format}`,
          );
        if (!meta.width || !meta.height)
          throw new ImageProcessingError('corrupt', 'the image has no size');
        if (meta.width * meta.height > maxPixels)
          throw new ImageProcessingError(
            'too_many_pixels',
            `${meta.width}×${meta.height} is more than ${maxPixels} pixels`,
          );
        const input: SharpOptions = { limitInputPixels: maxPixels, failOn: 'error' };
        const upright = () => sharp(bytes, input).autoOrient();

        const original = await file(encode(upright(), format, originalQuality));
        const variants = await Promise.all(
          widths(original.width).map((width) =>
            file(
              upright()
                .resize({ width, withoutEnlargement: true })
                .webp({ quality: variantQuality }),
            ),
          ),
        );
        return { original: { ...original, format }, variants };
      } catch (error) {
        throw asProcessingError(error);
      }
    },

    async rasterize(svg: string) {
      return sharp(Buffer.from(svg)).jpeg({ quality: originalQuality, mozjpeg: true }).toBuffer();
    },

    async crop(bytes: Buffer, o: CropOptions) {
      try {
        return await sharp(bytes, { failOn: 'error' })
          .extract({ left: o.left, top: o.top, width: o.width, height: o.height })
          .resize({ width: o.outWidth, height: o.outHeight, fit: 'fill' })
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: variantQuality, progressive: true, mozjpeg: true })
          .toBuffer();
      } catch (error) {
        throw asProcessingError(error);
      }
    },
  };
}
