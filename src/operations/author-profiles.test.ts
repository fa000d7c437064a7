// Author profiles and several authors per story: names per edition, byline order, the picker, rights.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { LedeError } from '../domain/errors.js';
import {
  createAuthorProfile,
  listAuthorProfiles,
  ownByline,
  updateAuthorProfile,
} from './author-profiles.js';
import { createStory } from './create-story.js';
import { listDesk } from './list-desk.js';
import { restoreRevision } from './restore-revision.js';
import { readStories } from './story-read-model.js';
import { updateStory } from './update-story.js';
import { authorNameIn } from '../domain/authors.js';
import { linkTaxonomy } from './taxonomy-links.js';
import { ensureRubric } from './taxonomy.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

const KERIMOVA = { az: 'Anna Kərimova', ru: 'Анна Керимова', en: 'Anna Karimova' };

describe('author profiles', () => {
  test('a profile has a name per edition; a story in any edition finds it by its spelling', async () => {
    const { chief, reporter } = deps.people;
    const anna = await createAuthorProfile(deps, chief, {
      names: KERIMOVA,
      bios: { ru: 'Пишет о банках.', en: 'Writes about banks.' },
    });
    assert.equal(anna.name, 'Anna Karimova');
    assert.equal(anna.slug, 'anna-karimova');
    assert.deepEqual(anna.names, KERIMOVA);
    assert.equal(anna.bios.ru, 'Пишет о банках.');

    const story = await createStory(deps, reporter, newStory({ author: 'Анна Керимова' }));
    assert.equal(story.author, 'Анна Керимова');
    assert.deepEqual(story.authors, [{ id: anna.id, name: 'Анна Керимова' }]);
    // No second profile was made for the Cyrillic spelling.
    const found = await listAuthorProfiles(deps, reporter, { q: 'керимова' });
    assert.deepEqual(
      found.items.map((a) => a.id),
      [anna.id],
    );
  });

  test('several authors keep their order; names are shown in the story’s edition', async () => {
    const { chief, editor } = deps.people;
    const timur = await createAuthorProfile(deps, chief, {
      names: { az: 'Teymur Əlixanov', ru: 'Тимур Алиханов', en: 'Timur Alikhanov' },
    });
    const anna = (await listAuthorProfiles(deps, editor, { q: 'Karimova' })).items[0]!;
    const ru = await createStory(
      deps,
      editor,
      newStory({ author: undefined, authors: [timur.id, 'Анна Керимова', 'Новый Автор'] }),
    );
    assert.deepEqual(
      ru.authors.map((a) => a.name),
      ['Тимур Алиханов', 'Анна Керимова', 'Новый Автор'],
    );
    assert.equal(ru.author, 'Тимур Алиханов');

    const en = await createStory(
      deps,
      editor,
      newStory({
        edition: 'en',
        rubric: 'Economy',
        title: 'Alat port to double its cargo',
        tags: [],
        author: undefined,
        authors: [anna.id, timur.id],
      }),
    );
    assert.deepEqual(
      en.authors.map((a) => a.name),
      ['Anna Karimova', 'Timur Alikhanov'],
    );

    // A save that reorders them keeps the new order; a save naming none keeps them.
    const swapped = await updateStory(deps, editor, ru.id, {
      baseVersion: ru.version,
      story: { authors: [ru.authors[1]!.id, ru.authors[0]!.id] },
    });
    assert.deepEqual(
      swapped.authors.map((a) => a.name),
      ['Анна Керимова', 'Тимур Алиханов'],
    );
    const kept = await updateStory(deps, editor, ru.id, {
      baseVersion: swapped.version,
      story: { title: 'Порт Алят удвоит грузооборот к 2030 году' },
    });
    assert.deepEqual(
      kept.authors.map((a) => a.name),
      ['Анна Керимова', 'Тимур Алиханов'],
    );
    // Restoring version 1 brings its three authors back, in their order.
    const restored = await restoreRevision(deps, editor, ru.id, 1, kept.version);
    assert.deepEqual(
      restored.authors.map((a) => a.name),
      ['Тимур Алиханов', 'Анна Керимова', 'Новый Автор'],
    );

    // The read model (feeds, ninjs, the site) has all of them in order.
    const [read] = await readStories(deps, [(await deps.store.stories.findById(en.id))!]);
    assert.deepEqual(
      read!.authors.map((a) => authorNameIn(a, 'ru')),
      ['Анна Керимова', 'Тимур Алиханов'],
    );
    // The desk's author filter finds a story by any of its authors, not only the first.
    const desk = await listDesk(deps, editor, { author: String(timur.id) });
    assert.deepEqual(desk.items.map((s) => s.id).sort(), [ru.id, en.id].sort());
  });

  test('an unknown author id is refused, naming the field; nothing is written', async () => {
    const { editor } = deps.people;
    const before = await deps.store.stories.countStories();
    await assert.rejects(
      createStory(deps, editor, newStory({ authors: [999_999] })),
      (e: unknown) =>
        e instanceof LedeError && e.code === 'invalid_input' && /authors/.test(e.message),
    );
    assert.equal(await deps.store.stories.countStories(), before);
  });

  test('only who manages taxonomy edits profiles; a reporter’s own profile is offered first', async () => {
    const { chief, reporter } = deps.people;
    await assert.rejects(
      createAuthorProfile(deps, reporter, { names: { ru: 'Кто-то' } }),
      (e: unknown) => e instanceof LedeError && e.code === 'forbidden',
    );
    await assert.rejects(
      createAuthorProfile(deps, chief, { names: {} }),
      (e: unknown) => e instanceof LedeError && e.code === 'invalid_input',
    );
    await assert.rejects(
      createAuthorProfile(deps, chief, { names: { ru: 'Анна Керимова' } }),
      (e: unknown) => e instanceof LedeError && e.code === 'duplicate',
    );
    const own = await createAuthorProfile(deps, chief, {
      names: { ru: 'Яна Репортёрова', en: 'Yana Reporterova' },
      userId: reporter.id,
    });
    const list = await listAuthorProfiles(deps, reporter, {});
    assert.equal(list.items[0]!.id, own.id);
    assert.equal(list.items[0]!.own, true);
    assert.deepEqual(await ownByline(deps, reporter), { authors: [own.id] });

    const edited = await updateAuthorProfile(deps, chief, own.id, {
      names: { ru: 'Яна Репортёрова', en: 'Yana Reporterova', az: 'Yana Reportyorova' },
      bios: { az: 'Müxbir.' },
    });
    assert.equal(edited.slug, own.slug, 'the page keeps its address');
    assert.equal(edited.names.az, 'Yana Reportyorova');
    assert.equal(edited.userId, reporter.id);
  });
});

describe('rubric links', () => {
  test('linked rubrics share a key; the desk’s rubric filter across editions finds them all', async () => {
    const { chief, editor } = deps.people;
    const ru = await ensureRubric(deps.store, 'ru', 'Экономика');
    const en = await ensureRubric(deps.store, 'en', 'Economy');
    const linked = await linkTaxonomy(deps, chief, 'rubric', ru.id, { ids: [en.id] });
    assert.deepEqual(
      linked.items.map((r) => r.key),
      [linked.key, linked.key],
    );
    assert.equal((await deps.store.taxonomy.findRubricById(en.id))!.key, linked.key);
    await assert.rejects(
      linkTaxonomy(deps, editor, 'rubric', ru.id, { ids: [] }),
      (e: unknown) => e instanceof LedeError && e.code === 'forbidden',
    );
    const desk = await listDesk(deps, editor, { rubric: String(ru.id), limit: '100' });
    const editions = new Set(desk.items.map((s) => s.edition));
    assert.ok(editions.has('ru') && editions.has('en'), [...editions].join());
  });
});
