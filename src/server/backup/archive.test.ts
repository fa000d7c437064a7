import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unsafeEntry } from './archive.js';

test('only plain files and folders inside the archive are extracted', () => {
  assert.equal(unsafeEntry('media/originals/a.jpg', 'File'), null);
  assert.equal(unsafeEntry('media/', 'Directory'), null);
  assert.match(unsafeEntry('../../x', 'File')!, /leaves the archive/);
  assert.match(unsafeEntry('media/../../x', 'File')!, /leaves the archive/);
  assert.match(unsafeEntry('/etc/passwd', 'File')!, /absolute path/);
  assert.match(unsafeEntry('C:/x', 'File')!, /absolute path/);
  assert.match(unsafeEntry('media/link', 'SymbolicLink')!, /not a plain file/);
  assert.match(unsafeEntry('media/hard', 'Link')!, /not a plain file/);
});
