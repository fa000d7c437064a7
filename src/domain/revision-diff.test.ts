// The block-level diff: kept, added, removed and changed blocks, and changed fields.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from './blocks.js';
import { diffBlocks, diffStories } from './revision-diff.js';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
const h = (text: string): Block => ({ type: 'heading', level: 2, content: [{ text }] });

test('identical bodies have no changes', () => {
  assert.deepEqual(diffBlocks([p('a'), p('b')], [p('a'), p('b')]), []);
});

test('an inserted and a removed block are found where they are', () => {
  assert.deepEqual(diffBlocks([p('a'), p('b')], [p('a'), p('new'), p('b')]), [
    { kind: 'added', to: 1, block: p('new') },
  ]);
  const added = diffBlocks([p('a'), p('b')], [p('a'), h('new'), p('b')]);
  assert.deepEqual(added, [{ kind: 'added', to: 1, block: h('new') }]);
  const removed = diffBlocks([p('a'), h('gone'), p('b')], [p('a'), p('b')]);
  assert.deepEqual(removed, [{ kind: 'removed', from: 1, block: h('gone') }]);
});

test('a block edited in place is one change, not a removal and an addition', () => {
  assert.deepEqual(diffBlocks([p('a'), p('b'), p('c')], [p('a'), p('B'), p('c')]), [
    { kind: 'changed', from: 1, to: 1, before: p('b'), after: p('B') },
  ]);
});

test('a block replaced by one of another type is removed and added', () => {
  assert.deepEqual(diffBlocks([p('a'), p('b')], [p('a'), h('b')]), [
    { kind: 'removed', from: 1, block: p('b') },
    { kind: 'added', to: 1, block: h('b') },
  ]);
});

test('fields and blocks together, with the count of blocks kept', () => {
  const diff = diffStories(
    { title: 'Old', tags: ['A'], lead: 'L', blocks: [p('a'), p('b'), p('c')] },
    { title: 'New', tags: ['A'], lead: 'L', blocks: [p('a'), p('c'), p('d')] },
    ['title', 'tags', 'lead'],
  );
  assert.deepEqual(diff.fields, [{ field: 'title', before: 'Old', after: 'New' }]);
  assert.deepEqual(diff.blocks, [
    { kind: 'removed', from: 1, block: p('b') },
    { kind: 'added', to: 2, block: p('d') },
  ]);
  assert.equal(diff.unchanged, 2);
});

test('a long story with a few blocks edited compares only the blocks between the same head and tail', () => {
  const para = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
  const before = Array.from({ length: 5000 }, (_, i) => para(`Абзац ${i}`));
  const after = [...before];
  after[2500] = para('Абзац исправлен');
  after.splice(4000, 0, para('Новый абзац'));
  const changes = diffBlocks(before, after);
  assert.deepEqual(
    changes.map((c) => [c.kind, 'from' in c ? c.from : null, 'to' in c ? c.to : null]),
    [
      ['changed', 2500, 2500],
      ['added', null, 4000],
    ],
  );
});
