// Bold: <strong>, <b> and bold font-weight styles from word processors (Google Docs' wrapper is not bold).

import type { MarkSpec } from 'prosemirror-model';

const BOLD_WEIGHT = /^(bold(er)?|[6-9]\d{2})$/;
/** A weight that says "not bold", read from the style attribute (pasted HTML has no CSSOM). */
const NORMAL_WEIGHT = /(^|;)\s*font-weight\s*:\s*(normal|lighter|[1-5]00)\b/i;

export const bold: MarkSpec = {
  parseDOM: [
    { tag: 'strong' },
    // Google Docs wraps the whole clipboard in <b style="font-weight:normal">.
    {
      tag: 'b',
      getAttrs: (dom: HTMLElement) => !NORMAL_WEIGHT.test(dom.getAttribute('style') ?? '') && null,
    },
    { style: 'font-weight=400', clearMark: (m) => m.type.name === 'bold' },
    { style: 'font-weight=normal', clearMark: (m) => m.type.name === 'bold' },
    { style: 'font-weight', getAttrs: (value: string) => BOLD_WEIGHT.test(value) && null },
  ],
  toDOM: () => ['strong', 0],
};
