// The image processing port: reads an upload once and answers its normalised original and its resized variants.

import type { ImageFormat } from '../domain/media.js';

export interface ProcessOptions {
  /** The format the bytes were sniffed as; a decoder that disagrees makes the image unsupported. */
  format: ImageFormat;
  /** Images with more pixels than this are refused before they are decoded. */
  maxPixels: number;
  /** The widths of the variants, from the upright width of the image. */
  widths: (width: number) => number[];
}

export interface ProcessedFile {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  /** In the upload's own format, turned upright (EXIF orientation), metadata stripped, sRGB. */
  original: ProcessedFile & { format: ImageFormat };
  /** WebP, one per width asked for, narrowest first. */
  variants: ProcessedFile[];
}

export type ImageProblem = 'unsupported' | 'too_many_pixels' | 'corrupt';

/** Why an image could not be processed; the operation turns it into a message for people. */
export class ImageProcessingError extends Error {
  override name = 'ImageProcessingError';
  constructor(
    readonly problem: ImageProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A part of a picture to cut out and the size to scale it to. */
export interface CropOptions {
  left: number;
  top: number;
  width: number;
  height: number;
  outWidth: number;
  outHeight: number;
}

export interface ImageProcessor {
  /** Throws ImageProcessingError for an image that is not of its format, too big or damaged. */
  process(bytes: Buffer, options: ProcessOptions): Promise<ProcessedImage>;
  /** A part of a normalised original, scaled, as a progressive JPEG. */
  crop(bytes: Buffer, options: CropOptions): Promise<Buffer>;
  /** A drawing (SVG made by Lede's own code, such as the demo's pictures) as a JPEG. */
  rasterize(svg: string): Promise<Buffer>;
}
