// The sharp image processor: upright stripped originals, WebP variants, and the three ways an image is refused.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { variantWidths } from '../domain/media.js';
import { ImageProcessingError } from './image-processor.js';
import { sharpImageProcessor } from './sharp-image-processor.js';

const images = sharpImageProcessor();
const options = { maxPixels: 50_000_000, widths: variantWidths };

/** A 1600×1000 JPEG whose EXIF says "rotate 90°" (so it is 1000×1600 upright), with a camera name. */
const rotatedJpeg = () =>
  sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#b33' } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'Lede test camera' } } })
    .toBuffer();

describe('sharp image processor', () => {
  test('the original is turned upright and loses its metadata; variants are WebP', async () => {
    const input = await rotatedJpeg();
    assert.equal((await sharp(input).metadata()).orientation, 6);
    const out = await images.process(input, { ...options, format: 'jpeg' });
    assert.deepEqual([out.original.width, out.original.height], [1000, 1600]);
    const meta = await sharp(out.original.bytes).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.orientation, undefined);
    assert.equal(meta.exif, undefined);
    assert.deepEqual(
      out.variants.map((v) => [v.width, v.height]),
      [
        [320, 512],
        [640, 1024],
        [960, 1536],
        [1000, 1600],
      ],
    );
    for (const v of out.variants) {
      const m = await sharp(v.bytes).metadata();
      assert.deepEqual([m.format, m.width], ['webp', v.width]);
    }
  });

  test('PNG and WebP keep their format; a small image has one variant at its own width', async () => {
    const png = await sharp({
      create: {
        width: 200,
        height: 100,
        channels: 4,
        background: { r: 0, g: 0, b: 0, alpha: 0.5 },
      },
    })
      .png()
      .toBuffer();
    const p = await images.process(png, { ...options, format: 'png' });
    assert.equal((await sharp(p.original.bytes).metadata()).format, 'png');
    assert.deepEqual(
      p.variants.map((v) => v.width),
      [200],
    );
    const webp = await sharp({
      create: { width: 700, height: 350, channels: 3, background: '#3a3' },
    })
      .webp()
      .toBuffer();
    const w = await images.process(webp, { ...options, format: 'webp' });
    assert.equal((await sharp(w.original.bytes).metadata()).format, 'webp');
    assert.deepEqual(
      w.variants.map((v) => v.width),
      [320, 640, 700],
    );
  });

  test('refused: a truncated JPEG (corrupt), too many pixels, another format than sniffed', async () => {
    const input = await rotatedJpeg();
    const problem = async (bytes: Buffer, over: object = {}) => {
      try {
        await images.process(bytes, { ...options, format: 'jpeg', ...over });
        return 'processed';
      } catch (error) {
        assert.ok(error instanceof ImageProcessingError, String(error));
        return error.problem;
      }
    };
    assert.equal(await problem(input.subarray(0, Math.floor(input.length / 2))), 'corrupt');
    assert.equal(await problem(input, { maxPixels: 1_000_000 }), 'too_many_pixels');
    assert.equal(await problem(input, { format: 'png' }), 'unsupported');
    assert.equal(await problem(Buffer.from('\xff\xd8\xffnot really a jpeg', 'latin1')), 'corrupt');
  });
});
