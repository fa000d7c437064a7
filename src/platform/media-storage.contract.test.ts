// The media storage contract: the same answers in memory and on the local disk.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { localMediaStorage } from './local-media-storage.js';
import { isSafeMediaKey, memoryMediaStorage, type MediaStorage } from './media-storage.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lede-media-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const kinds: [string, () => MediaStorage][] = [
  ['memory', () => memoryMediaStorage()],
  [
    'local disk',
    () => localMediaStorage(path.join(dir, `m${Math.random().toString(36).slice(2)}`)),
  ],
];

test('safe keys: relative paths of plain segments with an image extension', () => {
  for (const ok of ['abc/640w.webp', 'a-b_c/1000x500.jpg', 'x.png'])
    assert.equal(isSafeMediaKey(ok), true, ok);
  for (const bad of [
    '../x.jpg',
    'a/../x.jpg',
    '/abs.jpg',
    '.hidden.jpg',
    'a//b.jpg',
    'a/b.txt',
    'a\\b.jpg',
    '',
  ])
    assert.equal(isSafeMediaKey(bad), false, bad);
});

for (const [kind, open] of kinds)
  describe(`media storage contract: ${kind}`, () => {
    test('put, get with the content type of the extension, replace, delete', async () => {
      const s = open();
      await s.put('k1/640w.webp', Buffer.from('one'));
      const got = await s.get('k1/640w.webp');
      assert.equal(got?.bytes.toString(), 'one');
      assert.equal(got?.contentType, 'image/webp');
      await s.put('k1/640w.webp', Buffer.from('two'));
      assert.equal((await s.get('k1/640w.webp'))?.bytes.toString(), 'two');
      await s.put('k1/10x5.jpg', Buffer.from('jpg'));
      assert.equal((await s.get('k1/10x5.jpg'))?.contentType, 'image/jpeg');
      await s.delete('k1/640w.webp');
      assert.equal(await s.get('k1/640w.webp'), null);
      assert.equal((await s.get('k1/10x5.jpg'))?.bytes.toString(), 'jpg');
      await s.delete('k1/640w.webp');
    });

    test('unsafe keys: never read, refused for writing', async () => {
      const s = open();
      assert.equal(await s.get('../../etc/passwd.jpg'), null);
      assert.equal(await s.get('nothing/here.png'), null);
      await assert.rejects(s.put('../escape.jpg', Buffer.from('x')), RangeError);
      await assert.rejects(s.delete('a/../../b.jpg'), RangeError);
    });

    test('urls are site paths under /media/', () => {
      assert.equal(open().urlPath('k/1x1.png'), '/media/k/1x1.png');
    });
  });

test('local disk: no temporary files stay, and the last file deleted takes its folder', async () => {
  const root = path.join(dir, 'folders');
  const s = localMediaStorage(root);
  await s.put('abc/1x1.png', Buffer.from('a'));
  await s.put('abc/320w.webp', Buffer.from('b'));
  assert.deepEqual(readdirSync(path.join(root, 'abc')).sort(), ['1x1.png', '320w.webp']);
  await s.delete('abc/1x1.png');
  assert.deepEqual(readdirSync(root), ['abc']);
  await s.delete('abc/320w.webp');
  assert.deepEqual(readdirSync(root), []);
});
