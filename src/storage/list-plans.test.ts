// Every public list reads through an index on a seeded archive: no query plan scans the stories (or their tag rows), on either database.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openObservedStore, type ObservedStore } from '../../test/support/observed-store.js';
import { openTestDeps } from '../../test/support/test-deps.js';
import { onPostgres, type TestStore } from '../../test/support/test-store.js';
import { generateArchive } from '../importers/synthetic/generate-archive.js';
import type { StoryQuery } from './stories-port.js';

const NOW = '2025-12-06T09:00:00.000Z';
let t: TestStore;
let observed: ObservedStore;
let query: (q: StoryQuery) => Promise<string[]>;
let rubricIds: number[];
let tagId: number;
let authorId: number;

before(async () => {
  const deps = await openTestDeps(NOW);
  t = deps.testStore;
  await generateArchive(deps, { stories: 600, seed: 3, now: new Date(NOW) });
  observed = openObservedStore(t);
  if (onPostgres) await observed.store.stories.countStories().then(() => undefined);
  const rubrics = await t.store.taxonomy.listRubrics('ru');
  const parent = rubrics.find((r) => rubrics.some((c) => c.parentId === r.id)) ?? rubrics[0]!;
  rubricIds = [parent.id, ...rubrics.filter((c) => c.parentId === parent.id).map((c) => c.id)];
  const sample = (await t.store.stories.list({ edition: 'ru', limit: 50 })).items;
  const tagged = sample.find((s) => s.tags.length > 0)!;
  tagId = (await t.store.taxonomy.findTag('ru', tagged.tags[0]!))!.id;
  authorId = sample.find((s) => s.authorId !== null)!.authorId!;
  /** The plans of every statement the store runs for a list query. */
  query = async (q) => {
    observed.queries.length = 0;
    await observed.store.stories.list(q);
    const statements = observed.queries.filter((s) => /\bfrom "story"/i.test(s.sql));
    assert.ok(statements.length > 0);
    const lines: string[] = [];
    for (const s of [...statements]) lines.push(...(await observed.plan(s)));
    return lines;
  };
});
after(async () => {
  await observed.close();
  await t.dispose();
});

const PUBLIC = { statuses: ['published' as const], publishedTo: NOW, visibleAt: NOW };

/** Fails on a step that reads a whole table of stories or tag rows rather than an index. */
function assertNoScan(plan: string[], what: string) {
  const scans = plan.filter((line) =>
    onPostgres
      ? /Seq Scan on (story|story_tag|story_author)\b/.test(line)
      : /\bSCAN (story|story_tag|story_author)\b(?! USING (COVERING )?INDEX)/.test(line) ||
        /\bSCAN (story|story_tag|story_author) USING (COVERING )?INDEX (story_edition_slug|sqlite_autoindex)/.test(
          line,
        ),
  );
  assert.deepEqual(scans, [], `${what} scans the stories:\n${plan.join('\n')}`);
}

const cursor = { publishedAt: '2024-06-01T00:00:00.000Z', id: 1_000_000 };
const lists: [string, () => StoryQuery][] = [
  ['edition (home, RSS)', () => ({ ...PUBLIC, edition: 'ru', limit: 21, countUpTo: 0 })],
  ['edition, past a cursor', () => ({ ...PUBLIC, edition: 'ru', limit: 20, before: cursor })],
  ['all editions (newest story)', () => ({ ...PUBLIC, limit: 1, countUpTo: 0 })],
  [
    'rubric page, counted to a bound',
    () => ({
      ...PUBLIC,
      edition: 'ru',
      rubricIds: rubricIds.slice(0, 1),
      limit: 20,
      countUpTo: 1000,
    }),
  ],
  [
    'rubric with sub-rubrics',
    () => ({ ...PUBLIC, edition: 'ru', rubricIds, limit: 20, offset: 20, countUpTo: 1000 }),
  ],
  [
    'tag page, counted to a bound',
    () => ({ ...PUBLIC, edition: 'ru', tagId, limit: 20, countUpTo: 1000 }),
  ],
  [
    'tag page past a cursor',
    () => ({ ...PUBLIC, edition: 'ru', tagId, limit: 20, before: cursor, countUpTo: 0 }),
  ],
  ['author', () => ({ ...PUBLIC, authorId, limit: 20, countUpTo: 0 })],
  [
    'author page of an edition, counted to a bound',
    () => ({ ...PUBLIC, edition: 'ru', authorId, limit: 20, countUpTo: 1000 }),
  ],
  [
    'author page past a cursor',
    () => ({ ...PUBLIC, edition: 'ru', authorId, limit: 20, before: cursor, countUpTo: 0 }),
  ],
  [
    'related stories of a story (its rubric, itself left out)',
    () => ({
      ...PUBLIC,
      edition: 'ru',
      rubricIds: rubricIds.slice(0, 1),
      excludeIds: [1],
      limit: 4,
      countUpTo: 0,
    }),
  ],
  [
    'archive day',
    () => ({
      ...PUBLIC,
      edition: 'ru',
      publishedFrom: '2024-05-31T20:00:00.000Z',
      publishedTo: '2024-06-01T20:00:00.000Z',
      limit: 20,
      countUpTo: 1000,
    }),
  ],
  [
    'sitemap month',
    () => ({
      ...PUBLIC,
      edition: 'ru',
      publishedFrom: '2024-05-01T00:00:00.000Z',
      publishedTo: '2024-06-01T00:00:00.000Z',
      limit: 2000,
      countUpTo: 0,
    }),
  ],
];

