// A heading inside the body: level 2 (the default) or 3; h1/h2 paste as 2, h3–h6 as 3.

import type { NodeSpec } from 'prosemirror-model';

export const heading: NodeSpec = {
  attrs: { level: { default: null, validate: (v) => checkLevel(v) } },
  content: 'inline*',
  group: 'block',
  defining: true,
  parseDOM: [
    { tag: 'h1', attrs: { level: 2 } },
    { tag: 'h2', attrs: { level: 2 } },
    { tag: 'h3', attrs: { level: 3 } },
    { tag: 'h4', attrs: { level: 3 } },
    { tag: 'h5', attrs: { level: 3 } },
    { tag: 'h6', attrs: { level: 3 } },
  ],
  toDOM: (node) => [node.attrs.level === 3 ? 'h3' : 'h2', { 'data-block': 'heading' }, 0],
};

function checkLevel(value: unknown): void {
  if (value !== null && value !== 2 && value !== 3) throw new RangeError('level must be 2 or 3');
}
