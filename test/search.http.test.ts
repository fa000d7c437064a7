// The search page of each edition and GET /api/search over HTTP, on the database LEDE_DATABASE_URL chooses.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import type { StoryInput } from '../src/domain/story.js';
import { importCrawlFile } from '../src/importers/import-crawl-files.js';
import { importStory } from '../src/operations/import-story.js';
import { INTERVIEW_FILE } from './support/crawl-pages.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const get = (url: string) => t.lede.app.inject({ method: 'GET', url });
const q = (s: string) => encodeURIComponent(s);

function story(over: Partial<StoryInput>): StoryInput {
  return {
    edition: 'en',
    type: 'news',
    title: 'Pipeline note',
    rubric: 'Economy',
    lead: 'The pipeline operator reports its volumes.',
    blocks: [
      { type: 'paragraph', content: [{ text: 'Gas flows through the pipelines <script>.' }] },
    ],
    publishedAt: '2025-12-05T09:00:00+04:00',
    ...over,
  };
}

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  const deps = t.lede.deps;
  const interview = await importCrawlFile(deps, INTERVIEW_FILE);
  assert.equal(interview.ok, true, interview.error ?? '');
  for (let i = 0; i < 23; i++)
    await importStory(
      deps,
      SYSTEM,
      story({
        title: `Pipeline note number ${i + 1}`,
        sourceKey: `p:${i}`,
        publishedAt: `2025-12-0${1 + (i % 5)}T0${i % 10}:00:00+04:00`,
      }),
    );
  await importStory(
    deps,
    SYSTEM,
    story({ title: 'Withdrawn pipeline scoop', sourceKey: 'p:killed' }),
  );
  const killed = (await deps.store.stories.findBySourceKey('p:killed'))!;
  await deps.store.workflow.setStoryState(killed.id, {
    status: 'unpublished',
    unpublishedReason: 'legal',
    updatedAt: '2025-12-06T08:00:00.000Z',
  });
  await importStory(
    deps,
    SYSTEM,
    story({
      title: 'Future pipeline plan',
      sourceKey: 'p:future',
      publishedAt: '2025-12-09T09:00:00+04:00',
    }),
  );
  // Stories are indexed after their write commits: wait for the server's indexer.
  await t.lede.searchIndexer.idle();
});
after(async () => {
  await t.dispose();
});

describe('the search page', () => {
  test('finds the crawled interview by an inflected name, with the word marked', async () => {
    const res = await get(`/ru/search?q=${q('Велихановым')}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.match(res.body, /<html lang="ru"/);
    assert.match(res.body, /<mark>Велиханов<\/mark>/);
    assert.match(res.body, /Директор станции: Солнце Ширвана/);
    assert.match(res.body, /href="\/ru\/energetika\/direktor-stantsii-/);
    assert.match(res.body, /value="Велихановым"/);
    assert.match(res.body, /<meta name="robots" content="noindex, follow"/);
  });

  test('pages through the results with rel=next and keeps the text escaped', async () => {
    const first = await get(`/en/search?q=pipelines`);
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /23 results/);
    assert.match(first.body, /Page 1 of 2/);
    assert.match(first.body, /<link rel="next" href="\/en\/search\?q=pipelines&amp;page=2"/);
    assert.ok(!first.body.includes('<script>'));
    assert.match(first.body, /&lt;script>/);
    assert.match(first.body, /<mark>Pipeline<\/mark> note number/);
    const second = await get(`/en/search?q=pipelines&page=2`);
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /Page 2 of 2/);
    assert.equal(second.body.split('class="card search-hit"').length - 1, 3);
  });

  test('sorts by date on request', async () => {
    const res = await get(`/en/search?q=pipeline&sort=date`);
    assert.equal(res.statusCode, 200);
    const first = /data-story="(\d+)"/.exec(res.body)![1];
    assert.ok(first);
    assert.match(res.body, /<strong aria-current="true">by date<\/strong>/);
  });

  test('offers "did you mean" for a typo', async () => {
    const res = await get(`/en/search?q=pipelnes`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Nothing found/);
    assert.match(res.body, /Did you mean: <a href="\/en\/search\?q=pipeline">pipeline<\/a>/);
  });

  test('explains a malformed query in the edition language with status 400', async () => {
    const res = await get(`/search?q=${q('"Azərbaycan')}`);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /role="alert">Dırnaq bağlanmayıb/);
    const ru = await get(`/ru/search?q=${q('Баку OR')}`);
    assert.equal(ru.statusCode, 400);
    assert.match(ru.body, /С обеих сторон от OR должно быть слово/);
  });

  test('an empty search shows the form only', async () => {
    const res = await get('/en/search');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<form class="search search-page-form"/);
    assert.ok(!res.body.includes('class="search-total"'));
  });

  test('never shows withdrawn or future stories', async () => {
    const res = await get(`/en/search?q=${q('pipeline scoop OR plan')}`);
    assert.equal(res.statusCode, 200);
    assert.ok(!res.body.includes('Withdrawn pipeline scoop'));
    assert.ok(!res.body.includes('Future pipeline plan'));
  });
});

describe('GET /api/search', () => {
  test('answers total and hits with url, title, edition, publishedAt and a marked snippet', async () => {
    const res = await get(`/api/search?q=${q('тарифы на поставки')}&edition=ru`);
    assert.equal(res.statusCode, 200);
    const body = res.json<{
      total: number;
      hits: {
        id: number;
        url: string;
        title: string;
        edition: string;
        publishedAt: string;
        snippet: string;
      }[];
    }>();
    assert.equal(body.total, 1);
    const hit = body.hits[0]!;
    assert.equal(hit.edition, 'ru');
    assert.match(hit.url, /^\/ru\/energetika\/direktor-stantsii-/);
    assert.equal(hit.publishedAt, '2025-12-04T20:00:00.000Z');
    assert.match(hit.snippet, /<mark>тарифы<\/mark> на <mark>поставки<\/mark>/);
  });

  test('filters by type and dates, pages, and searches every edition without one', async () => {
    const typed = await get(`/api/search?q=pipeline&edition=en&type=interview`);
    assert.equal(typed.json<{ total: number }>().total, 0);
    const dated = await get(`/api/search?q=pipeline&edition=en&from=2025-12-05&to=2025-12-05`);
    assert.equal(dated.json<{ total: number }>().total, 4);
    const page2 = await get(`/api/search?q=pipeline&page=2&sort=date`);
    const body = page2.json<{ total: number; page: number; hits: unknown[] }>();
    assert.deepEqual([body.total, body.page, body.hits.length], [23, 2, 3]);
  });

  test('answers 400 with a clear message for a malformed query or parameter', async () => {
    const quote = await get(`/api/search?q=${q('"Баку')}&edition=ru`);
    assert.equal(quote.statusCode, 400);
    assert.deepEqual(quote.json(), {
      error: 'query_unclosed_quote',
      message: 'Кавычка не закрыта: закройте точную фразу второй кавычкой.',
      lang: 'ru',
    });
    for (const bad of [
      'q=x&edition=fr',
      'q=x&page=0',
      'q=x&from=yesterday',
      'q=x&rubric=nope&edition=en',
      'x=1',
    ])
      assert.equal((await get(`/api/search?${bad}`)).statusCode, 400, bad);
  });
});
