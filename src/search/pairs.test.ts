import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairsOf } from './pairs.js';

test('pairs join each two neighbouring stems; fewer than two stems make none', () => {
  assert.deepEqual(pairsOf(['эмбарг', 'поставк', 'оруж']), ['эмбарг_поставк', 'поставк_оруж']);
  assert.deepEqual(pairsOf(['baku']), []);
  assert.deepEqual(pairsOf([]), []);
});
