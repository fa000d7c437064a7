// The taxonomy screen's guarded actions in Chromium on a 390 px phone: a chief hides a rubric
// (gone from the site's menu), is refused deleting a rubric with stories, deletes an empty one
// and merges one tag into another; a reporter's story form offers only the edition's rubrics.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiFromPage, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

interface RubricItem {
  id: number;
  name: string;
  slug: string;
  hidden?: boolean;
  children: RubricItem[];
}

describe('guarding the taxonomy in the newsroom', () => {
  test('a chief hides, deletes and merges on a phone', async () => {
    const { page, context, errors } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.chief,
      'en-GB',
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const rubrics = async () =>
      (await apiFromPage(page, 'GET', '/api/rubrics?edition=ru')).body.items as RubricItem[];
    // The chief's interface is in Azerbaijani (the demo chief's language).
    await page.goto(`${newsroom.origin}/newsroom/taxonomy`);
    await page
      .getByRole('group', { name: 'Sayt versiyası' })
      .getByRole('button', { name: 'Rusca' })
      .click();

    const [first] = await rubrics();
    assert.ok(first);
    const menu = async () => await (await page.request.get(`${newsroom.origin}/ru/`)).text();
    assert.ok((await menu()).includes(`href="/ru/${first.slug}/"`));
    await page.getByRole('button', { name: `Gizlət: “${first.name}”` }).click();
    await page.locator(`[data-rubric="${first.slug}"][data-hidden=true]`).waitFor();
    assert.equal((await rubrics()).find((r) => r.id === first.id)?.hidden, true);
    assert.ok(!(await menu()).includes(`href="/ru/${first.slug}/"`), 'gone from the menu');

    // A rubric with stories cannot be deleted; the message says so.
    await page.getByRole('button', { name: `Sil: “${first.name}”` }).click();
    await page.locator(`[data-rubric="${first.slug}"] .button.danger`).click();
    await page.getByRole('alert').waitFor();
    assert.ok((await rubrics()).some((r) => r.id === first.id));

    // An empty one goes.
    const add = page.locator('form.inline-form');
    await add.locator('input').fill('Пустая рубрика');
    await add.locator('button[type=submit]').click();
    const empty = page.locator('[data-rubric=pustaya-rubrika]');
    await empty.waitFor();
    await page.getByRole('button', { name: 'Sil: “Пустая рубрика”' }).click();
    await empty.locator('.button.danger').click();
    await empty.waitFor({ state: 'detached' });

    // Tags: one merged into another; its old page answers 301.
    await page.getByRole('tab', { name: 'Teqlər', exact: true }).click();
    const rows = page.locator('[data-tag]');
    await rows.nth(1).waitFor();
    const [fromName, intoName] = [
      await rows.nth(0).locator('input').inputValue(),
      await rows.nth(1).locator('input').inputValue(),
    ];
    const fromSlug = (await rows.nth(0).getAttribute('data-tag'))!;
    await page.getByRole('button', { name: `Birləşdir… (“${fromName}”)` }).click();
    await page.getByRole('combobox', { name: `“${fromName}”` }).selectOption({ label: intoName });
    await page.locator(`[data-tag="${fromSlug}"]`).waitFor({ state: 'detached' });
    const old = await page.request.get(`${newsroom.origin}/ru/tags/${fromSlug}`, {
      maxRedirects: 0,
    });
    assert.equal(old.status(), 301);

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the screen is ${width} px wide`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a reporter's new story offers the edition's rubrics to choose, no new name", async () => {
    const { page, context } = await signIn(browser, newsroom.origin, newsroom.users.reporter);
    await page.click('[data-testid=new-story]');
    const rubric = page.locator('#new-rubric');
    assert.equal(await rubric.evaluate((el) => el.tagName), 'SELECT');
    const options = await rubric.locator('option:not([disabled])').allInnerTexts();
    assert.ok(options.includes('Политика'), options.join(', '));
    await context.close();
  });
});
