// A live story's public page in Chromium: "N new updates" from polling the head, added on a click without a reload.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations, liveStory, shot } from './live-support.js';
import { apiFromPage, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

for (const width of [1366, 390])
  test(`the public page says "N new updates" and adds them on a click, without a reload (${width} px)`, async () => {
    const id = await liveStory(newsroom, `Трансляция с форума ${width}`);
    const editor = await signIn(browser, newsroom.origin, newsroom.users.editor);
    const post = async (text: string, extra: object = {}) => {
      const made = await apiFromPage(editor.page, 'POST', `/api/stories/${id}/entries`, {
        blocks: [{ type: 'paragraph', content: [{ text }] }],
        ...extra,
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body.id as number;
    };
    await post('Форум открылся', { keyEvent: true });
    const url = (
      (await apiFromPage(editor.page, 'GET', `/api/stories/${id}`)).body as { url: string }
    ).url;
    {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL(url, newsroom.origin).href);
      await page.locator('.live-entry', { hasText: 'Форум открылся' }).waitFor();
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      const a = await post(`Первый доклад (${width})`);
      const b = await post(`Второй доклад (${width})`, { pinned: true });
      const button = page.locator('.live-new-button');
      await button.waitFor({ state: 'visible', timeout: 25_000 });
      await page.waitForFunction(
        () => document.querySelector('.live-new-button')?.textContent === '2 новых обновления',
        undefined,
        { timeout: 25_000 },
      );
      await shot(page, `live-page-new-${width}`);
      await button.click();
      await page.locator(`#entry-${a}`).waitFor();
      const order = await page.$$eval('.live-entry', (els) => els.map((e) => e.id));
      assert.deepEqual(
        order.slice(0, 2),
        [`entry-${b}`, `entry-${a}`],
        'pinned first, then newest',
      );
      assert.equal(await button.isVisible(), false);
      assert.equal(
        await page.evaluate(() => (window as unknown as { marker?: number }).marker),
        1,
        'the page was not reloaded',
      );
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.scrollingElement!.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px wide in a ${innerWidth} px window`);
      assert.deepEqual(await axeViolations(page, '#live'), []);
      await shot(page, `live-page-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
    await editor.context.close();
  });
