// The cover image field in Chromium at 1366 and 390 px: chosen from the library or uploaded, texts edited, the focal point set by a click, all saved.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
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

interface CoverJson {
  mediaId: number;
  alt: string | null;
  caption: string | null;
  focus: { x: number; y: number };
}

async function coverOf(page: Page, id: number): Promise<CoverJson | null> {
  return (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body.cover as CoverJson | null;
}

for (const width of [1366, 390])
  test(`at ${width} px a reporter picks a cover, describes it and sets its focal point`, async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    try {
      await page.setViewportSize({ width, height: 900 });
      const id = await openNewDraft(page, newsroom.origin, `Обложка на ${width}`);
      const field = page.locator('[data-testid=cover-field]');
      await field.scrollIntoViewIfNeeded();
      assert.equal(await field.locator('h2').textContent(), 'Обложка');

      // From the library: the demo archive's drawings are there.
      await savedAfter(page, async () => {
        await field.getByRole('button', { name: 'Выбрать из медиатеки' }).click();
        const dialog = page.locator('[data-testid=cover-library]');
        // One of the demo's drawings (an upload of an earlier test may be newer and has no alt text).
        const drawing = dialog.locator('.media-item[aria-label*="Drawing"]').first();
        await drawing.waitFor();
        await drawing.click();
      });
      const chosen = await coverOf(page, id);
      assert.ok(chosen, 'the cover is saved');
      assert.deepEqual(chosen.focus, { x: 0.5, y: 0.5 });

      // The focal point where the reporter clicks: a quarter across, three quarters down.
      const picture = page.locator('[data-testid=cover-focus]');
      await picture.scrollIntoViewIfNeeded();
      const box = (await picture.boundingBox())!;
      await savedAfter(page, () =>
        picture.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } }),
      );
      const focused = (await coverOf(page, id))!;
      assert.ok(Math.abs(focused.focus.x - 0.25) <= 0.02, `x ${focused.focus.x}`);
      assert.ok(Math.abs(focused.focus.y - 0.75) <= 0.02, `y ${focused.focus.y}`);
      assert.match(
        (await page.locator('[data-testid=cover-focus-text]').textContent()) ?? '',
        /25% по ширине, 7[45]% по высоте/,
      );

      // The story's own alt text; the item's stays as the placeholder.
      await savedAfter(page, () => page.fill('#cover-alt', 'Ветряки над холмами Гобустана'));
      assert.equal((await coverOf(page, id))!.alt, 'Ветряки над холмами Гобустана');
      assert.match((await page.getAttribute('#cover-alt', 'placeholder')) ?? '', /^Если пусто: \S/);

      // An upload becomes the cover.
      const bytes = await sharp({
        create: { width: 900, height: 600, channels: 3, background: '#c63' },
      })
        .jpeg()
        .toBuffer();
      await savedAfter(page, () =>
        page
          .locator('[data-testid=cover-upload]')
          .setInputFiles({ name: 'port.jpg', mimeType: 'image/jpeg', buffer: bytes }),
      );
      const uploaded = (await coverOf(page, id))!;
      assert.notEqual(uploaded.mediaId, chosen.mediaId);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `${overflow} px sideways`);
      await field.screenshot({ path: `/tmp/lede-cover-field-${width}.png` });

      await savedAfter(page, () => field.getByRole('button', { name: 'Убрать обложку' }).click());
      assert.equal(await coverOf(page, id), null);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

test('the field speaks the interface language', async () => {
  const { page, context } = await signIn(browser, newsroom.origin, newsroom.users.chief, 'az-AZ');
  try {
    await openNewDraft(page, newsroom.origin, 'Üz şəkli');
    const field = page.locator('[data-testid=cover-field]');
    assert.equal(await field.locator('h2').textContent(), 'Üz şəkli');
    assert.ok(await field.getByRole('button', { name: 'Mediatekadan seçin' }).isVisible());
  } finally {
    await context.close();
  }
});
