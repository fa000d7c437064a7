// A quote: one or more paragraphs with an optional cite (who said it).

import type { NodeSpec } from 'prosemirror-model';

export const quote: NodeSpec = {
  attrs: { cite: { default: null, validate: 'string|null' } },
  content: 'paragraph+',
  group: 'block',
  defining: true,
  parseDOM: [
    {
      tag: 'blockquote',
      getAttrs: (dom: HTMLElement) => ({ cite: dom.getAttribute('data-cite') || null }),
    },
  ],
  toDOM: (node) => {
    const cite = node.attrs.cite as string | null;
    return [
      'blockquote',
      cite ? { 'data-block': 'quote', 'data-cite': cite } : { 'data-block': 'quote' },
      0,
    ];
  },
};
