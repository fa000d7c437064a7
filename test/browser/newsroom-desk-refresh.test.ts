// The desk refreshes by itself: a story someone else creates appears without reloading the page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiFromPage, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

test('a story created elsewhere appears on an open desk within seconds', async () => {
  const desk = await signIn(browser, newsroom.origin, newsroom.users.editor);
  await desk.page.locator('[data-testid=story-table]').waitFor();
  const other = await signIn(browser, newsroom.origin, newsroom.users.reporter);
  const made = await apiFromPage(other.page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'news',
    title: 'Только что написано',
    rubric: 'Политика',
    lead: 'Лид.',
    blocks: [],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const url = desk.page.url();
  await desk.page
    .locator(`tr[data-story-id="${made.body.id as number}"]`)
    .waitFor({ timeout: 15_000 });
  assert.equal(desk.page.url(), url, 'the page was not reloaded');
  assert.deepEqual(desk.errors, []);
  await desk.context.close();
  await other.context.close();
});
