// Tests of the demo archive's builders: inline markup to runs, blocks and story drafts.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { a, list, p, q, runs, storiesOf } from './build.js';

test('runs turns the demo markup into marked text runs', () => {
  assert.deepEqual(
    runs('Up **3%** in _real_ terms, [see](https://example.org/x) {(in Baku - ed.)}.'),
    [
      { text: 'Up ' },
      { text: '3%', marks: ['bold'] },
      { text: ' in ' },
      { text: 'real', marks: ['italic'] },
      { text: ' terms, ' },
      { text: 'see', marks: ['link'], href: 'https://example.org/x' },
      { text: ' ' },
      { text: '(in Baku - ed.)', marks: ['editorNote'] },
      { text: '.' },
    ],
  );
});

test('runs keeps plain text whole and makes nothing of an empty line', () => {
  assert.deepEqual(runs('No marks here (none).'), [{ text: 'No marks here (none).' }]);
  assert.deepEqual(runs(''), []);
});

test('block helpers build paragraphs, lists and interview turns', () => {
  assert.deepEqual(p('x'), { type: 'paragraph', content: [{ text: 'x' }] });
  assert.deepEqual(list(['a', 'b'], true), {
    type: 'list',
    ordered: true,
    items: [[{ text: 'a' }], [{ text: 'b' }]],
  });
  assert.deepEqual(q('Why?'), { type: 'question', content: [p('Why?')] });
  assert.deepEqual(a('Ann', 'One.', 'Two.'), {
    type: 'answer',
    speaker: 'Ann',
    content: [p('One.'), p('Two.')],
  });
});

test('storiesOf sets the edition, the sourceKey and turns strings into paragraphs', () => {
  const [story] = storiesOf('en', [
    {
      key: 'en-x',
      type: 'news',
      rubric: 'World',
      title: 'T',
      lead: 'L',
      ageHours: 1,
      body: ['Text.', q('Q?')],
    },
  ]);
  assert.deepEqual(story, {
    key: 'en-x',
    type: 'news',
    rubric: 'World',
    title: 'T',
    lead: 'L',
    ageHours: 1,
    edition: 'en',
    sourceKey: 'demo:en-x',
    blocks: [p('Text.'), q('Q?')],
  });
});
