// The media operations: upload with rights and an audit line, clean-up after any failure, describe, delete.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { SYSTEM } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { memoryMediaStorage, type MediaStorage } from '../platform/media-storage.js';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { createStory } from './create-story.js';
import { deleteMedia } from './delete-media.js';
import type { Deps } from './deps.js';
import { getMedia } from './get-media.js';
import { listMedia } from './list-media.js';
import { updateMedia } from './update-media.js';
import { uploadMedia } from './upload-media.js';

let deps: NewsroomDeps;
let jpeg: Buffer;
before(async () => {
  deps = await openNewsroomDeps();
  jpeg = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#248' } })
    .jpeg()
    .toBuffer();
});
after(async () => {
  await deps.testStore.dispose();
});

/** Deps over fresh memory storage, optionally failing the nth put. */
function withStorage(failOnPut?: number): {
  d: Deps;
  storage: ReturnType<typeof memoryMediaStorage>;
} {
  const storage = memoryMediaStorage();
  let puts = 0;
  const failing: MediaStorage = {
    ...storage,
    async put(key, bytes) {
      puts += 1;
      if (puts === failOnPut) throw new Error('disk full');
      return storage.put(key, bytes);
    },
  };
  return { d: { ...deps, media: { ...deps.media, storage: failing } }, storage };
}

const code = (c: string) => (e: unknown) => e instanceof LedeError && e.code === c;

describe('media operations', () => {
  test('a reporter uploads: original and variants stored, the row, an audit line', async () => {
    const { d, storage } = withStorage();
    const m = await uploadMedia(d, deps.people.reporter, {
      bytes: jpeg,
      filename: 'C:\\Photos\\port.jpg',
      alt: ' Порт Алят ',
      caption: '',
    });
    assert.equal(m.name, 'port.jpg');
    assert.equal(m.alt, 'Порт Алят');
    assert.equal(m.caption, null);
    assert.match(m.url, /^\/media\/[0-9a-f]{20}-[0-9a-f]{8}\/1000x600\.jpg$/);
    assert.deepEqual(
      m.variants.map((v) => v.width),
      [320, 640, 960, 1000],
    );
    assert.deepEqual(
      storage.keys(),
      [m.url, ...m.variants.map((v) => v.url)].map((u) => u.slice(7)).sort(),
    );
    assert.equal(m.uploadedBy?.id, deps.people.reporter.id);
    const audit = await deps.store.audit.list({ action: 'media.upload', limit: 1 });
    assert.equal(audit[0]?.detail.mediaId, m.id);
  });

  test('a failed file write leaves no files and no row', async () => {
    const total = (await listMedia(deps, SYSTEM, {})).total;
    const { d, storage } = withStorage(3);
    await assert.rejects(uploadMedia(d, deps.people.reporter, { bytes: jpeg }), /disk full/);
    assert.deepEqual(storage.keys(), []);
    assert.equal((await listMedia(deps, SYSTEM, {})).total, total);
  });

  test('a failed database write removes the files already written', async () => {
    const { d, storage } = withStorage();
    const store = Object.create(deps.store) as Deps['store'];
    store.transaction = () => Promise.reject(new Error('database gone'));
    await assert.rejects(
      uploadMedia({ ...d, store }, deps.people.reporter, { bytes: jpeg }),
      /gone/,
    );
    assert.deepEqual(storage.keys(), []);
  });

  test('refusals: wrong type, empty, too many pixels, damaged; nothing stored', async () => {
    const { d, storage } = withStorage();
    const up = (bytes: Buffer, over: Partial<Deps['media']> = {}) =>
      uploadMedia({ ...d, media: { ...d.media, ...over } }, deps.people.reporter, {
        bytes,
        filename: 'x.jpg',
      });
    await assert.rejects(up(Buffer.from('just text')), code('unsupported_media'));
    await assert.rejects(up(Buffer.alloc(0)), code('invalid_image'));
    await assert.rejects(up(jpeg, { maxPixels: 100_000 }), code('too_large'));
    await assert.rejects(up(jpeg, { maxBytes: 100 }), code('too_large'));
    await assert.rejects(up(jpeg.subarray(0, jpeg.length - 200)), code('invalid_image'));
    assert.deepEqual(storage.keys(), []);
  });

  test('texts: updated by anyone of the newsroom, audited; too long alt is refused', async () => {
    const m = await uploadMedia(deps, deps.people.reporter, { bytes: jpeg });
    const u = await updateMedia(deps, deps.people.reporter2, m.id, {
      alt: 'Краны',
      credit: 'Report',
    });
    assert.deepEqual([u.alt, u.credit], ['Краны', 'Report']);
    await assert.rejects(
      updateMedia(deps, deps.people.reporter2, m.id, { alt: 'x'.repeat(501) }),
      code('invalid_input'),
    );
    await assert.rejects(updateMedia(deps, deps.people.reporter2, m.id, {}), code('invalid_input'));
    await assert.rejects(
      updateMedia(deps, deps.people.reporter2, m.id + 999, { alt: 'a' }),
      code('not_found'),
    );
    const audit = await deps.store.audit.list({ action: 'media.update', limit: 1 });
    assert.deepEqual(audit[0]?.detail, { mediaId: m.id, changed: ['alt', 'credit'] });
  });

  test('delete: refused while a story shows the image, by someone else than the uploader or an editor', async () => {
    const { d, storage } = withStorage();
    const m = await uploadMedia(d, deps.people.reporter, { bytes: jpeg, alt: 'Порт' });
    const story = await createStory(
      d,
      deps.people.reporter,
      newStory({ blocks: [{ type: 'image', src: m.url, alt: 'Порт', width: 1000, height: 600 }] }),
    );
    assert.deepEqual(
      (await getMedia(d, deps.people.reporter, m.id)).usedBy.map((u) => u.storyId),
      [story.id],
    );
    await assert.rejects(deleteMedia(d, deps.people.reporter2, m.id), code('forbidden'));
    await assert.rejects(deleteMedia(d, deps.people.reporter, m.id), (e: unknown) => {
      assert.ok(e instanceof LedeError && e.code === 'media_in_use');
      assert.match(e.detail, new RegExp(`story ${story.id}`));
      return true;
    });
    const free = await uploadMedia(d, deps.people.reporter, { bytes: jpeg });
    await deleteMedia(d, deps.people.editor, free.id);
    await assert.rejects(getMedia(d, deps.people.reporter, free.id), code('not_found'));
    assert.ok(storage.keys().every((k) => k.startsWith(m.url.split('/')[2]!)));
    const audit = await deps.store.audit.list({ action: 'media.delete', limit: 1 });
    assert.equal(audit[0]?.detail.mediaId, free.id);
  });
});
