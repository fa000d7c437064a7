// The read model loads a page of stories in the same number of queries whatever its size, with each story's rubric path, author, tags, translations and URL.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openObservedStore, type ObservedStore } from '../../test/support/observed-store.js';
import { NOW, seedSyndication } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { generateArchive } from '../importers/synthetic/generate-archive.js';
import { editionChrome, homeStories, storyContext } from './read-site.js';
import { readStories } from './story-read-model.js';

let deps: TestDeps;
let observed: ObservedStore;
let counted: TestDeps;

before(async () => {
  deps = await openTestDeps(NOW);
  await seedSyndication(deps);
  await generateArchive(deps, { stories: 120, seed: 5, now: new Date(NOW) });
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
    deps.store.listStories({ statuses: ['published'], limit: n, countUpTo: 0 });
  const [ten, fifty] = [(await page(10)).items, (await page(50)).items];
  assert.equal(fifty.length, 50);
  const options = { tags: true, translations: true };
  const a = await queriesOf(() => readStories(counted, ten, options));
  const b = await queriesOf(() => readStories(counted, fifty, options));
  assert.equal(a, b);
  assert.ok(b <= 9, `${b} queries`);
});

test('each story comes with its rubric path, author, tags, translations and URL', async () => {
  const forum = await deps.store.findStoryBySlug('en', 'baku-hosts-a-water-forum');
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
    await deps.store.listStories({ statuses: ['published'], limit: 50, countUpTo: 0 })
  ).items.find((s) => s.tags.length > 1);
  const interview = await deps.store.findStoryById(tagged!.id);
  const [withTags] = await readStories(deps, [interview!], { tags: true });
  assert.deepEqual(
    withTags!.tags.map((t) => t.name),
    interview!.tags,
  );
});

test('the home page and a story page take a fixed number of queries', async () => {
  const chrome = await editionChrome(deps, 'ru');
  const home = await queriesOf(() => homeStories(counted, 'ru', chrome));
  assert.ok(home <= 4, `home: ${home} queries for ${chrome.rubrics.length} rubrics`);
  const stories = (
    await deps.store.listStories({
      edition: 'ru',
      statuses: ['published'],
      limit: 30,
      countUpTo: 0,
    })
  ).items;
  const counts = new Set<number>();
  for (const s of stories.slice(0, 5))
    counts.add(await queriesOf(() => storyContext(counted, s, chrome.rubricById)));
  // One more than before covers: the read model's cover query.
  assert.ok(Math.max(...counts) <= 8, `story page: ${[...counts].join(', ')} queries`);
});
