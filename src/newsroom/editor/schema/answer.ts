// An interview answer: the paragraphs up to the next question, optionally naming the speaker.

import type { NodeSpec } from 'prosemirror-model';
import { speakerAttr, speakerFromDom, turnToDom } from './speaker.js';

export const answer: NodeSpec = {
  attrs: { speaker: speakerAttr },
  content: 'paragraph+',
  group: 'block',
  defining: true,
  parseDOM: [{ tag: 'div[data-block=answer]', getAttrs: speakerFromDom }],
  toDOM: (node) => turnToDom('answer', node.attrs.speaker),
};
