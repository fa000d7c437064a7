// Authors in the newsroom: API stories credited to the token's person, the authors picker, the Authors screen, who is on which story, dates as the agency writes them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  apiFromPage,
  openNewDraft,
  savedAfter,
  signIn,
  useNewsroomInChromium,
  type Newsroom,
} from './newsroom-support.js';

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

/** The story's authors as the API has them, in byline order. */
async function authorsOf(page: Page, id: number): Promise<string[]> {
  const story = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body as {
    authors: { name: string }[];
  };
  return story.authors.map((a) => a.name);
}

function chips(page: Page): Promise<string[]> {
  return page.locator('.author-chip-name').allTextContents();
}

for (const width of [390, 1366])
  test(`the authors picker at ${width} px: find by any spelling, add, reorder, remove`, async () => {
    const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.editor);
    await page.setViewportSize({ width, height: 844 });
    const id = await openNewDraft(page, newsroom.origin, `Два автора ${width}`);
    // The sender is credited: the demo profile with the editor's name, as the Russian edition writes it.
    assert.deepEqual(await chips(page), ['Тимур Алиханов']);

    // Found by the Azerbaijani spelling, added under the story's Russian name.
    await savedAfter(page, async () => {
      await page.fill('[data-testid=author-search]', 'Kərimova');
      await page.locator('.author-result', { hasText: 'Анна Керимова' }).click();
    });
    assert.deepEqual(await chips(page), ['Тимур Алиханов', 'Анна Керимова']);
    assert.deepEqual(await authorsOf(page, id), ['Тимур Алиханов', 'Анна Керимова']);

    await savedAfter(page, () =>
      page.locator('.author-chip').nth(1).getByRole('button', { name: 'Выше' }).click(),
    );
    assert.deepEqual(await authorsOf(page, id), ['Анна Керимова', 'Тимур Алиханов']);

    await savedAfter(page, () =>
      page.getByRole('button', { name: 'Убрать: Тимур Алиханов' }).click(),
    );
    assert.deepEqual(await authorsOf(page, id), ['Анна Керимова']);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement!.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px wide in ${innerWidth} px`);
    assert.deepEqual(errors, []);
    await context.close();
  });

test('the Authors screen adds a profile with a name per edition; the site names it in each script', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  await page.goto(`${newsroom.origin}/newsroom/authors`);
  await page.click('[data-testid=new-author]');
  const form = page.locator('[data-testid=author-form]');
  await form.locator('#author-name-az').fill('Günay Əliyeva');
  await form.locator('#author-name-ru').fill('Гюнай Алиева');
  await form.locator('#author-name-en').fill('Gunay Aliyeva');
  await form.locator('#author-bio-ru').fill('Корреспондент по культуре.');
  await form.locator('button[type=submit]').click();
  await page.locator('[data-testid=author-saved]').waitFor();
  // The chief's interface is Azerbaijani: the list names her in Azerbaijani.
  await page.locator('[data-author=gunay-aliyeva] strong', { hasText: 'Günay Əliyeva' }).waitFor();

  const ru = await fetch(`${newsroom.origin}/ru/author/gunay-aliyeva/`);
  assert.equal(ru.status, 200);
  const html = await ru.text();
  assert.match(html, /<h1[^>]*>Гюнай Алиева<\/h1>/);
  assert.match(html, /Корреспондент по культуре\./);

  // Editing keeps the page's address.
  await page.locator('[data-author=gunay-aliyeva] button').click();
  await form.locator('#author-bio-en').fill('Culture correspondent.');
  await form.locator('button[type=submit]').click();
  await page.locator('[data-testid=author-saved]').waitFor();
  const en = await (await fetch(`${newsroom.origin}/en/author/gunay-aliyeva/`)).text();
  assert.match(en, /Culture correspondent\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the desk shows who is working on which story, refreshed as it polls', async () => {
  const reporter = await signIn(browser, newsroom.origin, newsroom.users.reporter);
  const id = await openNewDraft(reporter.page, newsroom.origin, 'Над чем работают');
  const editor = await signIn(browser, newsroom.origin, newsroom.users.editor);
  await editor.page.goto(`${newsroom.origin}/newsroom/`);
  const presence = editor.page.locator(`tr[data-story-id="${id}"] [data-testid=desk-presence]`);
  await presence.waitFor({ timeout: 20_000 });
  assert.match((await presence.textContent()) ?? '', /Анна Керимова/);
  // The reporter goes back to the desk, closing the story: the mark goes at the next refresh.
  await reporter.page.click('.story-bar .back');
  await presence.waitFor({ state: 'detached', timeout: 20_000 });
  assert.deepEqual([...reporter.errors, ...editor.errors], []);
  await reporter.context.close();
  await editor.context.close();
});

test('in the Azerbaijani interface an embargo is typed dd.mm.yyyy hh:mm and read "06 dekabr"', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  const id = await openNewDraft(page, newsroom.origin, 'Embarqo');
  const year = new Date().getUTCFullYear() + 1;
  assert.equal(await page.locator('input[type=datetime-local]').count(), 0);
  await page.fill('#embargo-at', `06.12.${year}`);
  await page.fill('#embargo-at-time', '23:04');
  assert.equal(await page.locator('#embargo-at-when').textContent(), `06 dekabr ${year}, 23:04`);
  await page.locator('[data-testid=embargo] button[type=submit]').click();
  await page.locator('.embargo-state.is-active').waitFor();
  assert.match(
    (await page.locator('.embargo-state').textContent()) ?? '',
    new RegExp(`06 dekabr, ${year} 23:04`),
  );
  const story = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body;
  assert.equal(story.embargoUntil, `${year}-12-06T19:04:00.000Z`);
  // 12/06 typed the American way is no date here: nothing is set from it.
  await page.fill('#embargo-at', `12/31/${year}`);
  assert.match((await page.locator('#embargo-at-when').textContent()) ?? '', /gg\.aa\.iiii/);
  assert.deepEqual(errors, []);
  await context.close();
});
