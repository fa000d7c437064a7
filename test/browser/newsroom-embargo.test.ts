// The embargo set in the workflow panel keeps a published story off the public site until its time; publishing asks first.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  apiFromPage,
  fillAgencyTime,
  signIn,
  useNewsroomInChromium,
  fetchUntilShown,
  type Newsroom,
} from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

test('an embargo set in the interface keeps the story off the site until its time', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.editor);
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'news',
    title: 'Эмбарго до вечера',
    rubric: 'Политика',
    lead: 'Материал под эмбарго.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Текст под эмбарго.' }] }],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const id = made.body.id as number;
  for (const to of ['review', 'approved'])
    assert.equal(
      (await apiFromPage(page, 'POST', `/api/stories/${id}/transitions`, { to })).status,
      200,
    );
  await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
  const panel = page.locator('[data-testid=workflow-panel]');
  await panel.waitFor();

  // Twenty seconds ahead, typed as Baku wall-clock time (the field names the zone).
  const until = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000);
  assert.match((await page.locator('label[for=embargo-at]').textContent()) ?? '', /Asia\/Baku/);
  await fillAgencyTime(page, 'embargo-at', until);
  await panel.getByRole('button', { name: 'Установить' }).click();
  await panel.locator('.embargo-state.is-active').waitFor();
  const story = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body;
  assert.equal(story.embargoUntil, until.toISOString());

  // Publishing now asks first, and says when readers will see it.
  await page.click('[data-transition=publish]');
  const confirm = page.locator('[data-testid=publish-dialog]');
  await confirm.waitFor();
  assert.match((await confirm.textContent()) ?? '', /на сайте он появится/);
  await confirm.getByRole('button', { name: 'Опубликовать' }).click();
  await panel.locator('[data-status=published]').waitFor();

  const url = `${newsroom.origin}${story.url as string}`;
  const early = await fetch(url);
  assert.equal(early.status, 404, 'under embargo the site does not show the story');
  await page.goto(`${newsroom.origin}/newsroom/`);
  assert.match(
    (await page.locator(`tr[data-story-id="${id}"] [data-testid=desk-embargo]`).textContent()) ??
      '',
    /эмбарго до/,
  );

  // The app's clock moves on past the embargo's end rather than the test waiting for it.
  newsroom.passTime(new Date(until.getTime() + 1000));
  const late = await fetchUntilShown(url);
  assert.equal(late.status, 200, 'once the embargo is over the story is on the site');
  assert.match(await late.text(), /Эмбарго до вечера/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unpublishing asks for a reason before the story comes down', async () => {
  const { page, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'news',
    title: 'Снимем позже',
    rubric: 'Политика',
    lead: 'Лид.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
  });
  const id = made.body.id as number;
  for (const to of ['review', 'approved', 'published'])
    assert.equal(
      (await apiFromPage(page, 'POST', `/api/stories/${id}/transitions`, { to })).status,
      200,
    );
  await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
  await page.click('[data-transition=unpublish]');
  const dialog = page.locator('[data-testid=unpublish-dialog]');
  await dialog.waitFor();
  const confirm = dialog.locator('button[type=submit]');
  assert.equal(await confirm.isDisabled(), true, 'no reason, no unpublishing');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await apiFromPage(page, 'GET', `/api/stories/${id}`)).body.status, 'published');
  await context.close();
});
