// The document the editor opens and the body it saves: a stored body repaired to fit, empty bodies as one paragraph.

import type { Node } from 'prosemirror-model';
import type { Block } from '../../domain/blocks.js';
import { blocksToDoc, docToBlocks } from './convert.js';
import { storySchema as schema } from './schema/index.js';

/**
 * A document the editor can hold: the body as it is when it fits the schema; otherwise each block
 * that does not fit is filled in (an empty question gets an empty paragraph). An empty body is one
 * empty paragraph, so there is a place to type.
 */
export function editableDoc(blocks: readonly Block[]): Node {
  const doc = blocksToDoc(blocks);
  const children: Node[] = [];
  doc.forEach((child) => {
    try {
      child.check();
      children.push(child);
    } catch {
      const filled = child.type.createAndFill(child.attrs, child.content, child.marks);
      if (filled) children.push(filled);
    }
  });
  if (children.length === 0) children.push(schema.nodes.paragraph.create());
  return schema.nodes.doc.create(null, children);
}

/**
 * The body to save: empty paragraphs at the end (the place to type after an image, a last Enter)
 * are left out, so a document that is one empty paragraph is an empty body.
 */
export function savedBlocks(doc: Node): Block[] {
  const blocks = docToBlocks(doc);
  let end = blocks.length;
  while (end > 0) {
    const last = blocks[end - 1]!;
    if (last.type !== 'paragraph' || last.content.length > 0) break;
    end -= 1;
  }
  return blocks.slice(0, end);
}
