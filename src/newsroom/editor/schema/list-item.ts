// One item of a list: a single paragraph of inline text (the story model has no nested lists).

import type { NodeSpec } from 'prosemirror-model';

export const listItem: NodeSpec = {
  content: 'paragraph',
  defining: true,
  parseDOM: [{ tag: 'li' }],
  toDOM: () => ['li', 0],
};
