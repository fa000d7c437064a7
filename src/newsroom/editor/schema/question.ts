// An interview question: one or more paragraphs, optionally naming who asks.

import type { NodeSpec } from 'prosemirror-model';
import { speakerAttr, speakerFromDom, turnToDom } from './speaker.js';

export const question: NodeSpec = {
  attrs: { speaker: speakerAttr },
  content: 'paragraph+',
  group: 'block',
  defining: true,
  parseDOM: [{ tag: 'div[data-block=question]', getAttrs: speakerFromDom }],
  toDOM: (node) => turnToDom('question', node.attrs.speaker),
};
