// A gallery block: several pictures, each with its alt text, caption, credit and size; edited as one unit.

import type { NodeSpec } from 'prosemirror-model';
import type { GalleryImage } from '../../../domain/blocks.js';
import { isAllowedImageSrc } from '../safe-url.js';

const TEXTS = ['alt', 'caption', 'credit'] as const;

/** Throws unless `value` is a list of pictures the story model takes. */
export function checkGalleryImages(value: unknown): asserts value is GalleryImage[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new RangeError('a gallery needs at least one picture');
  value.forEach((image: unknown, i) => {
    const img = image as Record<string, unknown> | null;
    if (!img || typeof img.src !== 'string' || !isAllowedImageSrc(img.src))
      throw new RangeError(`picture ${i + 1} needs a site path or http(s) address`);
    if (typeof img.alt !== 'string') throw new RangeError(`picture ${i + 1} needs alt text`);
    for (const field of TEXTS.slice(1))
      if (img[field] !== undefined && typeof img[field] !== 'string')
        throw new RangeError(`picture ${i + 1}: ${field} is text`);
    for (const field of ['width', 'height'])
      if (
        img[field] !== undefined &&
        !(typeof img[field] === 'number' && Number.isInteger(img[field]) && img[field] > 0)
      )
        throw new RangeError(`picture ${i + 1}: ${field} is a positive whole number`);
  });
}

export const gallery: NodeSpec = {
  attrs: {
    images: { validate: checkGalleryImages },
    caption: { default: null, validate: 'string|null' },
  },
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  parseDOM: [
    {
      tag: '[data-block=gallery]',
      getAttrs: (dom: HTMLElement) => {
        const images = [...dom.querySelectorAll('img')]
          .map((img) => ({
            src: img.getAttribute('src') ?? '',
            alt: img.getAttribute('alt') ?? '',
          }))
          .filter((img) => isAllowedImageSrc(img.src));
        return images.length ? { images, caption: dom.getAttribute('data-caption') } : false;
      },
    },
  ],
  toDOM: (node) => {
    const { images, caption } = node.attrs as { images: GalleryImage[]; caption: string | null };
    const attrs: Record<string, string> = { 'data-block': 'gallery', class: 'pm-gallery' };
    if (caption !== null) attrs['data-caption'] = caption;
    return [
      'div',
      attrs,
      ...images.map((img) => [
        'img',
        { src: img.src, alt: img.alt, ...(img.width ? { width: String(img.width) } : {}) },
      ]),
    ];
  },
};
