// A link with its address; only http(s), mailto: and site paths survive a paste (no javascript:, file:, #anchors).

import type { MarkSpec } from 'prosemirror-model';
import { isAllowedHref } from '../safe-url.js';

export const link: MarkSpec = {
  attrs: { href: { validate: 'string' } },
  inclusive: false,
  parseDOM: [
    {
      tag: 'a[href]',
      getAttrs: (dom: HTMLElement) => {
        const href = dom.getAttribute('href')?.trim() ?? '';
        return isAllowedHref(href) ? { href } : false;
      },
    },
  ],
  toDOM: (mark) => [
    'a',
    { href: mark.attrs.href as string, rel: 'noopener noreferrer nofollow' },
    0,
  ],
};
