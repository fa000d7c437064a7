// The authors repo contract: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { publishedStory } from '../../test/support/story-write.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { AuthorInput } from './authors-port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

function author(over: Partial<AuthorInput> & Pick<AuthorInput, 'name' | 'slug'>): AuthorInput {
  return { names: {}, bios: {}, photoId: null, userId: null, ...over };
}

describe('authors repo contract', () => {
  test('a profile keeps its names and bios per edition; any spelling finds it', async () => {
    const { authors } = t.store;
    const made = await authors.create(
      author({
        name: 'Anna Karimova',
        slug: 'anna-karimova',
        names: { az: 'Anna Kərimova', ru: 'Анна Керимова', en: 'Anna Karimova' },
        bios: { ru: 'Пишет о банках.' },
      }),
    );
    assert.deepEqual(made.names, {
      az: 'Anna Kərimova',
      ru: 'Анна Керимова',
      en: 'Anna Karimova',
    });
    assert.deepEqual(made.bios, { ru: 'Пишет о банках.' });
    for (const spelling of ['анна керимова', 'ANNA KƏRİMOVA', 'Anna  Karimova'])
      assert.equal((await authors.findByName(spelling))?.id, made.id, spelling);
    assert.equal(await authors.findByName('Анна'), null);
    assert.equal((await authors.findBySlug('anna-karimova'))?.id, made.id);
    assert.equal(await authors.slugTaken('anna-karimova'), true);
    assert.equal(await authors.slugTaken('anna-karimova', made.id), false);
    assert.deepEqual(
      (await authors.search('керим', 10)).map((a) => a.id),
      [made.id],
    );
    assert.deepEqual(await authors.search('%', 10), []);

    const edited = await authors.update(
      made.id,
      author({ name: 'Anna Karimova', slug: 'anna-karimova', names: { en: 'Anna Karimova' } }),
    );
    assert.deepEqual(edited?.names, { en: 'Anna Karimova' });
    assert.equal(await authors.findByName('Анна Керимова'), null);
    assert.equal(await authors.update(999_999, author({ name: 'X', slug: 'x' })), null);
    await authors.addName(made.id, 'ru', 'Анна Керимова');
    await authors.addName(made.id, 'ru', 'Другое имя');
    assert.equal((await authors.profiles([made.id]))[0]?.names.ru, 'Анна Керимова');
  });

  test('a story’s authors keep their order; a page of stories reads them in one call', async () => {
    const { store } = t;
    const rubric = await store.taxonomy.createRubric({
      edition: 'en',
      name: 'Authors',
      slug: 'authors-contract',
      parentId: null,
      position: 0,
    });
    const a = await store.authors.create(author({ name: 'First One', slug: 'first-one' }));
    const b = await store.authors.create(author({ name: 'Second One', slug: 'second-one' }));
    const story = await store.stories.insert(
      publishedStory({
        edition: 'en',
        title: 'By two',
        slug: 'by-two-contract',
        rubricId: rubric.id,
        publishedAt: '2025-12-05T09:00:00.000Z',
        authorId: b.id,
      }),
    );
    await store.authors.setStoryAuthors(story.id, [b.id, a.id, b.id]);
    assert.deepEqual((await store.authors.authorIdsOfStories([story.id])).get(story.id), [
      b.id,
      a.id,
    ]);
    const read = await store.authors.authorsOfStories([story.id, 999_999]);
    assert.deepEqual(
      read.get(story.id)?.map((x) => x.name),
      ['Second One', 'First One'],
    );
    assert.deepEqual(read.get(999_999), []);
    // Any author's list finds the story, not only the first one's.
    const listed = await store.stories.list({ authorId: a.id, limit: 10 });
    assert.deepEqual(
      listed.items.map((s) => s.id),
      [story.id],
    );
    await store.authors.setStoryAuthors(story.id, [a.id]);
    assert.equal((await store.stories.list({ authorId: b.id, limit: 10 })).items.length, 0);
  });
});
