// The read model loads a page of stories in the same number of queries whatever its size, with each story's rubric path, author, tags, translations and URL.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openObservedStore, type ObservedStore } from '../../test/support/observed-store.js';
import { NOW, seedSyndication } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { localDay } from '../domain/dates.js';
import { generateArchive } from '../importers/synthetic/generate-archive.js';
import { editionChrome, homeStories, listPublicStories, storyContext } from './read-site.js';
import { searchPublic } from './search-stories.js';
import { QueryMemo } from './query-memo.js';
import { readStories } from './story-read-model.js';

let deps: TestDeps;
let observed: ObservedStore;
let counted: TestDeps;

before(async () => {
  deps = await openTestDeps(NOW);
  await seedSyndication(deps);
  await generateArchive(deps, { stories: 120, seed: 5, now: new Date(NOW) });
  // Enough Russian stories for a rubric page of 50 (Экономика lists its two sub-rubrics too).
  await generateArchive(deps, { stories: 160, seed: 6, now: new Date(NOW), editions: ['ru'] });
  observed = openObservedStore(deps.testStore);
  counted = { ...deps, store: observed.store };
});
after(async () => {
  await observed.close();
  await deps.testStore.dispose();
});

async function queriesOf(fn: () => Promise<unknown>): Promise<number> {
  observed.queries.length = 0;
  await fn();
  return observed.queries.length;
}

test('a page of 10 stories and a page of 50 take the same number of queries', async () => {
  const page = (n: number) =>
    deps.store.stories.list({ statuses: ['published'], limit: n, countUpTo: 0 });
  const [ten, fifty] = [(await page(10)).items, (await page(50)).items];
  assert.equal(fifty.length, 50);
  const options = { tags: true, translations: true };
  const a = await queriesOf(() => readStories(counted, ten, options));
  const b = await queriesOf(() => readStories(counted, fifty, options));
  assert.equal(a, b);
  assert.ok(b <= 9, `${b} queries`);
});

test('each story comes with its rubric path, author, tags, translations and URL', async () => {
  const forum = await deps.store.stories.findBySlug('en', 'baku-hosts-a-water-forum');
  const [read] = await readStories(deps, [forum!], { tags: true, translations: true });
  assert.equal(read!.path, '/en/world/baku-hosts-a-water-forum');
  assert.deepEqual(
    read!.rubricPath.map((r) => r.slug),
    ['world'],
  );
  assert.deepEqual(read!.translations.map((t) => t.path).sort(), [
    '/dunya/baki-su-forumuna-ev-sahibliyi-edir',
    '/ru/v-mire/baku-prinimaet-vodnyy-forum',
  ]);
  const tagged = (
    await deps.store.stories.list({ statuses: ['published'], limit: 50, countUpTo: 0 })
  ).items.find((s) => s.tags.length > 1);
  const interview = await deps.store.stories.findById(tagged!.id);
  const [withTags] = await readStories(deps, [interview!], { tags: true });
  assert.deepEqual(
    withTags!.tags.map((t) => t.name),
    interview!.tags,
  );
});

test('the home page and a story page take a fixed number of queries', async () => {
  const chrome = await editionChrome(deps, 'ru');
  const home = await queriesOf(() => homeStories(counted, 'ru', chrome));
  // The latest and every block's newest, each with its tags' names; the authors (two) and the
  // covers of them all.
  assert.ok(home <= 6, `home: ${home} queries for ${chrome.rubrics.length} rubrics`);
  const stories = (
    await deps.store.stories.list({
      edition: 'ru',
      statuses: ['published'],
      limit: 30,
      countUpTo: 0,
    })
  ).items;
  const counts = new Set<number>();
  for (const s of stories.slice(0, 5))
    counts.add(await queriesOf(() => storyContext(counted, s, chrome.rubricById)));
  // Authors (two), tags, translations (two) and their editions' rubrics (two at most); the cover;
  // in parallel the related list (related-stories.ts): picks, shared tags and the text's stems
  // (three together), the stories, the rubric's newest when too few, their authors (two) and covers.
  assert.ok(Math.max(...counts) <= 13, `story page: ${[...counts].join(', ')} queries`);
});

test('a server keeps the related list of a story per version: the next render asks only for the rest', async () => {
  const story = (
    await deps.store.stories.list({
      edition: 'ru',
      statuses: ['published'],
      limit: 1,
      countUpTo: 0,
    })
  ).items[0]!;
  const chrome = await editionChrome(deps, 'ru');
  const plain = await queriesOf(() => storyContext(counted, story, chrome.rubricById));
  const kept = { ...counted, reads: { counter: undefined!, memo: new QueryMemo(60_000) } };
  const first = await storyContext(kept, story, chrome.rubricById);
  const again = await queriesOf(() => storyContext(kept, story, chrome.rubricById));
  assert.ok(first.related.length > 0);
  assert.ok(again < plain - 3, `${again} queries with the list kept, ${plain} without`);
  assert.deepEqual(
    (await storyContext(kept, story, chrome.rubricById)).related.map((r) => r.story.id),
    first.related.map((r) => r.story.id),
  );
  // A new version of the story reads its picks and the stories again; its ranked candidates
  // (shared tags, the text's stems) are kept per story (related-stories.ts).
  const bumped = { ...story, version: story.version + 1 };
  const next = await queriesOf(() => storyContext(kept, bumped, chrome.rubricById));
  assert.ok(again < next && next < plain, `${next} queries for a new version, ${plain} without`);
});

