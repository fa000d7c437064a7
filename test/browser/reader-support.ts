// The reader's site in Chromium: one page of each kind per edition (found from the home page and the calendar), and the layout checks run at each width.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser-support.js';

export const EDITIONS = [
  { code: 'az', home: '/' },
  { code: 'ru', home: '/ru/' },
  { code: 'en', home: '/en/' },
] as const;

/** A demo author who writes in each edition (importers/demo/authors.ts). */
const AUTHORS = { az: 'rashad-guliyev', ru: 'anna-kerimova', en: 'emma-collins' } as const;

export const PAGE_KINDS = [
  'home',
  'story',
  'rubric',
  'tag',
  'archive',
  'calendar',
  'search',
  'author',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** "ru story" → path, for every page kind of these editions (all of them when left out). */
export async function findReaderPages(
  site: Site,
  browser: Browser,
  editions: readonly (typeof EDITIONS)[number][] = EDITIONS,
): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const context = await browser.newContext();
  const page = await context.newPage();
  const open = async (path: string) => {
    const res = await page.goto(new URL(path, site.origin).href);
    assert.equal(res?.status(), 200, path);
  };
  for (const { code, home } of editions) {
    await open(home);
    const rubric = await page
      .locator('.rubric-block .section-title a')
      .first()
      .getAttribute('href');
    const story = await page.locator('.top-story .card-title a').first().getAttribute('href');
    const tag = await page.locator('.hot-tags a').first().getAttribute('href');
    assert.ok(rubric && story && tag, `${home} links to a rubric, a story and a tag`);
    await open(story);
    // A word of the headline that search finds: its longest.
    const title = await page.locator('h1').first().innerText();
    const word = title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!;
    const calendar = `${home}archive/`;
    await open(calendar);
    const day = await page.locator('.day-on a').last().getAttribute('href');
    assert.ok(day, `${calendar} links to a day`);
    pages
      .set(`${code} home`, home)
      .set(`${code} story`, story)
      .set(`${code} rubric`, rubric)
      .set(`${code} tag`, tag)
      .set(`${code} archive`, day)
      .set(`${code} calendar`, calendar)
      .set(`${code} search`, `${home}search?q=${encodeURIComponent(word)}`)
      .set(`${code} author`, `${home}author/${AUTHORS[code]}/`);
  }
  await context.close();
  return pages;
}

/**
 * At one width, in every edition: no page of any kind scrolls sideways, and list pages have their
 * side column of latest stories, beside the list from 1024 px, below it on narrower screens.
 */
export function describeLayout(viewport: { width: number; height: number }): void {
  let site: Site;
  let browser: Browser;
  let pages: Map<string, string>;

  before(async () => {
    site = await startSite();
    browser = await launchChromium();
    pages = await findReaderPages(site, browser);
  });

  after(async () => {
    await browser?.close();
    await site?.t.dispose();
  });

  describe(`at ${viewport.width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    before(async () => {
      // The site reads without JavaScript: nothing here may depend on it.
      context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        javaScriptEnabled: false,
      });
      page = await context.newPage();
    });
    after(() => context?.close());

    for (const { code } of EDITIONS)
      test(`${code}: no page of any kind scrolls sideways`, async () => {
        const wide: string[] = [];
        for (const kind of PAGE_KINDS) {
          const path = pages.get(`${code} ${kind}`)!;
          const res = await page.goto(new URL(path, site.origin).href);
          assert.equal(res?.status(), 200, path);
          const over = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (over > 0) wide.push(`${kind} ${path}: ${over} px too wide`);
        }
        assert.deepEqual(wide, []);
      });

    test('list pages show the latest stories in a side column, beside or below the list', async () => {
      for (const kind of ['rubric', 'tag', 'archive', 'calendar', 'search', 'author'] as const) {
        const path = pages.get(`ru ${kind}`)!;
        await page.goto(new URL(path, site.origin).href);
        const side = page.locator('.side');
        assert.equal(await side.count(), 1, `${kind} has a side column`);
        assert.ok((await side.locator('article').count()) > 0, `${kind}: latest stories`);
        const list = await page.locator('.main-column').boundingBox();
        const box = await side.boundingBox();
        assert.ok(list && box);
        if (viewport.width >= 1024)
          assert.ok(box.x >= list.x + list.width, `${kind}: the side column is beside the list`);
        else assert.ok(box.y >= list.y + list.height, `${kind}: the side column is below the list`);
      }
    });
  });
}
