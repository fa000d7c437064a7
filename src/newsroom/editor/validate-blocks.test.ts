// The server-side schema check: what the browser sends must fit the editor's schema, errors name the block.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Block } from '../../domain/blocks.js';
import { LedeError } from '../../domain/errors.js';
import { validateBlocksWithSchema } from './validate-blocks.js';

const para = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

function rejects(blocks: unknown, pattern: RegExp): void {
  assert.throws(
    () => validateBlocksWithSchema(blocks as Block[]),
    (error: unknown) => {
      assert.ok(error instanceof LedeError, String(error));
      assert.equal(error.code, 'invalid_input');
      assert.match(error.detail, pattern);
      return true;
    },
  );
}

describe('validateBlocksWithSchema', () => {
  test('accepts a valid body and returns it in canonical form', () => {
    const blocks: Block[] = [
      para('Lead-in'),
      { type: 'question', content: [{ type: 'paragraph', content: [{ text: 'Why?' }] }] },
      { type: 'answer', speaker: 'Lord Coaker', content: [{ type: 'paragraph', content: [] }] },
    ];
    assert.deepEqual(validateBlocksWithSchema(blocks), blocks);
    assert.deepEqual(validateBlocksWithSchema([]), []);
  });

  test('a question without paragraphs is refused, naming the block', () => {
    rejects(
      [para('a'), para('b'), { type: 'question', content: [] }],
      /^blocks: block 3 \(question\): a question holds one or more paragraphs$/,
    );
  });

  test('a list without items, an unknown block, a heading level 4 and a link without href are refused', () => {
    rejects([{ type: 'list', items: [] }], /block 1 \(list\): a list needs at least one item/);
    rejects([para('x'), { type: 'table', rows: [] }], /block 2 \(table\): unknown block type/);
    rejects(
      [{ type: 'heading', level: 4, content: [{ text: 'x' }] }],
      /block 1 \(heading\): level must be 2 or 3/,
    );
    rejects(
      [{ type: 'paragraph', content: [{ text: 'x', marks: ['link'] }] }],
      /block 1 \(paragraph\): a link mark needs an href/,
    );
    rejects(
      [{ type: 'answer', content: [{ type: 'heading', content: [] }] }],
      /block 1 \(answer\): item 1 of its content is not a paragraph/,
    );
    rejects(
      [{ type: 'embed', provider: 'vimeo', url: 'https://vimeo.com/1' }],
      /block 1 \(embed\): provider must be one of/,
    );
    rejects([{ type: 'image', src: '', alt: '' }], /block 1 \(image\): an image needs a src/);
    rejects({ not: 'a list' }, /^blocks: blocks must be a list$/);
  });
});
