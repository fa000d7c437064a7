// The server's check that a body sent by the browser fits the editor's schema, naming the block that does not.

import type { Node } from 'prosemirror-model';
import type { Block } from '../../domain/blocks.js';
import { LedeError } from '../../domain/errors.js';
import { blocksToDoc, BlockSchemaError, docToBlocks, isList } from './convert.js';

/** What each container may hold, said the way an editor would say it. */
const CONTENT_RULES: Record<string, string> = {
  question: 'a question holds one or more paragraphs',
  answer: 'an answer holds one or more paragraphs',
  quote: 'a quote holds one or more paragraphs',
  bullet_list: 'a list needs at least one item',
  ordered_list: 'a list needs at least one item',
  list_item: 'a list item is one paragraph of text',
  paragraph: 'a paragraph holds text only',
  heading: 'a heading holds text only',
};

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const content = /^Invalid content for node (\w+)/.exec(message);
  if (content) return CONTENT_RULES[content[1]!] ?? message;
  return message;
}

/** Builds the document of a body and checks it; throws BlockSchemaError for the first bad block. */
export function checkBlocks(blocks: readonly Block[]): Node {
  if (!isList(blocks)) throw new BlockSchemaError(-1, 'body', 'blocks must be a list');
  const doc = blocksToDoc(blocks);
  doc.forEach((child, _offset, index) => {
    try {
      child.check();
    } catch (error) {
      const sent = (blocks[index] as { type?: unknown } | undefined)?.type;
      const name = typeof sent === 'string' ? sent : child.type.name;
      throw new BlockSchemaError(index, name, explain(error));
    }
  });
  doc.check();
  return doc;
}

/**
 * For the newsroom API: checks that blocks fit the editor's schema (`doc.check()`), and returns them
 * in canonical form (neighbouring runs with the same marks joined, empty runs dropped). Throws a
 * LedeError `invalid_input` whose detail names the block: "blocks: block 3 (question): a question
 * holds one or more paragraphs".
 */
export function validateBlocksWithSchema(blocks: readonly Block[], offset = 0): Block[] {
  try {
    return docToBlocks(checkBlocks(blocks));
  } catch (error) {
    if (error instanceof BlockSchemaError) {
      const named =
        error.index >= 0 && offset > 0
          ? new BlockSchemaError(error.index + offset, error.blockType, error.reason)
          : error;
      throw new LedeError('invalid_input', `blocks: ${named.message}`);
    }
    throw error;
  }
}
