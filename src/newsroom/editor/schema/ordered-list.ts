// A numbered list (the story model's list with "ordered": true).

import type { NodeSpec } from 'prosemirror-model';

export const orderedList: NodeSpec = {
  content: 'list_item+',
  group: 'block',
  parseDOM: [{ tag: 'ol' }],
  toDOM: () => ['ol', { 'data-block': 'list', 'data-ordered': 'true' }, 0],
};
