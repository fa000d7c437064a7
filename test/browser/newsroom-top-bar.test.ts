// The top navigation: the daily screens in a row, the others under "More", a disclosure that the
// keyboard opens and Escape, a click elsewhere or leaving it closes.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

const moreLinks = (page: Page) =>
  page
    .locator('#nav-more-links a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('"More" opens from the keyboard, closes on Escape, outside and on leaving, and marks its screen', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  const more = page.locator('[data-testid=nav-more]');
  const list = page.locator('#nav-more-links');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await list.isVisible(), false);

  await more.focus();
  await page.keyboard.press('Enter');
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  await list.locator('a').first().waitFor();
  // A chief neither reads the audit log nor manages accounts: their own account and the site.
  assert.deepEqual(await moreLinks(page), ['/newsroom/account', '/']);
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('href')),
    '/newsroom/account',
  );
  await page.keyboard.press('Escape');
  assert.equal(await list.isVisible(), false);
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    'nav-more',
  );

  await more.click();
  await page.click('h1');
  assert.equal(await list.isVisible(), false, 'a click elsewhere closes it');

  await more.click();
  await page.keyboard.press('Shift+Tab');
  assert.equal(await list.isVisible(), false, 'focus leaving it closes it');

  await more.click();
  await list.locator('a[href="/newsroom/account"]').click();
  await page.locator('[data-testid=two-factor-state]').first().waitFor();
  assert.equal(await list.isVisible(), false, 'going to a screen closes it');
  assert.equal(
    await list.locator('a[href="/newsroom/account"]').getAttribute('aria-current'),
    'page',
  );
  assert.match((await more.getAttribute('class')) ?? '', /is-current/);
  assert.deepEqual(errors, []);
  await context.close();
});