for (const [what, make] of lists)
  test(`the ${what} list reads an index, not the stories`, async () => {
    assertNoScan(await query(make()), what);
  });

test('the home page blocks of every rubric are one statement that reads an index', async () => {
  observed.queries.length = 0;
  await observed.store.stories.listNewestByRubric({ ...PUBLIC, edition: 'ru' }, rubricIds, 4);
  const statements = observed.queries.filter((s) => /\bfrom "story"/i.test(s.sql));
  assert.equal(statements.length, 1);
  assertNoScan(await observed.plan(statements[0]!), 'home blocks');
});

test('the archive calendar seeks the edition index per day and for the first story', async () => {
  const days = Array.from({ length: 31 }, (_, i) => {
    const from = new Date(Date.UTC(2025, 11, 1 + i) - 4 * 3_600_000).toISOString();
    const to = new Date(Date.UTC(2025, 11, 2 + i) - 4 * 3_600_000).toISOString();
    return { key: from.slice(0, 10), from, to };
  });
  observed.queries.length = 0;
  await observed.store.calendar.spansWithStories('ru', days, NOW);
  await observed.store.calendar.firstPublished('ru', NOW);
  const statements = observed.queries.filter((s) => /\bfrom "?story"?\s/i.test(s.sql));
  assert.equal(statements.length, 2);
  for (const s of statements) {
    const plan = await observed.plan(s);
    assertNoScan(plan, 'archive calendar');
    // Each seek goes down a list index by publication time: the edition's (edition, status,
    // published_at, id), or on a small table PostgreSQL's pick, all editions' (status, published_at, id).
    assert.ok(
      plan.some((line) => /story_list_(edition|all)\b/.test(line)),
      `the calendar reads story_list_edition:\n${plan.join('\n')}`,
    );
  }
});

test('most read, read now and the trend hours read the views first, each story by its key', async () => {
  const hour = Math.floor(Date.parse(NOW) / 3_600_000);
  const reads = observed.store.readCounts;
  const calls: [string, () => Promise<unknown>][] = [
    ['most read', () => reads.mostRead({ edition: 'ru', fromHour: hour - 24, now: NOW, limit: 5 })],
    [
      'most read in a rubric',
      () => reads.mostRead({ edition: 'ru', fromHour: hour - 24, now: NOW, rubricIds, limit: 5 }),
    ],
    ['read now', () => reads.readSince('ru', hour * 12 - 12, NOW, 5)],
    ['story hours', () => reads.storyHourViews('ru', [hour - 1, hour], NOW)],
    ['tag hours', () => reads.tagHourViews('ru', [hour - 1, hour], NOW)],
  ];
  for (const [what, run] of calls) {
    observed.queries.length = 0;
    await run();
    const statement = observed.queries.find((q) => /\bfrom "story"/i.test(q.sql));
    assert.ok(statement, what);
    const plan = await observed.plan(statement);
    assertNoScan(plan, what);
    // SQLite: no walk down a story index (a third of the archive per edition); each story of
    // the views is found by its key.
    if (!onPostgres)
      assert.ok(
        plan.some((line) => /SEARCH story USING INTEGER PRIMARY KEY/.test(line)) &&
          !plan.some((line) => /(SEARCH|SCAN) story USING (COVERING )?INDEX/.test(line)),
        `${what} walks a story index:\n${plan.join('\n')}`,
      );
  }
});

test('a list of given stories finds each by its key, not down a list index', async () => {
  observed.queries.length = 0;
  await observed.store.stories.list({
    ...PUBLIC,
    edition: 'ru',
    ids: [3, 30, 300],
    limit: 3,
    countUpTo: 0,
  });
  const plan = await observed.plan(observed.queries.find((q) => /\bfrom "story"/i.test(q.sql))!);
  assertNoScan(plan, 'given stories');
  if (!onPostgres)
    assert.ok(
      !plan.some((line) => /USING (COVERING )?INDEX story_list/.test(line)),
      `given stories walk a list index:\n${plan.join('\n')}`,
    );
});

