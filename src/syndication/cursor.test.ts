// The change-stream cursor: opaque, round-trips a position, refuses anything it did not make.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.js';

test('a cursor round-trips its position and looks opaque', () => {
  const position = { seq: 42 };
  const cursor = encodeCursor(position);
  assert.match(cursor, /^[A-Za-z0-9_-]+$/);
  assert.doesNotMatch(cursor, /42/);
  assert.deepEqual(decodeCursor(cursor), position);
  assert.deepEqual(decodeCursor(encodeCursor({ seq: 0 })), { seq: 0 });
});

test('foreign, damaged or old (updatedAt|id) cursors are refused', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  for (const bad of [
    '',
    'not a cursor!',
    b64('2025-12-06T09:00:00.000Z|42'),
    b64('seq:'),
    b64('seq:-1'),
    b64('seq:01'),
    b64('seq:1|2'),
    b64('seq:1 OR 1=1'),
    b64('seq:12345678901234567'),
    'x'.repeat(500),
  ])
    assert.equal(decodeCursor(bad), null, bad);
});
