// A bulleted list (the story model's list without "ordered").

import type { NodeSpec } from 'prosemirror-model';

export const bulletList: NodeSpec = {
  content: 'list_item+',
  group: 'block',
  parseDOM: [{ tag: 'ul' }],
  toDOM: () => ['ul', { 'data-block': 'list' }, 0],
};
