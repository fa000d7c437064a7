// The media repo contract: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { NewMedia } from './media-port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

let n = 0;
function newMedia(over: Partial<NewMedia> = {}): NewMedia {
  n += 1;
  return {
    key: `${String(n).padStart(20, '0')}-0000000${n % 10}`,
    hash: 'ab'.repeat(32),
    originalName: `photo-${n}.jpg`,
    mime: 'image/jpeg',
    width: 1000,
    height: 500,
    bytes: 12345,
    alt: '',
    caption: null,
    credit: null,
    uploadedBy: null,
    createdAt: `2025-12-06T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
    variants: [
      { width: 320, height: 160, bytes: 100 },
      { width: 1000, height: 500, bytes: 900 },
    ],
    ...over,
  };
}

describe('media repo contract', () => {
  test('insert and find: every field back, variants in order, the uploader by name', async () => {
    const user = await t.store.accounts.createUser({
      email: 'photo@agency.example',
      name: 'Фотограф Ли',
      role: 'reporter',
      editions: ['ru'],
      uiLanguage: 'ru',
      passwordHash: null,
      createdAt: '2025-12-06T09:00:00.000Z',
    });
    const m = await t.store.media.insert(
      newMedia({ alt: 'Порт Алят', caption: 'Вид с моря', credit: 'Report', uploadedBy: user.id }),
    );
    assert.ok(m.id > 0);
    assert.deepEqual(await t.store.media.findById(m.id), m);
    assert.equal(m.uploadedByName, 'Фотограф Ли');
    assert.equal(m.updatedAt, m.createdAt);
    assert.deepEqual(
      m.variants.map((v) => v.width),
      [320, 1000],
    );
    assert.equal(await t.store.media.findById(m.id + 1000), null);
  });

  test('list: newest first, paged, searched in name, alt, caption and credit whatever the case', async () => {
    const a = await t.store.media.insert(newMedia({ originalName: 'Baku-skyline.JPG' }));
    const b = await t.store.media.insert(newMedia({ caption: 'Министр в БАКУ' }));
    const c = await t.store.media.insert(newMedia({ credit: '100%_sure' }));
    const found = await t.store.media.list({ text: 'баку', limit: 10 });
    assert.deepEqual(
      found.items.map((m) => m.id),
      [b.id],
    );
    assert.deepEqual(
      (await t.store.media.list({ text: 'BAKU', limit: 10 })).items.map((m) => m.id),
      [a.id],
    );
    assert.deepEqual(
      (await t.store.media.list({ text: '%_', limit: 10 })).items.map((m) => m.id),
      [c.id],
    );
    const all = await t.store.media.list({ limit: 2 });
    assert.ok(all.total >= 4);
    assert.deepEqual(
      all.items.map((m) => m.id),
      [c.id, b.id],
    );
    const next = await t.store.media.list({ limit: 2, offset: 2 });
    assert.equal(next.items[0]!.id, a.id);
  });

  test('update texts, then delete', async () => {
    const m = await t.store.media.insert(newMedia());
    const u = await t.store.media.update(m.id, {
      alt: 'Новый текст',
      credit: 'AZERTAC',
      updatedAt: '2025-12-07T00:00:00.000Z',
    });
    assert.deepEqual(
      [u?.alt, u?.caption, u?.credit, u?.updatedAt],
      ['Новый текст', null, 'AZERTAC', '2025-12-07T00:00:00.000Z'],
    );
    assert.equal((await t.store.media.list({ text: 'azertac', limit: 5 })).items[0]?.id, m.id);
    assert.equal(await t.store.media.update(m.id + 1000, { updatedAt: m.createdAt }), null);
    assert.equal(await t.store.media.delete(m.id), true);
    assert.equal(await t.store.media.delete(m.id), false);
    assert.equal(await t.store.media.findById(m.id), null);
  });

  test('a row is gone with a rolled-back transaction', async () => {
    const before = (await t.store.media.list({ limit: 1 })).total;
    await assert.rejects(
      t.store.transaction(async (tx) => {
        await tx.media.insert(newMedia());
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal((await t.store.media.list({ limit: 1 })).total, before);
  });
});
