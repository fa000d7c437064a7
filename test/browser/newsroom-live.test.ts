// The newsroom's live panel in Chromium: an entry posted with Ctrl+Enter, another editor's entry appears, pin and delete with a note.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import { importStory } from '../../src/operations/import-story.js';
import { apiFromPage, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document.querySelector(selector)!, {
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120)}`);
  }, selector);
}

/** LEDE_SHOTS=folder keeps a picture, to look at while working on the layout. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.LEDE_SHOTS)
    await page.screenshot({ path: `${process.env.LEDE_SHOTS}/${name}.png`, fullPage: true });
}

async function liveStory(title: string): Promise<number> {
  const { story } = await importStory(newsroom.t.lede.deps, SYSTEM, {
    edition: 'ru',
    type: 'live',
    title,
    rubric: 'Политика',
    lead: 'Следим за событиями.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Вступление к трансляции.' }] }],
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    sourceKey: `t:live:${title}`,
  });
  return story.id;
}

test('the live panel posts an entry with Ctrl+Enter and shows what another editor posts', async () => {
  const id = await liveStory('Трансляция из парламента');
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