test('rubric, tag and day pages read their cards through the read model, 10 or 50 in the same queries', async () => {
  const chrome = await editionChrome(deps, 'ru');
  const economy = chrome.rubrics.find((r) => r.name === 'Экономика')!;
  const list = { kind: 'rubric' as const, rubric: economy, children: economy.children };
  const pageOf = (size: number, d: TestDeps = counted) =>
    listPublicStories(d, list, { page: 1 }, { rubrics: chrome.rubricById, size });
  const fifty = (await pageOf(50, deps))!;
  assert.equal(fifty.items.length, 50);
  const card = fifty.items.find((r) => r.rubric.parentId === economy.id)!;
  assert.deepEqual(
    card.rubricPath.map((r) => r.name),
    ['Экономика', card.rubric.name],
  );
  assert.equal(card.path, `/ru/${card.rubric.slug}/${card.story.slug}`);
  assert.ok(fifty.items.some((r) => r.author !== null));
  const ten = await queriesOf(() => pageOf(10));
  assert.equal(await queriesOf(() => pageOf(50)), ten);
  // The list; the authors (profiles, then the stories' bylines) and the covers.
  assert.ok(ten <= 5, `rubric page: ${ten} queries`);

  // A cursor page, a tag page and a day page: the same queries.
  const last = fifty.items.at(-1)!.story;
  const before = { publishedAt: last.publishedAt!, id: last.id };
  const after = await queriesOf(() =>
    listPublicStories(counted, list, { before }, { rubrics: chrome.rubricById }),
  );
  const tag = fifty.items.flatMap((r) => r.story.tags)[0]!;
  const found = await deps.store.taxonomy.findTag('ru', tag);
  const tagged = await queriesOf(() =>
    listPublicStories(
      counted,
      { kind: 'tag', tag: found! },
      { page: 1 },
      { rubrics: chrome.rubricById },
    ),
  );
  const dayList = {
    kind: 'day' as const,
    edition: 'ru' as const,
    day: localDay(
      new Date(last.publishedAt!),
      deps.editions.find((e) => e.code === 'ru')!.timeZone,
    ),
  };
  assert.ok((await listPublicStories(deps, dayList, { page: 1 }))!.items.length > 0);
  const day = await queriesOf(() =>
    listPublicStories(counted, dayList, { page: 1 }, { rubrics: chrome.rubricById }),
  );
  // A cursor page counts nothing; each list takes at most the numbered page's queries.
  assert.ok(Math.max(after, tagged, day) <= ten, `${after}, ${tagged}, ${day} queries`);
});

test('a numbered page counts its list a fixed two pages ahead, not to the end of the archive', async () => {
  const chrome = await editionChrome(deps, 'ru');
  const economy = chrome.rubrics.find((r) => r.name === 'Экономика')!;
  const list = { kind: 'rubric' as const, rubric: economy, children: economy.children };
  const all = (await listPublicStories(deps, list, { page: 1 }, { size: 1000 }))!;
  assert.ok(all.totalExact && all.total > 40, `${all.total} stories in the rubric`);
  // Pages of 10: page 1 knows of three pages (30 stories) and that there may be more.
  const first = (await listPublicStories(deps, list, { page: 1 }, { size: 10 }))!;
  assert.deepEqual([first.total, first.totalExact, first.more], [30, false, true]);
  const third = (await listPublicStories(deps, list, { page: 3 }, { size: 10 }))!;
  assert.deepEqual([third.total, third.totalExact], [50, false]);
  // Near the end the count reaches it: the last pages know the total.
  const lastPage = Math.ceil(all.total / 10);
  const near = (await listPublicStories(deps, list, { page: lastPage - 1 }, { size: 10 }))!;
  assert.deepEqual([near.total, near.totalExact], [all.total, true]);
});

test('search results come through the read model in the same queries for a full page and a short one', async () => {
  const titles = (
    await deps.store.stories.list({
      edition: 'ru',
      statuses: ['published'],
      limit: 200,
      countUpTo: 0,
    })
  ).items.flatMap((s) =>
    s.title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 6),
  );
  const counts = new Map<string, number>();
  for (const w of titles) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [word] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const first = await searchPublic(deps, { q: word, editions: ['ru'], sort: 'date' });
  assert.ok(first.total > 20 && first.total % 20 !== 0, `${word}: ${first.total} found`);
  const hit = first.hits[0]!;
  assert.equal(hit.path, `/ru/${hit.rubric.slug}/${hit.story.slug}`);
  const full = await queriesOf(() =>
    searchPublic(counted, { q: word, editions: ['ru'], sort: 'date' }),
  );
  const short = await queriesOf(() =>
    searchPublic(counted, { q: word, editions: ['ru'], sort: 'date', page: first.pages }),
  );
  assert.equal(full, short);
});
