// The related-stories repo and the search index's stem matches: the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { publishedStory as storyWrite } from '../../test/support/story-write.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { EditionCode } from '../domain/editions.js';
import { stemsAndWords } from '../search/search-doc.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

const rubrics = new Map<EditionCode, number>();
let made = 0;

/** A story published a day before the test's "now" of 2030, with its tags made when new. */
async function publishedStory(
  _t: TestStore,
  over: { edition: EditionCode; title: string; tags?: string[]; translationGroup?: string },
) {
  const { store } = t;
  let rubricId = rubrics.get(over.edition);
  if (rubricId === undefined) {
    rubricId = (
      await store.taxonomy.createRubric({
        edition: over.edition,
        slug: 'news',
        name: 'News',
        parentId: null,
        position: 0,
      })
    ).id;
    rubrics.set(over.edition, rubricId);
  }
  const tagIds: number[] = [];
  for (const name of over.tags ?? []) {
    const tag =
      (await store.taxonomy.findTag(over.edition, name)) ??
      (await store.taxonomy.createTag({
        edition: over.edition,
        name,
        slug: `tag-${++made}`,
      }));
    tagIds.push(tag.id);
  }
  made++;
  return store.stories.insert(
    storyWrite({
      edition: over.edition,
      title: over.title,
      slug: `story-${made}`,
      rubricId,
      publishedAt: new Date(Date.UTC(2025, 11, 5, 10, 0, made)).toISOString(),
      tagIds,
      translationGroup: over.translationGroup ?? null,
    }),
  );
}

describe('related repo contract', () => {
  test('picks are kept in order, replaced whole, and read in an edition as the pick or its translation', async () => {
    const { store } = t;
    const story = await publishedStory(t, { edition: 'en', title: 'Ferries on the Caspian' });
    const near = await publishedStory(t, { edition: 'en', title: 'Ports of the Caspian' });
    const ru = await publishedStory(t, { edition: 'ru', title: 'Паромы', translationGroup: 'g1' });
    const en = await publishedStory(t, { edition: 'en', title: 'Ferries', translationGroup: 'g1' });
    const lonely = await publishedStory(t, { edition: 'az', title: 'Bərə' });
    await store.related.set(story.id, [ru.id, near.id, lonely.id, near.id, story.id]);
    assert.deepEqual((await store.related.picksOf([story.id, near.id])).get(story.id), [
      ru.id,
      near.id,
      lonely.id,
    ]);
    assert.equal((await store.related.picksOf([near.id])).get(near.id), undefined);
    // Shown with their edition and headline, in the same order, in one query.
    assert.deepEqual((await store.related.shownPicksOf([story.id, near.id])).get(story.id), [
      { id: ru.id, edition: 'ru', title: 'Паромы' },
      { id: near.id, edition: 'en', title: 'Ports of the Caspian' },
      { id: lonely.id, edition: 'az', title: 'Bərə' },
    ]);
    assert.equal((await store.related.shownPicksOf([near.id])).get(near.id), undefined);
    // The Russian pick is read as its English translation; the Azerbaijani one has none.
    assert.deepEqual(await store.related.picksIn(story.id, 'en'), [en.id, near.id]);
    await store.related.set(story.id, []);
    assert.deepEqual(await store.related.picksIn(story.id, 'en'), []);
  });

  test("stories sharing a tag: the edition's public ones, each shared tag with its count", async () => {
    const { store } = t;
    const at = '2025-12-05T10:00:00.000Z';
    const story = await publishedStory(t, {
      edition: 'ru',
      title: 'Шахматы',
      tags: ['Шахматы', 'Баку'],
    });
    const a = await publishedStory(t, {
      edition: 'ru',
      title: 'Турнир',
      tags: ['Шахматы', 'Баку'],
    });
    const b = await publishedStory(t, { edition: 'ru', title: 'Погода', tags: ['Баку'] });
    await publishedStory(t, { edition: 'en', title: 'Chess', tags: ['Шахматы'] });
    const rows = await store.related.sharingTags({
      storyId: story.id,
      edition: 'ru',
      visibleAt: '2030-01-01T00:00:00.000Z',
      perTag: 10,
    });
    const chess = (await store.taxonomy.findTag('ru', 'Шахматы'))!.id;
    const baku = (await store.taxonomy.findTag('ru', 'Баку'))!.id;
    const seen = rows
      .filter((r) => [a.id, b.id].includes(r.storyId))
      .map((r) => [r.storyId, r.tagId, r.tagStories])
      .sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);
    const bakuCount = rows.find((r) => r.tagId === baku)!.tagStories;
    assert.deepEqual(
      seen,
      [
        [a.id, chess, 1],
        [a.id, baku, bakuCount],
        [b.id, baku, bakuCount],
      ].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!),
    );
    assert.ok(rows.every((r) => r.storyId !== story.id));
    // Before they were published, none is there.
    assert.deepEqual(
      await store.related.sharingTags({
        storyId: story.id,
        edition: 'ru',
        visibleAt: at,
        perTag: 10,
      }),
      [],
    );
  });

  test("the search index answers which public stories of an edition hold each stem, and counts the edition's", async () => {
    const { store } = t;
    const one = await publishedStory(t, { edition: 'az', title: 'Xəzər limanı genişlənir' });
    const two = await publishedStory(t, { edition: 'az', title: 'Xəzər bərələri' });
    // Stories are indexed after their writes commit.
    await store.search.drain();
    const nowSec = Math.floor(Date.parse('2030-01-01T00:00:00Z') / 1000);
    const doc = await store.search.termMatches({
      stems: [stemsAndWords('Xəzər', 'az', null)[0]!, 'nosuchstem'],
      scope: { editions: ['az'], nowSec },
      perStem: 10,
    });
    assert.ok(doc.stories >= 2, `${doc.stories} stories`);
    assert.deepEqual(
      [...doc.matches[0]!].sort((x, y) => x - y),
      [one.id, two.id],
    );
    assert.deepEqual(doc.matches[1], []);
    const capped = await store.search.termMatches({
      stems: [stemsAndWords('Xəzər', 'az', null)[0]!],
      scope: { editions: ['az'], nowSec },
      perStem: 1,
    });
    assert.deepEqual(capped.matches, [[two.id]]);
  });
});
