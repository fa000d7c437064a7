// Uploaded images: the types Lede accepts (told from their bytes), the widths it makes, and their URLs.

export const IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const IMAGE_MIME: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export const IMAGE_EXTENSION: Record<ImageFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
};

/** Widths of the WebP variants; an image gets those narrower than itself and one at its own width. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Where the site serves media files; a media key follows it. */
export const MEDIA_PATH = '/media/';

/** The `sizes` of a story image: the column is about 48rem wide, the whole screen below that. */
export const STORY_IMAGE_SIZES = '(max-width: 48rem) 100vw, 48rem';

const startsWith = (bytes: Uint8Array, at: number, signature: readonly number[]) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image format its first bytes declare, whatever the file is called; null for anything else. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'))) return 'webp';
  return null;
}

/** The widths of the variants of an image `width` pixels wide: 320, 640 … capped at its own width. */
export function variantWidths(width: number): number[] {
  const max = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  const below = VARIANT_WIDTHS.filter((w) => w < Math.min(width, max));
  return [...below, Math.min(width, max)];
}

/** The key of the normalised original: its size is in the name, so a URL says what variants exist. */
export function originalKey(key: string, width: number, height: number, format: ImageFormat) {
  return `${key}/${width}x${height}.${IMAGE_EXTENSION[format]}`;
}

export function variantKey(key: string, width: number): string {
  return `${key}/${width}w.webp`;
}

/** A media key: the first 20 hex digits of the content's sha256, a dash and 8 random hex digits. */
export const MEDIA_KEY = /^[0-9a-f]{20}-[0-9a-f]{8}$/;

const ORIGINAL_URL =
  /^\/media\/([0-9a-f]{20}-[0-9a-f]{8})\/([1-9]\d{0,5})x([1-9]\d{0,5})\.(jpg|png|webp)$/;

export interface MediaSource {
  key: string;
  width: number;
  height: number;
  variants: { width: number; height: number; url: string }[];
  /** "… 320w, … 640w": every variant, narrowest first. */
  srcset: string;
}

/** What an image block's `src` says when it is the original of a Lede upload; null otherwise. */
export function mediaSource(src: string): MediaSource | null {
  const match = ORIGINAL_URL.exec(src.trim());
  if (!match) return null;
  const key = match[1]!;
  const width = Number(match[2]);
  const height = Number(match[3]);
  const variants = variantWidths(width).map((w) => ({
    width: w,
    height: Math.max(1, Math.round((height * w) / width)),
    url: `${MEDIA_PATH}${variantKey(key, w)}`,
  }));
  const srcset = variants.map((v) => `${v.url} ${v.width}w`).join(', ');
  return { key, width, height, variants, srcset };
}
