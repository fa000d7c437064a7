// Italic: <em>, <i> and italic font-style styles from word processors.

import type { MarkSpec } from 'prosemirror-model';

/** A style attribute that says "not italic" (pasted HTML has no CSSOM, so the attribute is read). */
const NORMAL_STYLE = /(^|;)\s*font-style\s*:\s*normal\b/i;

export const italic: MarkSpec = {
  parseDOM: [
    { tag: 'em' },
    {
      tag: 'i',
      getAttrs: (dom: HTMLElement) => !NORMAL_STYLE.test(dom.getAttribute('style') ?? '') && null,
    },
    { style: 'font-style=normal', clearMark: (m) => m.type.name === 'italic' },
    { style: 'font-style=italic' },
  ],
  toDOM: () => ['em', 0],
};
