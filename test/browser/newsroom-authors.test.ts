// A story sent through the API with a token is credited to the token's person, and the desk shows the byline.

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

test('a story created with an API token shows its author on the desk', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.reporter);
  const issued = await apiFromPage(page, 'POST', '/api/tokens', { name: 'Редакционный бот' });
  assert.equal(issued.status, 201, JSON.stringify(issued.body));
  const res = await fetch(`${newsroom.origin}/api/stories`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${issued.body.token as string}`,
    },
    body: JSON.stringify({
      edition: 'ru',
      type: 'news',
      title: 'Прислано через API',
      rubric: 'Политика',
      lead: 'Лид.',
      blocks: [],
    }),
  });
  assert.equal(res.status, 201);
  const story = (await res.json()) as { id: number; author: string | null; createdBy: number };
  assert.equal(story.author, 'Анна Керимова');
  assert.equal(story.createdBy, newsroom.users.reporter.id);

  await page.goto(`${newsroom.origin}/newsroom/`);
  const row = page.locator(`tr[data-story-id="${story.id}"]`);
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /Анна Керимова/);
  assert.deepEqual(errors, []);
  await context.close();
});
