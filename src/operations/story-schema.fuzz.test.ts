// Fuzzing the story block schema: 10,000 generated stories (valid, mutated, arbitrary JSON); only LedeError.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bodyText } from '../domain/blocks.js';
import { fuzz } from '../../test/support/fuzz.js';
import { newStorySchema, parseFields, storyChangesSchema } from './story-fields.js';
import { parseStoryInput } from './story-schema.js';

const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const run = fc.record(
  {
    text,
    marks: fc.array(fc.constantFrom('bold', 'italic', 'link', 'editorNote', 'blink'), {
      maxLength: 5,
    }),
    href: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', '/az/x', 'mailto:a@b.c')),
  },
  { requiredKeys: ['text'] },
);
const paragraph = fc.record({
  type: fc.constant('paragraph'),
  content: fc.array(run, { maxLength: 4 }),
});
const block = fc.oneof(
  paragraph,
  fc.record({
    type: fc.constant('heading'),
    level: fc.constantFrom(1, 2, 3),
    content: fc.array(run, { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constantFrom('question', 'answer', 'quote'),
    speaker: text,
    content: fc.array(paragraph, { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('image'),
    src: text,
    alt: text,
    width: fc.integer({ min: -5, max: 5000 }),
  }),
  fc.record({
    type: fc.constant('list'),
    ordered: fc.boolean(),
    items: fc.array(fc.array(run, { maxLength: 3 }), { maxLength: 4 }),
  }),
  fc.record({
    type: fc.constant('embed'),
    provider: fc.constantFrom('youtube', 'x', 'vimeo'),
    url: fc.oneof(fc.webUrl(), text),
  }),
  fc.record({ type: text, content: fc.anything({ maxDepth: 2 }) }),
);
const story = fc.record(
  {
    edition: fc.constantFrom('az', 'ru', 'en', 'de', ''),
    type: fc.constantFrom('news', 'interview', 'article', 'opinion', 'blog'),
    title: text,
    rubric: text,
    lead: text,
    blocks: fc.array(block, { maxLength: 6 }),
    tags: fc.array(text, { maxLength: 4 }),
    publishedAt: fc.oneof(
      fc.constant('2025-12-06T09:00:00Z'),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      text,
    ),
    slug: text,
  },
  { requiredKeys: ['edition', 'type', 'title', 'rubric', 'lead', 'blocks'] },
);
// Stories that should pass, so the properties also see the accepted side.
const cleanStory = fc.record({
  edition: fc.constantFrom('az', 'ru', 'en'),
  type: fc.constantFrom('news', 'interview'),
  title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
  rubric: fc.constantFrom('Siyasət', 'Экономика', 'World'),
  lead: text,
  blocks: fc.array(
    fc.record({
      type: fc.constant('paragraph'),
      content: fc.array(fc.record({ text }), { maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
});
const input = fc.oneof(cleanStory, story, fc.anything({ maxDepth: 3 }));

test('any JSON value is a story or a LedeError naming the field', () => {
  const accepted = fuzz(input, (value) => {
    const parsed = parseStoryInput(value);
    assert.equal(typeof bodyText(parsed.blocks), 'string');
    assert.deepEqual(parseStoryInput(parsed), parsed, 'a parsed story parses to itself');
  });
  assert.ok(accepted > 0.01, `only ${accepted} of the stories were accepted`);
});

test('the newsroom save schemas take any JSON value or answer a LedeError', () => {
  fuzz(input, (value) => {
    try {
      parseFields(newStorySchema, value);
    } finally {
      parseFields(storyChangesSchema, value, 'changes');
    }
  });
});
