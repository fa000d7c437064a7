import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dependencyOrder } from './table-copier.js';

test('tables come after the tables their rows refer to; a table referring to itself is fine', () => {
  const order = dependencyOrder(
    ['story_tag', 'story', 'tag', 'rubric', 'author'],
    [
      ['story_tag', 'story'],
      ['story_tag', 'tag'],
      ['story', 'rubric'],
      ['story', 'author'],
      ['rubric', 'rubric'],
    ],
  );
  const at = (t: string) => order.indexOf(t);
  assert.equal(order.length, 5);
  assert.ok(at('rubric') < at('story') && at('author') < at('story'));
  assert.ok(at('story') < at('story_tag') && at('tag') < at('story_tag'));
});
