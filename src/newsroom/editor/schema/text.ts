// Inline text, the only inline node of the story model (marks carry bold, italic, links and notes).

import type { NodeSpec } from 'prosemirror-model';

export const text: NodeSpec = {
  group: 'inline',
};
