// The live box's text to blocks and back: what an editor types is what readers get.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksToText, textToBlocks } from './live-text.js';

test('paragraphs split by a blank line; lines inside one join', () => {
  assert.deepEqual(textToBlocks('First line\ngoes on\n\n  Second  \n\n\n'), [
    { type: 'paragraph', content: [{ text: 'First line goes on' }] },
    { type: 'paragraph', content: [{ text: 'Second' }] },
  ]);
  assert.deepEqual(textToBlocks('  \n \n'), []);
});

test('"> " makes a quote, a last "— name" line its source; a lone video link an embed, a picture an image', () => {
  const blocks = textToBlocks(
    '> We will rebuild the bridge.\n> — The mayor\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nhttps://cdn.example/a.jpg',
  );
  assert.deepEqual(blocks, [
    {
      type: 'quote',
      content: [{ type: 'paragraph', content: [{ text: 'We will rebuild the bridge.' }] }],
      cite: 'The mayor',
    },
    { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    { type: 'image', src: 'https://cdn.example/a.jpg', alt: '' },
  ]);
  assert.deepEqual(textToBlocks(blocksToText(blocks)), blocks);
});
