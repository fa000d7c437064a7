// The change-stream cursor: opaque, round-trips a position, refuses anything it did not make.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.js';

test('a cursor round-trips its position and looks opaque', () => {
  const position = { updatedAt: '2025-12-06T09:00:00.000Z', id: 42 };
  const cursor = encodeCursor(position);
  assert.match(cursor, /^[A-Za-z0-9_-]+$/);
  assert.doesNotMatch(cursor, /2025/);
  assert.deepEqual(decodeCursor(cursor), position);
});

test('foreign or damaged cursors are refused', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  for (const bad of [
    '',
    'not a cursor!',
    b64('2025-12-06T09:00:00.000Z'),
    b64('2025-12-06T09:00:00.000Z|0'),
    b64('2025-12-06T09:00:00.000Z|-1'),
    b64('2025-12-06T09:00:00.000Z|1|2'),
    b64('yesterday|1'),
    b64("2025-12-06T09:00:00.000Z|1' OR 1=1"),
    'x'.repeat(500),
  ])
    assert.equal(decodeCursor(bad), null, bad);
});
