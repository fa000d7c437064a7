// The photo-led front pages in Chromium at 1366 and 390 px: pictures sized and described, only the first eager, no sideways scrolling and no layout shift (CLS 0); a story page with its cover.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser-support.js';

let site: Site;
let browser: Browser;

before(async () => {
  site = await startSite();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.t.dispose();
});

const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

/** Starts counting layout shifts before the page's first paint. */
const CLS_OBSERVER = `
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Shown {
  images: {
    src: string;
    srcset: string | null;
    sizes: string | null;
    width: string | null;
    height: string | null;
    alt: string | null;
    loading: string | null;
    fetchpriority: string | null;
  }[];
  overflow: number;
  cls: number;
}

/** Loads the page, scrolls through it (lazy pictures load), and answers what a reader got. */
async function visit(page: Page, path: string): Promise<Shown> {
  const res = await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
  assert.equal(res?.status(), 200, path);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 40));
    }
    scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(200);
  return page.evaluate(() => ({
    images: [...document.images].map((img) => ({
      src: img.currentSrc || img.src,
      srcset: img.getAttribute('srcset'),
      sizes: img.getAttribute('sizes'),
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
      alt: img.getAttribute('alt'),
      loading: img.getAttribute('loading'),
      fetchpriority: img.getAttribute('fetchpriority'),
    })),
    overflow: document.documentElement.scrollWidth - innerWidth,
    cls: (window as unknown as { __cls: number }).__cls,
  }));
}

for (const viewport of VIEWPORTS)
  describe(`front pages at ${viewport.width} px`, () => {
    test('every edition leads with pictures: sized, described, the first eager, no shift, no overflow', async () => {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      await context.addInitScript(CLS_OBSERVER);
      const page = await context.newPage();
      try {
        for (const path of ['/', '/ru/', '/en/']) {
          const shown = await visit(page, path);
          assert.ok(shown.images.length >= 5, `${path}: ${shown.images.length} pictures`);
          for (const img of shown.images) {
            assert.ok(img.srcset && img.sizes, `${path}: srcset and sizes on ${img.src}`);
            assert.ok(
              Number(img.width) > 0 && Number(img.height) > 0,
              `${path}: size of ${img.src}`,
            );
            assert.ok(img.alt && img.alt.length > 10, `${path}: alt text of ${img.src}`);
          }
          assert.equal(shown.images[0]!.fetchpriority, 'high', `${path}: first picture first`);
          assert.equal(shown.images[0]!.loading, null);
          assert.ok(
            shown.images.slice(1).every((img) => img.loading === 'lazy'),
            `${path}: the others lazy`,
          );
          assert.ok(shown.overflow <= 0, `${path}: ${shown.overflow} px sideways`);
          assert.equal(shown.cls, 0, `${path}: layout shift ${shown.cls}`);
        }
        await page.goto(new URL('/ru/', site.origin).href);
        await page.screenshot({ path: `/tmp/lede-pictures-home-${viewport.width}.png` });
        // A story with a cover: it comes at once, before the lead.
        const top = await page
          .locator('.card.has-picture .card-title a')
          .first()
          .getAttribute('href');
        const story = await visit(page, top!);
        assert.equal(story.images[0]!.fetchpriority, 'high');
        assert.equal(story.cls, 0, `story: layout shift ${story.cls}`);
        assert.ok(story.overflow <= 0, `story: ${story.overflow} px sideways`);
        assert.equal(
          await page.locator('.story-cover figcaption .credit').textContent(),
          'Фото: Lede demo',
        );
        await page.screenshot({ path: `/tmp/lede-pictures-story-${viewport.width}.png` });
      } finally {
        await context.close();
      }
    });
  });