test('the stories sharing tags with a story are read down the rows of each tag, not numbered all', async () => {
  const story = (
    await observed.store.stories.list({ ...PUBLIC, edition: 'ru', tagId, limit: 1, countUpTo: 0 })
  ).items[0]!;
  observed.queries.length = 0;
  await observed.store.related.sharingTags({
    storyId: story.id,
    edition: 'ru',
    visibleAt: NOW,
    perTag: 50,
  });
  const statement = observed.queries.find(
    (q) => /union all/i.test(q.sql) || /\bjoin story\b/i.test(q.sql),
  );
  assert.ok(statement);
  const plan = await observed.plan(statement);
  assertNoScan(plan, 'sharing tags');
  if (!onPostgres)
    assert.ok(
      plan.some((line) => /story_tag_list/.test(line)) &&
        !plan.some((line) => /USE TEMP B-TREE FOR (LAST TERM OF )?ORDER BY.*\bst\b/.test(line)),
      `sharing tags does not walk the tag rows:\n${plan.join('\n')}`,
    );
});

test('the plan test sees a scan when a list has no index (the check can fail)', async () => {
  // Titles have no index: a list filtered and ordered on nothing indexed reads the table.
  observed.queries.length = 0;
  await observed.store.stories.list({
    titleContains: 'zz',
    order: 'updated',
    limit: 5,
    countUpTo: 0,
  });
  const plan = await observed.plan(observed.queries.find((s) => /\bfrom "story"/i.test(s.sql))!);
  assert.throws(() => assertNoScan(plan, 'headline search'));
});

/** The plans of the statements a call runs that read the stories (or their tag and author rows). */
async function plansOf(run: () => Promise<unknown>): Promise<string[][]> {
  observed.queries.length = 0;
  await run();
  const statements = observed.queries.filter((s) =>
    /\bfrom "?story(_tag|_author)?"?\s/i.test(s.sql),
  );
  assert.ok(statements.length > 0);
  const plans: string[][] = [];
  for (const s of [...statements]) plans.push(await observed.plan(s));
  return plans;
}

test('an author list walks the author rows by publication time (story_author_list)', async () => {
  const [plan] = await plansOf(() =>
    observed.store.stories.list({ ...PUBLIC, edition: 'ru', authorId, limit: 20, countUpTo: 0 }),
  );
  assert.ok(
    plan!.some((line) => /story_author_list\b/.test(line)),
    `the author list reads story_author_list:\n${plan!.join('\n')}`,
  );
});

test('the Last-Modified of a page seeks the newest change of each status, not a walk', async () => {
  for (const edition of ['ru', undefined] as const)
    for (const plan of await plansOf(() => observed.store.distribution.lastStoryChange(edition))) {
      assertNoScan(plan, 'last story change');
      // PostgreSQL reads each max as the first entry of a backward walk (a max over
      // `status in (…)` would aggregate every entry of the edition).
      if (onPostgres)
        assert.ok(
          plan.some((line) => /Index (Only )?Scan Backward/.test(line)),
          plan.join('\n'),
        );
    }
});

test('a story page finds its story, its translations and its tags through indexes', async () => {
  const story = (await t.store.stories.list({ ...PUBLIC, edition: 'ru', limit: 1 })).items[0]!;
  const plans = await plansOf(async () => {
    await observed.store.stories.findBySlug('ru', story.slug);
    await observed.store.stories.findByIds([story.id]);
    await observed.store.stories.listTranslationGroup(story.translationGroup ?? 'none');
  });
  for (const plan of plans) assertNoScan(plan, 'story page');
});

test(
  "a story's stems are matched in the newest stories of its edition, each read by its key",
  { skip: !onPostgres && 'SQLite: FTS5 walks each stem backwards from the newest' },
  async () => {
    observed.queries.length = 0;
    await observed.store.search.termMatches({
      stems: ['баку', 'нефт', 'переговор'],
      scope: { editions: ['ru'], nowSec: Math.floor(Date.parse(NOW) / 1000) },
      perStem: 200,
    });
    const statement = observed.queries.find((q) => /search_rank/.test(q.sql));
    assert.ok(statement, 'the stems are tested against search_rank');
    const plan = await observed.plan(statement);
    // Matching a stem over the whole archive read every holder's row: seconds at a million.
    assert.deepEqual(
      plan.filter((line) => /tsv_facets_idx|Seq Scan on search_(doc|rank)/.test(line)),
      [],
      plan.join('\n'),
    );
    const rank = plan.flatMap((line, i) => (/ on search_rank\b/.test(line) ? [i] : []));
    assert.ok(rank.length > 0, plan.join('\n'));
    for (const i of rank) {
      assert.match(plan[i]!, /Index Scan using search_rank_pkey/, plan.join('\n'));
      assert.match(plan[i + 1]!, /Index Cond: \(story_id = d\.story_id\)/, plan.join('\n'));
    }
  },
);

test("the scheduler's embargo look-ups read the index of stories under embargo", async () => {
  const plans = await plansOf(async () => {
    await observed.store.workflow.dueEmbargoes(NOW, 50);
    await observed.store.workflow.nextDueAt();
  });
  assert.ok(plans.length >= 2);
  // Both databases could walk all published stories by another index (status): the embargo's own.
  const embargo = plans.filter((plan) => plan.some((line) => /\bstory_embargo\b/.test(line)));
  assert.equal(embargo.length, 2, plans.map((p) => p.join('\n')).join('\n---\n'));
  for (const plan of plans) assertNoScan(plan, 'the embargo look-up');
});
