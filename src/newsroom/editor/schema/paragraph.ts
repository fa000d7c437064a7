// A paragraph: inline text with marks; the unit questions, answers and quotes are made of.

import type { NodeSpec } from 'prosemirror-model';

export const paragraph: NodeSpec = {
  content: 'inline*',
  group: 'block',
  parseDOM: [{ tag: 'p' }],
  toDOM: () => ['p', { 'data-block': 'paragraph' }, 0],
};
