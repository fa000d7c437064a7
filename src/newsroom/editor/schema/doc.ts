// The editor's top node: a story body is any number of blocks (an empty draft has none).

import type { NodeSpec } from 'prosemirror-model';

export const doc: NodeSpec = {
  content: 'block*',
};
