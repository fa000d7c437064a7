// The search index contract: the same stories and queries give the same answers on SQLite and PostgreSQL.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { StoryWrite } from '../storage/stories-port.js';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { SearchFilters, SearchRequest, SearchScope } from './port.js';
import { analyzeQuery, parseQuery } from './query/index.js';

let t: TestStore;
const NOW = Date.parse('2025-12-06T09:00:00Z') / 1000;
const ids: Record<string, number> = {};
const rubric: Record<string, number> = {};
const tag: Record<string, number> = {};
let author = 0;

function write(edition: EditionCode, over: Partial<StoryWrite>): StoryWrite {
  return {
    edition,
    type: 'news',
    status: 'published',
    title: 'x',
    slug: `s-${Math.random().toString(36).slice(2, 10)}`,
    lead: '',
    blocks: [],
    rubricId: rubric[edition]!,
    authorId: null,
    tagIds: [],
    publishedAt: '2025-12-01T10:00:00.000Z',
    updatedAt: '2025-12-01T10:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
    ...over,
  };
}

const text = (s: string) => [{ type: 'paragraph' as const, content: [{ text: s }] }];

async function add(name: string, w: StoryWrite): Promise<Story> {
  const story = await t.store.stories.insert(w);
  ids[name] = story.id;
  return story;
}

function scope(editions: EditionCode[], unpublished: EditionCode[] = []): SearchScope {
  return { editions, unpublishedEditions: unpublished, nowSec: NOW };
}

async function find(
  q: string,
  edition: EditionCode,
  over: Partial<Omit<SearchRequest, 'query'>> & { filters?: SearchFilters } = {},
): Promise<string[]> {
  // Stories are indexed after their write commits: what was queued first.
  await t.store.search.drain();
  const result = await t.store.search.query({
    query: analyzeQuery(parseQuery(q), edition),
    scope: scope([edition]),
    filters: {},
    sort: 'relevance',
    limit: 50,
    offset: 0,
    ...over,
  });
  const names = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return result.hits.map((h) => names.get(h.id) ?? String(h.id));
}

before(async () => {
  t = await openTestStore();
  const s = t.store;
  for (const e of ['az', 'ru', 'en'] as const) {
    rubric[e] = (
      await s.taxonomy.createRubric({
        edition: e,
        slug: 'r',
        name: 'R',
        parentId: null,
        position: 0,
      })
    ).id;
    tag[e] = (await s.taxonomy.createTag({ edition: e, slug: 'energy', name: 'Energy' })).id;
  }
  const child = await s.taxonomy.createRubric({
    edition: 'ru',
    slug: 'c',
    name: 'C',
    parentId: rubric.ru!,
    position: 0,
  });
  rubric.child = child.id;
  author = (await s.taxonomy.createAuthor({ name: 'Leyla Quliyeva', slug: 'leyla' })).id;

  await add(
    'ru-defence',
    write('ru', {
      title: 'Лондон и Баку обсудили оборонное сотрудничество',
      lead: 'Госминистр Вернон Коакер прибыл в Азербайджан.',
      blocks: text('Великобритания отменила эмбарго на поставки оружия Азербайджану.'),
      tagIds: [tag.ru!],
      authorId: author,
      publishedAt: '2025-12-04T10:00:00.000Z',
    }),
  );
  await add(
    'ru-gas',
    write('ru', {
      title: 'Газ для Европы',
      lead: 'Поставки газа из Азербайджана выросли.',
      blocks: text('Коакера не было на встрече. Сотрудничество в энергетике продолжается.'),
      rubricId: child.id,
      type: 'analysis',
      publishedAt: '2025-11-20T10:00:00.000Z',
    }),
  );
  await add(
    'ru-old',
    write('ru', {
      title: 'Архив: Азербайджаном подписан договор',
      publishedAt: '2016-03-01T10:00:00.000Z',
    }),
  );
  await add(
    'az-visit',
    write('az', {
      title: 'Azərbaycanın xarici işlər naziri Londonda görüşüb',
      lead: 'Nazir Azərbaycana gələn nümayəndə heyətini qəbul edib.',
      blocks: text('Müdafiə sahəsində əməkdaşlığın yeni mərhələsi başlayır.'),
      publishedAt: '2025-12-03T08:00:00.000Z',
    }),
  );
  await add(
    'az-sport',
    write('az', {
      title: 'Qarabağ futbol klubu qalib gəlib',
      blocks: text('Bakıda oyun keçirilib: Baku Cup.'),
      publishedAt: '2025-12-02T08:00:00.000Z',
    }),
  );
  await add(
    'en-ministers',
    write('en', {
      title: "Azerbaijan's ministers meet in Baku",
      lead: 'The Ministry of Foreign Affairs hosted the talks on cooperation.',
      blocks: text('Officials discussed cooperating on energy supplies before the Baku Cup.'),
      publishedAt: '2025-12-05T08:00:00.000Z',
    }),
  );
  await add(
    'en-draft',
    write('en', {
      status: 'draft',
      title: 'Draft: ministers plan a secret summit',
      publishedAt: null,
    }),
  );
  await add(
    'en-killed',
    write('en', {
      status: 'unpublished',
      title: 'Withdrawn: ministers summit report',
      unpublishedReason: 'legal',
    }),
  );
  await add(
    'en-embargoed',
    write('en', {
      title: 'Embargoed: ministers sign the treaty',
      publishedAt: '2025-12-06T06:00:00.000Z',
      embargoUntil: '2025-12-07T06:00:00.000Z',
    }),
  );
  await add(
    'en-future',
    write('en', {
      title: 'Tomorrow: ministers travel to Ganja',
      publishedAt: '2025-12-07T06:00:00.000Z',
    }),
  );
});
after(async () => {
  await t.dispose();
});

