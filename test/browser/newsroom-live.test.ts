// The newsroom's live panel in Chromium: an entry posted with Ctrl+Enter, another editor's entry appears, pin and delete with a note.

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

test('the live panel posts an entry with Ctrl+Enter and shows what another editor posts', async () => {
  const id = await liveStory(newsroom, 'Трансляция из парламента');
  const me = await signIn(browser, newsroom.origin, newsroom.users.editor);
  const other = await signIn(browser, newsroom.origin, newsroom.users.chief, 'az-AZ');
  for (const width of [1366, 390]) {
    await me.page.setViewportSize({ width, height: 900 });
    await me.page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
    const box = me.page.locator('[data-testid=live-box]');
    await box.waitFor();
    await box.fill(`Депутаты собрались (${width})\n\n> Заседание открыто.\n> — Спикер`);
    await box.press('Control+Enter');
    await me.page
      .locator('[data-testid=live-entry]', { hasText: `Депутаты собрались (${width})` })
      .waitFor();
    assert.equal(await box.inputValue(), '', 'the box is empty again for the next entry');
    const made = await apiFromPage(other.page, 'POST', `/api/stories/${id}/entries`, {
      blocks: [{ type: 'paragraph', content: [{ text: `Слово взял министр (${width})` }] }],
      keyEvent: true,
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    await me.page
      .locator('[data-testid=live-entry]', { hasText: `Слово взял министр (${width})` })
      .waitFor({ timeout: 15_000 });
    const [scrollWidth, innerWidth] = await me.page.evaluate(() => [
      document.scrollingElement!.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px wide in a ${innerWidth} px window`);
    assert.deepEqual(await axeViolations(me.page, '[data-testid=live-panel]'), []);
    await shot(me.page, `newsroom-live-${width}`);
  }
  // Pin the first entry, then delete it with a note.
  const first = me.page.locator('[data-testid=live-entry]', {
    hasText: 'Депутаты собрались (1366)',
  });
  await first.getByRole('button', { name: 'Закрепить' }).click();
  await first.locator('.chip', { hasText: 'Закреплено' }).waitFor();
  await first.getByRole('button', { name: 'Удалить' }).click();
  await first.getByLabel('Почему запись удаляется?').fill('дубль');
  await first.locator('button[type=submit]').click();
  await me.page.locator('[data-testid=live-entry].deleted', { hasText: 'дубль' }).waitFor();
  assert.deepEqual(me.errors, []);
  await me.context.close();
  await other.context.close();
});
