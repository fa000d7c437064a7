// An image block: source, alternative text, caption, credit and the intrinsic size when known.

import type { DOMOutputSpec, NodeSpec } from 'prosemirror-model';
import { isAllowedImageSrc } from '../safe-url.js';

const optionalText = { default: null, validate: 'string|null' };
const optionalSize = {
  default: null,
  validate: (v: unknown) => {
    if (v !== null && !(typeof v === 'number' && Number.isInteger(v) && v > 0))
      throw new RangeError('width and height are positive whole numbers');
  },
};

function sizeOf(value: string | null | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export const image: NodeSpec = {
  attrs: {
    src: {
      validate: (v: unknown) => {
        if (typeof v !== 'string' || v.trim() === '') throw new RangeError('an image needs a src');
      },
    },
    alt: { default: '', validate: 'string' },
    caption: optionalText,
    credit: optionalText,
    width: optionalSize,
    height: optionalSize,
  },
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  parseDOM: [
    {
      // The editor's own figure and the public site's figure.image.
      tag: 'figure',
      getAttrs: (dom: HTMLElement) => {
        const img = dom.querySelector('img');
        const src = img?.getAttribute('src') ?? '';
        if (!isAllowedImageSrc(src)) return false;
        return {
          src,
          alt: img?.getAttribute('alt') ?? '',
          caption:
            dom.getAttribute('data-caption') ??
            (dom.querySelector('figcaption')?.firstChild?.textContent?.trim() || null),
          credit:
            dom.getAttribute('data-credit') ??
            (dom.querySelector('figcaption .credit')?.textContent?.trim() || null),
          width: sizeOf(img?.getAttribute('width')),
          height: sizeOf(img?.getAttribute('height')),
        };
      },
    },
    {
      tag: 'img[src]',
      getAttrs: (dom: HTMLElement) => {
        const src = dom.getAttribute('src') ?? '';
        if (!isAllowedImageSrc(src)) return false;
        return {
          src,
          alt: dom.getAttribute('alt') ?? '',
          width: sizeOf(dom.getAttribute('width')),
          height: sizeOf(dom.getAttribute('height')),
        };
      },
    },
  ],
  toDOM: (node) => {
    const { src, alt, caption, credit, width, height } = node.attrs as {
      src: string;
      alt: string;
      caption: string | null;
      credit: string | null;
      width: number | null;
      height: number | null;
    };
    const figure: Record<string, string> = { 'data-block': 'image', class: 'pm-image' };
    if (caption !== null) figure['data-caption'] = caption;
    if (credit !== null) figure['data-credit'] = credit;
    const img: Record<string, string> = { src, alt };
    if (width !== null) img.width = String(width);
    if (height !== null) img.height = String(height);
    const parts: DOMOutputSpec[] = [];
    if (caption) parts.push(['span', { class: 'pm-image-caption' }, caption]);
    if (credit) parts.push(['span', { class: 'pm-image-credit' }, credit]);
    return ['figure', figure, ['img', img], ['figcaption', {}, ...parts]];
  },
};