describe('search index contract', () => {
  const table: [EditionCode, string, string[], string[]][] = [
    ['ru', 'Коакером', ['ru-defence', 'ru-gas'], ['ru-old']],
    ['ru', 'Азербайджану', ['ru-defence', 'ru-gas', 'ru-old'], []],
    ['ru', 'сотрудничеству', ['ru-defence', 'ru-gas'], ['ru-old']],
    ['ru', '"эмбарго на поставки"', ['ru-defence'], ['ru-gas']],
    ['ru', '"поставки эмбарго"', [], ['ru-defence']],
    ['ru', 'Коакер -газ', ['ru-defence'], ['ru-gas']],
    ['ru', 'договор OR эмбарго', ['ru-defence', 'ru-old'], ['ru-gas']],
    ['az', 'Azərbaycan', ['az-visit'], ['az-sport']],
    ['az', 'azerbaycanla emekdasliq', ['az-visit'], []],
    ['az', 'Bakı', ['az-sport'], ['az-visit']],
    ['en', 'minister', ['en-ministers'], ['en-draft', 'en-killed', 'en-embargoed', 'en-future']],
    ['en', '"Ministry of Foreign Affairs"', ['en-ministers'], []],
    ['en', 'cooperate', ['en-ministers'], []],
    // Phrases are looked up as word pairs: exact order, neighbours in one field, nothing between.
    ['en', '"ministers meet in Baku"', ['en-ministers'], []],
    ['en', '"ministers Baku"', [], ['en-ministers']],
    ['en', '"Baku ministry"', [], ['en-ministers']],
    ['en', '"meet in Baku Cup"', [], ['en-ministers']],
    ['en', '"the Baku Cup"', ['en-ministers'], []],
    ['en', 'ministers -"Baku Cup"', [], ['en-ministers']],
    ['az', '"Baku Cup" OR "xarici işlər"', ['az-sport', 'az-visit'], []],
    ['ru', '"оружия Азербайджану" Коакер', ['ru-defence'], ['ru-gas']],
  ];
  for (const [edition, q, must, mustNot] of table)
    test(`${edition}: ${q}`, async () => {
      const found = await find(q, edition);
      for (const name of must)
        assert.ok(found.includes(name), `${q} must find ${name}: ${found.join(', ')}`);
      for (const name of mustNot) assert.ok(!found.includes(name), `${q} must not find ${name}`);
    });

  test('an edition searches only its own stories', async () => {
    assert.deepEqual(await find('Baku', 'en'), ['en-ministers']);
    assert.deepEqual(await find('Baku', 'az'), ['az-sport']);
    assert.deepEqual(await find('Коакер', 'az'), []);
    assert.deepEqual(await find('Londonda', 'az'), ['az-visit']);
  });

  test('the newsroom scope sees drafts, withdrawn, embargoed and future stories', async () => {
    const found = await find('ministers', 'en', { scope: scope(['en'], ['en']) });
    assert.deepEqual(
      new Set(found),
      new Set(['en-ministers', 'en-draft', 'en-killed', 'en-embargoed', 'en-future']),
    );
  });

  test('filters: rubric with sub-rubrics, tag, type, author, dates', async () => {
    assert.deepEqual(await find('Азербайджан', 'ru', { filters: { rubricIds: [rubric.child!] } }), [
      'ru-gas',
    ]);
    assert.deepEqual(
      new Set(
        await find('Азербайджан', 'ru', { filters: { rubricIds: [rubric.ru!, rubric.child!] } }),
      ),
      new Set(['ru-defence', 'ru-gas', 'ru-old']),
    );
    assert.deepEqual(await find('Азербайджан', 'ru', { filters: { tagIds: [tag.ru!] } }), [
      'ru-defence',
    ]);
    assert.deepEqual(await find('Азербайджан', 'ru', { filters: { types: ['analysis'] } }), [
      'ru-gas',
    ]);
    assert.deepEqual(await find('Азербайджан', 'ru', { filters: { authorIds: [author] } }), [
      'ru-defence',
    ]);
    const from = Date.parse('2025-01-01T00:00:00Z') / 1000;
    const to = Date.parse('2025-12-01T00:00:00Z') / 1000;
    assert.deepEqual(await find('Азербайджан', 'ru', { filters: { fromSec: from, toSec: to } }), [
      'ru-gas',
    ]);
  });

  test('date ranges are exact to the second, at the turn of a month and of a year', async () => {
    const at = (iso: string) => Date.parse(iso) / 1000;
    const edges = {
      'mid-2023': '2023-06-15T12:00:00Z',
      'last-second-2024': '2024-12-31T23:59:59Z',
      'first-second-2025': '2025-01-01T00:00:00Z',
      'last-second-jan': '2025-01-31T23:59:59Z',
      'first-second-feb': '2025-02-01T00:00:00Z',
    };
    for (const [name, iso] of Object.entries(edges))
      await add(
        name,
        write('en', {
          title: `Ferry timetable ${name}`,
          type: name === 'first-second-feb' ? 'interview' : 'news',
          publishedAt: iso,
          updatedAt: iso,
        }),
      );
    const between = async (from?: string, to?: string, over: SearchFilters = {}) =>
      (
        await find('ferry', 'en', {
          sort: 'date',
          filters: {
            ...(from ? { fromSec: at(from) } : {}),
            ...(to ? { toSec: at(to) } : {}),
            ...over,
          },
        })
      ).reverse();
    assert.deepEqual(await between('2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'), [
      'first-second-2025',
      'last-second-jan',
    ]);
    assert.deepEqual(await between('2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z'), [
      'last-second-2024',
    ]);
    assert.deepEqual(await between('2023-06-15T12:00:01Z', '2025-01-31T23:59:59Z'), [
      'last-second-2024',
      'first-second-2025',
    ]);
    // Two whole years and a Baku day's hours either side of them (+04:00).
    assert.deepEqual(await between('2023-12-31T20:00:00Z', '2025-12-31T20:00:00Z'), [
      'last-second-2024',
      'first-second-2025',
      'last-second-jan',
      'first-second-feb',
    ]);
    assert.deepEqual(
      await between('2023-01-01T00:00:00Z', '2026-01-01T00:00:00Z', { types: ['news'] }),
      ['mid-2023', 'last-second-2024', 'first-second-2025', 'last-second-jan'],
    );
    assert.deepEqual(await between('2025-01-31T23:59:59Z', undefined, { types: ['interview'] }), [
      'first-second-feb',
    ]);
    assert.deepEqual(await between(undefined, '2024-12-31T23:59:59Z'), ['mid-2023']);
    assert.deepEqual(await between('1980-01-01T00:00:00Z', '2030-01-01T00:00:00Z'), [
      'mid-2023',
      'last-second-2024',
      'first-second-2025',
      'last-second-jan',
      'first-second-feb',
    ]);
    assert.deepEqual(await between('2025-02-01T00:00:00Z', '2025-01-01T00:00:00Z'), []);
  });

  test('date order is newest first; relevance puts headline matches first', async () => {
    assert.deepEqual(await find('Азербайджан', 'ru', { sort: 'date' }), [
      'ru-defence',
      'ru-gas',
      'ru-old',
    ]);
    const byRelevance = await find('договор OR Коакер', 'ru');
    assert.equal(byRelevance.length, 3);
    const paged = await t.store.search.query({
      query: analyzeQuery(parseQuery('Азербайджан'), 'ru'),
      scope: scope(['ru']),
      filters: {},
      sort: 'date',
      limit: 1,
      offset: 1,
    });
    assert.equal(paged.total, 3);
    assert.deepEqual(
      paged.hits.map((h) => h.id),
      [ids['ru-gas']],
    );
  });

  test('all editions at once', async () => {
    // By date, then ranked: the same stories, each read back from its own edition's table.
    const [byDate, ranked] = await Promise.all(
      (['date', 'relevance'] as const).map((sort) =>
        t.store.search.query({
          query: analyzeQuery(parseQuery('Cup'), 'en'),
          scope: scope(['az', 'ru', 'en']),
          filters: {},
          sort,
          limit: 10,
          offset: 0,
        }),
      ),
    );
    assert.deepEqual(
      byDate!.hits.map((h) => h.id),
      [ids['en-ministers'], ids['az-sport']],
    );
    assert.equal(ranked!.total, 2);
    assert.deepEqual(
      ranked!.hits.map((h) => h.id).sort((a, b) => a - b),
      [ids['en-ministers']!, ids['az-sport']!].sort((a, b) => a - b),
    );
    assert.ok(ranked!.hits.every((h) => h.score > 0));
  });

  test('a story changes in the index with its own transaction: edit, kill, rollback', async () => {
    const story = (await t.store.stories.findById(ids['ru-gas']!))!;
    const base = write('ru', { ...story, slug: story.slug, rubricId: story.rubricId, tagIds: [] });
    await t.store.stories.update(story.id, {
      ...base,
      title: 'Нефть для Европы',
      blocks: text('Без имён.'),
    });
    assert.ok(!(await find('Коакера', 'ru')).includes('ru-gas'));
    assert.ok((await find('нефтью', 'ru')).includes('ru-gas'));
    await t.store.stories.update(story.id, { ...base, status: 'unpublished' });
    assert.ok(!(await find('Азербайджан', 'ru')).includes('ru-gas'));
    await assert.rejects(
      t.store.transaction(async (tx) => {
        await tx.stories.update(story.id, { ...base, status: 'published', title: 'Уран' });
        throw new Error('rolled back');
      }),
    );
    assert.deepEqual(await find('уран', 'ru'), []);
    await t.store.stories.update(story.id, { ...base, status: 'published' });
    assert.ok((await find('Азербайджан', 'ru')).includes('ru-gas'));
    // A status change alone (the workflow's transitions) moves the story in the index too.
    const at = '2025-12-06T08:00:00.000Z';
    assert.ok(
      await t.store.workflow.setStoryState(story.id, { status: 'unpublished', updatedAt: at }),
    );
    assert.ok(!(await find('Азербайджан', 'ru')).includes('ru-gas'));
    await t.store.workflow.setStoryState(story.id, { status: 'published', updatedAt: at });
    assert.ok((await find('Азербайджан', 'ru')).includes('ru-gas'));
  });

  test('a story write queues its story in its own transaction; the drain indexes it and empties the queue', async () => {
    const story = (await t.store.stories.findById(ids['ru-gas']!))!;
    const base = write('ru', { ...story, slug: story.slug, rubricId: story.rubricId, tagIds: [] });
    await t.store.search.drain();
    await assert.rejects(
      t.store.transaction(async (tx) => {
        await tx.stories.update(story.id, { ...base, title: 'Кобальт' });
        throw new Error('rolled back');
      }),
    );
    assert.equal(await t.store.search.queued(), 0);
    await t.store.stories.update(story.id, { ...base, title: 'Кобальт для Европы' });
    await t.store.stories.update(story.id, { ...base, title: 'Кобальт и медь' });
    assert.equal(await t.store.search.queued(), 1, 'one row per story, however many saves');
    assert.equal(await t.store.search.drain(), 1);
    assert.equal(await t.store.search.queued(), 0);
    assert.ok((await find('медь', 'ru')).includes('ru-gas'));
    assert.ok(!(await find('Европы', 'ru')).includes('ru-gas'));
    await t.store.stories.update(story.id, { ...base, status: 'published' });
  });

  test('stories written in bulk are found like the others, in the same second too', async () => {
    const at = '2025-11-30T10:00:00.000Z';
    const [a, b] = await t.store.stories.insertMany([
      write('en', { title: 'Bulk: a caravan crosses the steppe', publishedAt: at, updatedAt: at }),
      write('en', { title: 'Bulk: caravans rest', publishedAt: at, updatedAt: at }),
    ]);
    ids['en-bulk-a'] = a!;
    ids['en-bulk-b'] = b!;
    assert.deepEqual(new Set(await find('caravan', 'en')), new Set(['en-bulk-a', 'en-bulk-b']));
    const words = await t.store.search.vocabulary({
      edition: 'en',
      key: 'caravanz',
      first: 'c',
      minLength: 7,
      maxLength: 8,
    });
    assert.ok(words.some((w) => w.key === 'caravans' && w.docs === 1));
  });

  test('the vocabulary holds the words of headlines and leads', async () => {
    const words = await t.store.search.vocabulary({
      edition: 'ru',
      key: 'коакерм',
      first: 'к',
      minLength: 5,
      maxLength: 7,
    });
    assert.ok(words.some((w) => w.key === 'коакер' && w.word === 'коакер' && w.docs >= 1));
    const az = await t.store.search.vocabulary({
      edition: 'az',
      key: 'azerbaycanin',
      first: 'a',
      minLength: 8,
      maxLength: 14,
    });
    assert.ok(az.some((w) => w.key === 'azerbaycanin' && w.word === 'azərbaycanın'));
  });

  test('a rebuild gives the same answers', async () => {
    const before = await find('Азербайджан', 'ru', { sort: 'date' });
    assert.equal(await t.store.search.rebuild(), await t.store.stories.countStories());
    assert.deepEqual(await find('Азербайджан', 'ru', { sort: 'date' }), before);
    assert.deepEqual(await find('minister', 'en'), ['en-ministers']);
  });
});
