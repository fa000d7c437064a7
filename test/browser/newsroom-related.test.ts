// The related stories picker in the story form: find a story by its headline, pick, reorder, remove; at 390 and 1366 px, no overflow, axe clean.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './live-support.js';
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

/** The story's picks as the API has them, headlines in order. */
async function picksOf(page: Page, id: number): Promise<string[]> {
  const story = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body as {
    related: { title: string }[];
  };
  return story.related.map((r) => r.title);
}

for (const width of [390, 1366])
  test(`the related picker at ${width} px: find by headline, pick two, reorder, remove`, async () => {
    const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.editor);
    await page.setViewportSize({ width, height: 844 });
    const id = await openNewDraft(page, newsroom.origin, `Подборка ${width}`);
    await page.locator('.related-none').waitFor();

    // Two demo stories of the Russian edition, found by a word of their headlines.
    await savedAfter(page, async () => {
      await page.fill('[data-testid=related-search]', 'Каспи');
      await page.locator('.related-result').first().click();
    });
    await savedAfter(page, async () => {
      await page.fill('[data-testid=related-search]', 'бюджет');
      await page.locator('.related-result').first().click();
    });
    const titles = await page.locator('.related-chip-title').allTextContents();
    assert.equal(titles.length, 2);
    assert.deepEqual(await picksOf(page, id), titles);

    await savedAfter(page, () =>
      page.locator('.related-chip').nth(1).getByRole('button', { name: 'Выше' }).click(),
    );
    assert.deepEqual(await picksOf(page, id), [titles[1], titles[0]]);
    await savedAfter(page, () =>
      page.getByRole('button', { name: `Убрать «${titles[0]}»` }).click(),
    );
    assert.deepEqual(await picksOf(page, id), [titles[1]]);

    // The results list open, as an editor sees it while searching.
    await page.fill('[data-testid=related-search]', 'Баку');
    await page.locator('.related-result').first().waitFor();
    assert.deepEqual(await axeViolations(page, '.field-related'), []);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement!.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px wide in ${innerWidth} px`);
    assert.deepEqual(errors, []);
    await context.close();
  });
