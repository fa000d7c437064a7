// A story's cover image: written only through the story write (with its revision), read by the read model in one query, compared between versions, cropped at its focal point.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { cropKey } from '../domain/cover.js';
import { LedeError } from '../domain/errors.js';
import { openObservedStore, type ObservedStore } from '../../test/support/observed-store.js';
import {
  newStory,
  openNewsroomDeps,
  type NewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { compareRevisions } from './compare-revisions.js';
import { createStory } from './create-story.js';
import { deleteMedia } from './delete-media.js';
import { readMediaCrop } from './media-crops.js';
import { restoreRevision } from './restore-revision.js';
import { storyChangesSchema, parseFields } from './story-fields.js';
import { readStories } from './story-read-model.js';
import { translateStory } from './translate-story.js';
import { updateStory } from './update-story.js';
import { uploadMedia } from './upload-media.js';
import { getRevision } from './get-revision.js';

let deps: NewsroomDeps;
let observed: ObservedStore;
let wide: { id: number; key: string };
let tall: { id: number; key: string };

const keyOf = (url: string) => url.split('/')[2]!;

before(async () => {
  deps = await openNewsroomDeps();
  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#2a6' } })
      .jpeg()
      .toBuffer();
  const a = await uploadMedia(deps, deps.people.reporter, {
    bytes: await picture(1600, 1000),
    filename: 'port.jpg',
    alt: 'Контейнеры в порту Алят',
    caption: 'Порт Алят',
    credit: 'Lede demo',
  });
  const b = await uploadMedia(deps, deps.people.reporter, {
    bytes: await picture(800, 1200),
    filename: 'tower.jpg',
    alt: 'Телебашня',
  });
  wide = { id: a.id, key: keyOf(a.url) };
  tall = { id: b.id, key: keyOf(b.url) };
  observed = openObservedStore(deps.testStore);
});
after(async () => {
  await observed.close();
  await deps.testStore.dispose();
});

const changes = (value: unknown) => parseFields(storyChangesSchema, value);

describe('story cover', () => {
  test('a new story with a cover: the story keeps its own texts, the item fills the rest', async () => {
    const view = await createStory(
      deps,
      deps.people.reporter,
      newStory({
        cover: { mediaId: wide.id, alt: 'Краны над причалом', focus: { x: 0.7, y: 0.3 } },
      }),
    );
    assert.deepEqual(
      { ...view.cover, image: undefined },
      {
        mediaId: wide.id,
        alt: 'Краны над причалом',
        caption: null,
        credit: null,
        focus: { x: 0.7, y: 0.3 },
        image: undefined,
      },
    );
    assert.equal(view.cover!.image.caption, 'Порт Алят');
    const [read] = await readStories(deps, [(await deps.store.stories.findById(view.id))!]);
    assert.equal(read!.cover!.alt, 'Краны над причалом');
    assert.equal(read!.cover!.caption, 'Порт Алят');
    assert.equal(read!.cover!.credit, 'Lede demo');
    assert.equal(read!.cover!.image.width, 1600);
    assert.ok(read!.cover!.image.variants.length >= 3);
  });

  test('a save changes, keeps or removes the cover, each version in its revision and compared', async () => {
    const created = await createStory(
      deps,
      deps.people.reporter,
      newStory({ title: 'Обложка меняется', cover: { mediaId: wide.id } }),
    );
    assert.deepEqual(created.cover!.focus, { x: 0.5, y: 0.5 });
    const v2 = await updateStory(deps, deps.people.reporter, created.id, {
      baseVersion: 1,
      story: changes({
        cover: { mediaId: tall.id, caption: 'Башня вечером', focus: { x: 0.5, y: 0.2 } },
      }),
    });
    assert.equal(v2.cover!.mediaId, tall.id);
    const v3 = await updateStory(deps, deps.people.reporter, created.id, {
      baseVersion: 2,
      story: changes({ title: 'Обложка осталась' }),
    });
    assert.equal(v3.cover!.caption, 'Башня вечером', 'a save without cover keeps it');
    const v4 = await updateStory(deps, deps.people.reporter, created.id, {
      baseVersion: 3,
      story: changes({ cover: null }),
    });
    assert.equal(v4.cover, null);

    const rev2 = await getRevision(deps, deps.people.reporter, created.id, 2);
    assert.equal(rev2.story.cover!.mediaId, tall.id);
    const diff = await compareRevisions(deps, deps.people.reporter, created.id, 1, 2);
    const cover = diff.fields.find((f) => f.field === 'cover');
    assert.ok(cover, 'the comparison names the cover');
    assert.equal((cover.before as { mediaId: number }).mediaId, wide.id);
    assert.equal((cover.after as { caption: string }).caption, 'Башня вечером');
    const none = await compareRevisions(deps, deps.people.reporter, created.id, 2, 3);
    assert.equal(
      none.fields.find((f) => f.field === 'cover'),
      undefined,
    );

    const restored = await restoreRevision(deps, deps.people.reporter, created.id, 2);
    assert.equal(restored.cover!.mediaId, tall.id);
    assert.deepEqual(restored.cover!.focus, { x: 0.5, y: 0.2 });
  });

  test('a cover of an item that does not exist, or a focus outside 0..1, is refused', async () => {
    await assert.rejects(
      createStory(deps, deps.people.reporter, newStory({ cover: { mediaId: 999_999 } })),
      (e: unknown) =>
        e instanceof LedeError && e.code === 'invalid_input' && /cover\.mediaId/.test(e.message),
    );
    assert.throws(
      () => newStory({ cover: { mediaId: wide.id, focus: { x: 1.5, y: 0 } } }),
      (e: unknown) => e instanceof LedeError && /cover\.focus\.x/.test(e.message),
    );
    const total = await deps.store.stories.countStories();
    assert.ok(total >= 2);
  });

  test('a translation takes the picture, focal point and credit, not the texts', async () => {
    const source = await createStory(
      deps,
      deps.people.editor,
      newStory({
        title: 'Источник с обложкой',
        cover: { mediaId: wide.id, alt: 'Краны', credit: 'Фото Рены', focus: { x: 0.2, y: 0.8 } },
      }),
    );
    const translation = await translateStory(deps, deps.people.editor, source.id, {
      edition: 'en',
    });
    assert.equal(translation.cover!.mediaId, wide.id);
    assert.equal(translation.cover!.alt, null);
    assert.equal(translation.cover!.credit, 'Фото Рены');
    assert.deepEqual(translation.cover!.focus, { x: 0.2, y: 0.8 });
  });

  test('a media item a story shows as its cover cannot be deleted', async () => {
    await assert.rejects(
      deleteMedia(deps, deps.people.editor, wide.id),
      (e: unknown) => e instanceof LedeError && e.code !== 'internal',
    );
    assert.ok(await deps.store.media.findById(wide.id));
  });

  test('the read model loads covers for 10 or 50 stories in the same number of queries', async () => {
    for (let i = 0; i < 50; i++)
      await createStory(
        deps,
        deps.people.reporter,
        newStory({
          title: `Лента ${i}`,
          ...(i % 2 ? { cover: { mediaId: i % 4 === 1 ? wide.id : tall.id } } : {}),
        }),
      );
    const page = async (n: number) =>
      (await deps.store.stories.list({ statuses: ['draft'], limit: n, countUpTo: 0 })).items;
    const [ten, fifty] = [await page(10), await page(50)];
    const count = async (stories: typeof ten) => {
      observed.queries.length = 0;
      const reads = await readStories({ ...deps, store: observed.store }, stories);
      return { queries: observed.queries.length, covers: reads.filter((r) => r.cover).length };
    };
    const a = await count(ten);
    const b = await count(fifty);
    assert.equal(a.queries, b.queries);
    assert.ok(b.covers >= 25, `${b.covers} covers`);
  });

  test('crops are made at the focal point on first request and only for focal points in use', async () => {
    const story = await createStory(
      deps,
      deps.people.reporter,
      newStory({ title: 'Кроп', cover: { mediaId: tall.id, focus: { x: 0.5, y: 0.1 } } }),
    );
    const key = cropKey(tall.key, 'share', story.cover!.focus);
    const crop = await readMediaCrop(deps, key);
    assert.ok(crop);
    const meta = await sharp(crop.bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 1200, 630]);
    assert.ok(await deps.media.storage.get(key), 'the crop is kept');
    const square = await readMediaCrop(deps, cropKey(tall.key, 'square', { x: 0.5, y: 0.5 }));
    assert.deepEqual(
      [
        (await sharp(square!.bytes).metadata()).width,
        (await sharp(square!.bytes).metadata()).height,
      ],
      [1200, 1200],
    );
    assert.equal(await readMediaCrop(deps, cropKey(tall.key, 'share', { x: 0.33, y: 0.77 })), null);
    assert.equal(await readMediaCrop(deps, `${tall.key}/crop-999x999-50-50.jpg`), null);
  });
});
