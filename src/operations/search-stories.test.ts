// Tests of the search operation: inflected queries in three languages, visibility, the newsroom right, "did you mean".

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM, type Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryInput } from '../domain/story.js';
import { importCrawlFile } from '../importers/import-crawl-files.js';
import { QuerySyntaxError } from '../search/query/parse-query.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { INTERVIEW_FILE } from '../../test/support/crawl-pages.js';
import { importStory } from './import-story.js';
import { searchNewsroom, searchPublic } from './search-stories.js';

let deps: TestDeps;
const ids: Record<string, number> = {};

function story(edition: EditionCode, title: string, lead: string, body: string): StoryInput {
  return {
    edition,
    type: 'news',
    title,
    rubric: edition === 'az' ? 'Siyasət' : edition === 'ru' ? 'Политика' : 'Politics',
    lead,
    blocks: [{ type: 'paragraph', content: [{ text: body }] }],
    publishedAt: '2025-12-03T10:00:00+04:00',
  };
}

async function add(name: string, input: StoryInput) {
  ids[name] = (await importStory(deps, SYSTEM, { ...input, sourceKey: `t:${name}` })).story.id;
}

async function found(q: string, edition: EditionCode): Promise<string[]> {
  const names = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  const outcome = await searchPublic(deps, { q, editions: [edition] });
  return outcome.hits.map((h) => names.get(h.story.id) ?? String(h.story.id));
}

before(async () => {
  deps = await openTestDeps('2025-12-06T09:00:00Z');
  const seed = await importCrawlFile(deps, INTERVIEW_FILE);
  assert.equal(seed.ok, true, seed.error ?? '');
  ids.seed = (await deps.store.stories.findBySlug('ru', seed.url!.split('/').pop()!))!.id;
  await add(
    'ru-gas',
    story(
      'ru',
      'Газ из Азербайджана пошёл в Европу',
      'Азербайджану удалось нарастить поставки.',
      'Трубопровод работает.',
    ),
  );
  await add(
    'az-visit',
    story(
      'az',
      'Azərbaycanın naziri Londonda',
      'Azərbaycana gələn heyət qəbul edilib.',
      'Müdafiə sahəsində əməkdaşlıq genişlənir.',
    ),
  );
  await add('az-sport', story('az', 'Qarabağ qalib gəlib', 'Futbol.', 'Bakıda oyun.'));
  await add(
    'en-talks',
    story(
      'en',
      "Azerbaijan's ministers hold talks",
      'The ministers discussed cooperation.',
      'A pipeline supplies gas to Europe.',
    ),
  );
  await add('en-future', {
    ...story('en', 'Ministers meet tomorrow', 'Future.', 'Pipeline.'),
    publishedAt: '2025-12-08T10:00:00+04:00',
  });
  const rubricId = (await deps.store.stories.findById(ids['en-talks']!))!.rubricId;
  const base = {
    edition: 'en' as const,
    type: 'news' as const,
    lead: '',
    blocks: [],
    rubricId,
    authorId: null,
    tagIds: [],
    updatedAt: '2025-12-05T10:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
  };
  ids['en-draft'] = (
    await deps.store.stories.insert({
      ...base,
      status: 'draft',
      title: 'Draft: ministers and the pipeline',
      slug: 'draft-1',
      publishedAt: null,
    })
  ).id;
  ids['en-killed'] = (
    await deps.store.stories.insert({
      ...base,
      status: 'unpublished',
      title: 'Killed: ministers and the pipeline',
      slug: 'killed-1',
      publishedAt: '2025-12-04T10:00:00.000Z',
    })
  ).id;
  ids['en-embargoed'] = (
    await deps.store.stories.insert({
      ...base,
      status: 'published',
      title: 'Embargoed: ministers and the pipeline',
      slug: 'emb-1',
      publishedAt: '2025-12-05T10:00:00.000Z',
      embargoUntil: '2025-12-07T10:00:00.000Z',
    })
  ).id;
  // Stories are indexed after their write commits: wait for the queue.
  await deps.store.search.drain();
});
after(async () => {
  await deps.testStore.dispose();
});

