// A video block: the video's page, its poster and title; no player inside the editor.

import type { NodeSpec } from 'prosemirror-model';
import { VIDEO_PROVIDERS } from '../../../domain/blocks.js';
import { isAllowedImageSrc, isWebUrl } from '../safe-url.js';

const optionalText = { default: null, validate: 'string|null' };

export const video: NodeSpec = {
  attrs: {
    provider: {
      validate: (v: unknown) => {
        if (!(VIDEO_PROVIDERS as readonly unknown[]).includes(v))
          throw new RangeError(`provider must be one of ${VIDEO_PROVIDERS.join(', ')}`);
      },
    },
    url: {
      validate: (v: unknown) => {
        if (typeof v !== 'string' || !isWebUrl(v) || !v.startsWith('https:'))
          throw new RangeError('a video needs the https address of its page');
      },
    },
    poster: {
      default: null,
      validate: (v: unknown) => {
        if (v !== null && (typeof v !== 'string' || !isAllowedImageSrc(v)))
          throw new RangeError('a poster is a site path or an http(s) address');
      },
    },
    title: optionalText,
    caption: optionalText,
    credit: optionalText,
  },
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  parseDOM: [
    {
      tag: '[data-block=video]',
      getAttrs: (dom: HTMLElement) => {
        const url = dom.getAttribute('data-url') ?? dom.querySelector('a')?.getAttribute('href');
        if (!url || !url.startsWith('https:')) return false;
        return {
          provider: dom.getAttribute('data-provider') ?? 'link',
          url,
          poster: dom.querySelector('img')?.getAttribute('src') ?? null,
          title: dom.getAttribute('data-title'),
        };
      },
    },
  ],
  toDOM: (node) => {
    const { provider, url, poster, title } = node.attrs as {
      provider: string;
      url: string;
      poster: string | null;
      title: string | null;
    };
    const attrs: Record<string, string> = {
      'data-block': 'video',
      'data-provider': provider,
      'data-url': url,
      class: 'pm-video',
    };
    if (title !== null) attrs['data-title'] = title;
    return [
      'div',
      attrs,
      ...(poster ? [['img', { src: poster, alt: '' }]] : []),
      ['span', { class: 'pm-embed-title' }, title || url],
    ];
  },
};
