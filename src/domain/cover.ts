// A story's cover image: a media-library item with the story's own alt text, caption and credit, and a focal point for crops.

import { MEDIA_PATH } from './media.js';

/** Where the picture's subject is, as fractions of its width and height (0..1 each). */
export interface FocalPoint {
  x: number;
  y: number;
}

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

/** What a story write is given: the item and the story's own texts (null: the item's). */
export interface CoverInput {
  mediaId: number;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  focus?: FocalPoint;
}

/** The cover as stored with a story. */
export interface StoryCover {
  mediaId: number;
  /** The story's own alt text, caption and credit; null means the media item's. */
  alt: string | null;
  caption: string | null;
  credit: string | null;
  focus: FocalPoint;
}

/** The picture a cover shows: a media item's files and texts. */
export interface CoverImage {
  key: string;
  width: number;
  height: number;
  /** The normalised original's path ("/media/<key>/2400x1600.jpg"). */
  url: string;
  variants: { width: number; height: number; url: string }[];
  alt: string;
  caption: string | null;
  credit: string | null;
}

/** A cover ready for output: the texts resolved (the story's, else the item's). */
export interface CoverRead {
  mediaId: number;
  image: CoverImage;
  alt: string;
  caption: string | null;
  credit: string | null;
  focus: FocalPoint;
}

export function resolveCover(cover: StoryCover, image: CoverImage): CoverRead {
  return {
    mediaId: cover.mediaId,
    image,
    alt: cover.alt ?? image.alt,
    caption: cover.caption ?? image.caption,
    credit: cover.credit ?? image.credit,
    focus: cover.focus,
  };
}

/** A focal point in whole percent (what crop file names carry), each in 0..100. */
export function focusPercent(focus: FocalPoint): { x: number; y: number } {
  const pct = (v: number) => Math.min(100, Math.max(0, Math.round(v * 100)));
  return { x: pct(focus.x), y: pct(focus.y) };
}

/** The crops Lede makes of covers: sharing cards (1200×630) and the three of structured data. */
export const CROPS = {
  share: { width: 1200, height: 630 },
  wide: { width: 1200, height: 675 },
  standard: { width: 1200, height: 900 },
  square: { width: 1200, height: 1200 },
} as const;
export type CropName = keyof typeof CROPS;

/** The file of a crop in media storage: "<key>/crop-1200x630-50-40.jpg" (focus in percent). */
export function cropKey(key: string, crop: CropName, focus: FocalPoint): string {
  const { width, height } = CROPS[crop];
  const f = focusPercent(focus);
  return `${key}/crop-${width}x${height}-${f.x}-${f.y}.jpg`;
}

const CROP_FILE = /^([0-9a-f]{20}-[0-9a-f]{8})\/crop-(\d{1,4})x(\d{1,4})-(\d{1,3})-(\d{1,3})\.jpg$/;

/** What a crop key asks for; null when it is not a crop Lede makes. */
export function parseCropKey(
  key: string,
): { mediaKey: string; crop: CropName; focus: { x: number; y: number } } | null {
  const m = CROP_FILE.exec(key);
  if (!m) return null;
  const width = Number(m[2]);
  const height = Number(m[3]);
  const crop = (Object.keys(CROPS) as CropName[]).find(
    (c) => CROPS[c].width === width && CROPS[c].height === height,
  );
  const x = Number(m[4]);
  const y = Number(m[5]);
  if (!crop || x > 100 || y > 100) return null;
  return { mediaKey: m[1]!, crop, focus: { x, y } };
}

export function cropUrl(key: string, crop: CropName, focus: FocalPoint): string {
  return `${MEDIA_PATH}${cropKey(key, crop, focus)}`;
}

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest rectangle of the ratio `want` inside a `width`×`height` picture, placed so the
 * focal point is as near its centre as the edges allow.
 */
export function cropRect(
  width: number,
  height: number,
  want: { width: number; height: number },
  focus: FocalPoint,
): CropRect {
  const ratio = want.width / want.height;
  let w = width;
  let h = Math.round(width / ratio);
  if (h > height) {
    h = height;
    w = Math.min(width, Math.round(height * ratio));
  }
  const place = (size: number, span: number, at: number) =>
    Math.min(Math.max(0, Math.round(at * size - span / 2)), size - span);
  return { left: place(width, w, focus.x), top: place(height, h, focus.y), width: w, height: h };
}

/** CSS object-position of a focal point ("50% 40%"): crops by CSS follow it too. */
export function objectPosition(focus: FocalPoint): string {
  const f = focusPercent(focus);
  return `${f.x}% ${f.y}%`;
}