describe('search: what each inflected query finds and must not find', () => {
  const table: [EditionCode, string, string[], string[]][] = [
    ['ru', 'Велихановым', ['seed'], ['ru-gas']],
    ['ru', 'Велиханова', ['seed'], ['ru-gas']],
    ['ru', 'тарифы на поставки', ['seed'], ['ru-gas']],
    ['ru', '"тарифы на поставки"', ['seed'], ['ru-gas']],
    ['ru', 'сотрудничеству', ['seed'], ['ru-gas']],
    ['ru', 'Азербайджаном', ['seed', 'ru-gas'], []],
    ['ru', 'Азербайджану -Велиханов', ['ru-gas'], ['seed']],
    ['az', 'Azərbaycan', ['az-visit'], ['az-sport']],
    ['az', 'Azərbaycanın', ['az-visit'], ['az-sport']],
    ['az', 'azerbaycana emekdasliq', ['az-visit'], ['az-sport']],
    ['az', 'Bakı OR naziri', ['az-visit', 'az-sport'], []],
    ['en', 'minister', ['en-talks'], ['en-future', 'en-draft', 'en-killed', 'en-embargoed']],
    ['en', 'pipelines', ['en-talks'], ['en-future', 'en-draft', 'en-killed', 'en-embargoed']],
    ['en', '"Azerbaijan ministers"', ['en-talks'], []],
  ];
  for (const [edition, q, must, mustNot] of table)
    test(`${edition}: ${q}`, async () => {
      const names = await found(q, edition);
      for (const name of must)
        assert.ok(names.includes(name), `${q} must find ${name}: ${names.join(', ')}`);
      for (const name of mustNot) assert.ok(!names.includes(name), `${q} must not find ${name}`);
    });

  test('a hit has its address, its headline and a snippet with the words marked', async () => {
    const outcome = await searchPublic(deps, { q: 'Велихановым', editions: ['ru'] });
    const hit = outcome.hits[0]!;
    assert.match(hit.path, /^\/ru\/energetika\//);
    assert.ok(hit.snippet.some((p) => p.mark && p.text === 'Велиханов'));
  });

  test('the embargo lifts and the future arrives', async () => {
    deps.clock.set('2025-12-09T09:00:00Z');
    try {
      const names = await found('pipeline', 'en');
      assert.ok(names.includes('en-embargoed') && names.includes('en-future'));
      assert.ok(!names.includes('en-draft') && !names.includes('en-killed'));
    } finally {
      deps.clock.set('2025-12-06T09:00:00Z');
    }
  });
});

describe('newsroom search', () => {
  const reporter = (editions: EditionCode[]): Actor => ({
    kind: 'user',
    id: 9,
    name: 'R',
    role: 'reporter',
    editions,
  });

  test('drafts, withdrawn and embargoed stories for those who write in the edition', async () => {
    const outcome = await searchNewsroom(deps, reporter(['en']), {
      q: 'pipeline',
      editions: ['en'],
      includeUnpublished: true,
    });
    const got = new Set(outcome.hits.map((h) => h.story.id));
    for (const name of ['en-talks', 'en-draft', 'en-killed', 'en-embargoed', 'en-future'])
      assert.ok(got.has(ids[name]!), name);
  });

  test('nobody else', async () => {
    await assert.rejects(
      searchNewsroom(deps, null, { q: 'pipeline', editions: ['en'], includeUnpublished: true }),
      { code: 'unauthenticated' },
    );
    await assert.rejects(
      searchNewsroom(deps, reporter(['az']), {
        q: 'pipeline',
        editions: ['en'],
        includeUnpublished: true,
      }),
      { code: 'forbidden' },
    );
    const outcome = await searchNewsroom(deps, reporter(['az']), {
      q: 'pipeline',
      editions: ['en'],
    });
    assert.deepEqual(
      outcome.hits.map((h) => h.story.id),
      [ids['en-talks']],
    );
  });
});

describe('did you mean and malformed queries', () => {
  test('a misspelt word gets the closest known word when that finds stories', async () => {
    const outcome = await searchPublic(deps, { q: 'Велихнаов', editions: ['ru'] });
    assert.equal(outcome.total, 0);
    assert.equal(outcome.suggestion, 'велиханов');
    const az = await searchPublic(deps, { q: 'Azərbaycanın nazri', editions: ['az'] });
    assert.equal(az.suggestion, 'Azərbaycanın naziri');
  });

  test('no suggestion for a word that is only another form of a known one', async () => {
    const outcome = await searchPublic(deps, { q: 'Велихановым', editions: ['ru'] });
    assert.equal(outcome.suggestion, null);
  });

  test('syntax errors and bad filters are thrown for the caller to explain', async () => {
    await assert.rejects(searchPublic(deps, { q: '"эмбарго', editions: ['ru'] }), QuerySyntaxError);
    await assert.rejects(searchPublic(deps, { q: 'и в на', editions: ['ru'] }), { code: 'empty' });
    await assert.rejects(searchPublic(deps, { q: 'газ', editions: ['ru'], rubric: 'nope' }), {
      code: 'invalid_input',
    });
    await assert.rejects(searchPublic(deps, { q: 'газ', editions: ['ru'], from: '2025-13-01' }), {
      code: 'invalid_input',
    });
  });
});
