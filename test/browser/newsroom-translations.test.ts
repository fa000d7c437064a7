// The story's translations panel: each edition's translation with its state, "Translate to" only where one is missing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { actorOf } from '../../src/domain/user.js';
import { ensureTag } from '../../src/operations/taxonomy.js';
import { linkTaxonomy } from '../../src/operations/taxonomy-links.js';
import { apiFromPage, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

test('the panel says which translations exist and are stale, and offers only the missing ones', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'news',
    title: 'Исходный материал',
    rubric: 'Политика',
    lead: 'Лид.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const id = made.body.id as number;
  const az = await apiFromPage(page, 'POST', `/api/stories/${id}/translations`, { edition: 'az' });
  assert.equal(az.status, 201, JSON.stringify(az.body));
  // The source changes after the translation was made: version 2.
  const edited = await page.evaluate(async (id) => {
    const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
    const res = await fetch(`/api/stories/${id}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': me.csrfToken,
        'if-match': '"1"',
      },
      body: JSON.stringify({ lead: 'Новый лид.' }),
    });
    return res.status;
  }, id);
  assert.equal(edited, 200);

  await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
  const panel = page.locator('[data-testid=translations-panel]');
  await panel.locator('li[data-edition]').first().waitFor();
  const azRow = panel.locator('li[data-edition=az]');
  assert.equal(await azRow.getAttribute('data-state'), 'stale');
  assert.match((await azRow.textContent()) ?? '', /2/);
  assert.equal(await panel.locator('li[data-edition=en]').getAttribute('data-state'), 'missing');
  // Only the missing edition is offered.
  assert.deepEqual(
    await panel
      .locator('[data-translate]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-translate'))),
    ['en'],
  );

  // From the translation, the Russian story is its source.
  await azRow.locator('a').click();
  await page.locator(`.story-screen[data-story-id="${az.body.id as number}"]`).waitFor();
  await page.locator('[data-testid=translations-panel] li[data-edition=ru]').waitFor();
  assert.equal(
    await page
      .locator('[data-testid=translations-panel] li[data-edition=ru]')
      .getAttribute('data-state'),
    'source',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('translating carries linked tags over and names on the new draft those it could not', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  const deps = newsroom.t.lede.deps;
  const chief = actorOf(newsroom.users.chief);
  const gas = await ensureTag(deps.store, 'ru', 'Газ');
  await linkTaxonomy(deps, chief, 'tag', gas.id, {
    ids: [(await ensureTag(deps.store, 'en', 'Gas')).id],
  });
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'news',
    title: 'Газ и трубы',
    rubric: 'Политика',
    lead: 'Лид.',
    tags: ['Газ', 'Трубопровод'],
    blocks: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  await page.goto(`${newsroom.origin}/newsroom/stories/${made.body.id as number}`);
  await page.click('[data-testid=translations-panel] [data-translate=en]');
  const note = page.locator('[data-testid=translation-note]');
  await note.waitFor();
  assert.match((await note.textContent()) ?? '', /Трубопровод/);
  assert.doesNotMatch((await note.textContent()) ?? '', /Газ/);
  const draftId = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
  const draft = await apiFromPage(page, 'GET', `/api/stories/${draftId}`);
  assert.deepEqual(draft.body.tags, ['Gas']);
  assert.deepEqual(errors, []);
  await context.close();
});
