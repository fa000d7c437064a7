// Image types told from bytes, variant widths and what a media URL says.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mediaSource, originalKey, sniffImageFormat, variantKey, variantWidths } from './media.js';

describe('media', () => {
  test('the format comes from the first bytes, not from a name', () => {
    assert.equal(sniffImageFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0])), 'jpeg');
    assert.equal(
      sniffImageFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
      'png',
    );
    assert.equal(sniffImageFormat(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1')), 'webp');
    assert.equal(sniffImageFormat(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1')), null);
    assert.equal(sniffImageFormat(Buffer.from('GIF89a')), null);
    assert.equal(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), null);
    assert.equal(sniffImageFormat(Buffer.alloc(0)), null);
  });

  test('variants: the standard widths below the image, then one at its width, at most 1920', () => {
    assert.deepEqual(variantWidths(4000), [320, 640, 960, 1280, 1920]);
    assert.deepEqual(variantWidths(1920), [320, 640, 960, 1280, 1920]);
    assert.deepEqual(variantWidths(1000), [320, 640, 960, 1000]);
    assert.deepEqual(variantWidths(640), [320, 640]);
    assert.deepEqual(variantWidths(200), [200]);
  });

  test('a media URL names its variants; any other address is not one', () => {
    const key = 'a1b2c3d4e5f60718293a-0badcafe';
    const src = `/media/${originalKey(key, 1000, 500, 'jpeg')}`;
    assert.equal(src, `/media/${key}/1000x500.jpg`);
    const m = mediaSource(src)!;
    assert.deepEqual([m.key, m.width, m.height], [key, 1000, 500]);
    assert.deepEqual(
      m.variants.map((v) => [v.width, v.height, v.url]),
      [320, 640, 960, 1000].map((w) => [w, w / 2, `/media/${variantKey(key, w)}`]),
    );
    assert.equal(
      m.srcset,
      `/media/${key}/320w.webp 320w, /media/${key}/640w.webp 640w, ` +
        `/media/${key}/960w.webp 960w, /media/${key}/1000w.webp 1000w`,
    );
    for (const other of [
      'https://example.com/media/x.jpg',
      `/media/${key}/640w.webp`,
      `/media/${key}/0x500.jpg`,
      `/media/../${key}/10x5.jpg`,
      `/ru/media/${key}/10x5.jpg`,
    ])
      assert.equal(mediaSource(other), null, other);
  });
});
