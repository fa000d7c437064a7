// The reader's site on a phone and on paper: a header of at most 110 px, a rubric menu that shows it scrolls, a story's first screen, the print stylesheet.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser-support.js';
import { EDITIONS } from './reader-support.js';

let site: Site;
let browser: Browser;
/** "ru home", "ru story" → path. */
const pages = new Map<string, string>();

before(async () => {
  site = await startSite();
  browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const { code, home } of EDITIONS) {
    await page.goto(new URL(home, site.origin).href);
    const story = await page.locator('.top-story .card-title a').first().getAttribute('href');
    assert.ok(story, `${home} links to a story`);
    pages.set(`${code} home`, home).set(`${code} story`, story);
  }
  await context.close();
});

after(async () => {
  await browser?.close();
  await site?.t.dispose();
});

describe('on a phone (390 × 844)', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    page = await context.newPage();
  });
  after(() => context?.close());

  test('the header with the rubric menu and hot tags fits in 110 px in every edition', async () => {
    for (const { code, home } of EDITIONS) {
      for (const kind of ['home', 'story'] as const) {
        await page.goto(new URL(pages.get(`${code} ${kind}`)!, site.origin).href);
        const header = await page.locator('.site-header').boundingBox();
        assert.ok(header, home);
        assert.ok(header.height <= 110, `${code} ${kind}: header ${header.height} px`);
        assert.ok(await page.locator('.hot-tags').isVisible(), `${code}: hot tags shown`);
        // The site's search stays one tap away.
        const search = page.locator('.site-header a.search-link');
        assert.ok(await search.isVisible());
        assert.equal(await search.getAttribute('href'), `${home}search`);
      }
    }
    await page.screenshot({ path: '/tmp/lede-phone-header.png' });
  });

  test('the rubric menu scrolls sideways and shows a shadow at the edge where more follows', async () => {
    await page.goto(new URL(pages.get('ru home')!, site.origin).href);
    const menu = page.locator('nav.menu .wrap > ul');
    const edges = () =>
      menu.evaluate((ul) => ({
        more: ul.scrollWidth - ul.clientWidth,
        left: ul.scrollLeft,
        image: getComputedStyle(ul).backgroundImage,
        attachment: getComputedStyle(ul).backgroundAttachment,
      }));
    const start = await edges();
    assert.ok(start.more > 0, 'the menu is wider than the phone: it scrolls');
    // Shadows fixed at the edges ("scroll"), covered by gradients that travel with the list ("local").
    assert.equal((start.image.match(/gradient/g) ?? []).length, 4);
    assert.equal(start.attachment, 'local, local, scroll, scroll');
    // The right edge of the menu is darker than its middle while more rubrics follow.
    const box = (await menu.boundingBox())!;
    const pixel = (x: number) =>
      page.screenshot({ clip: { x, y: box.y + 2, width: 1, height: 1 } });
    const edge = await pixel(box.x + box.width - 2);
    const middle = await pixel(box.x + box.width / 2);
    assert.notDeepEqual(edge, middle, 'a shadow shows at the right edge');
    await page.screenshot({
      path: '/tmp/lede-phone-menu.png',
      clip: { ...box, height: box.height },
    });
  });

  test('a story page shows the headline, the date and the lead within the first screen', async () => {
    for (const { code } of EDITIONS) {
      await page.goto(new URL(pages.get(`${code} story`)!, site.origin).href);
      const lead = await page.locator('.lead').boundingBox();
      const meta = await page.locator('.story-meta').boundingBox();
      assert.ok(lead && meta);
      assert.ok(meta.y + meta.height < 844, `${code}: the date is on the first screen`);
      // The lead no longer fills the screen: it ends in its upper part, with room for the body.
      assert.ok(lead.y + lead.height < 844 * 0.8, `${code}: lead ends at ${lead.y + lead.height}`);
      const size = await page.locator('.lead').evaluate((el) => getComputedStyle(el).fontSize);
      assert.equal(size, '17px');
    }
    await page.goto(new URL(site.interviewPath, site.origin).href);
    await page.screenshot({ path: '/tmp/lede-phone-story.png' });
  });
});

describe('print', () => {
  test('a printed story has no menus, share links or side parts, and prints its address', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(site.interviewPath, site.origin).href);
    assert.ok(await page.locator('nav.share').isVisible(), 'share links on screen');
    assert.ok(!(await page.locator('.print-url').isVisible()), 'the address is for print only');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', 'nav.share', '.related', '.site-footer'])
      assert.ok(!(await page.locator(hidden).first().isVisible()), `${hidden} is not printed`);
    const url = page.locator('.print-url');
    assert.ok(await url.isVisible());
    assert.equal(await url.innerText(), `${site.t.lede.deps.publicUrl}${site.interviewPath}`);
    assert.ok(await page.locator('.story h1').isVisible());
    await context.close();
  });
});
