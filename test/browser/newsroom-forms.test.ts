// The shared dialogs and panels in Chromium: link and embed forms in the editor, rubrics, tags and hot tags of an edition.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  apiFromPage,
  blocksOf,
  openNewDraft,
  signIn,
  useNewsroomInChromium,
  waitSaved,
  type Newsroom,
} from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

describe('the editor forms', () => {
  test('the link form refuses a script address and links the selection; the embed form makes an embed block', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    const id = await openNewDraft(page, newsroom.origin, 'Тест ссылок');
    const editor = page.locator('[data-testid=body-editor]');
    await editor.click();
    await page.keyboard.type('Читайте Report');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Control+k');
    const link = page.locator('[data-testid=link-dialog]');
    await link.getByLabel('Адрес (https://…, mailto: или /путь)').fill('javascript:alert(1)');
    await link.getByRole('button', { name: 'Применить' }).click();
    assert.equal(
      await link.getByRole('alert').textContent(),
      'Нужен адрес http(s), mailto: или путь на этом сайте.',
    );
    await link.locator('#link-href').fill('https://report.az/');
    await link.getByRole('button', { name: 'Применить' }).click();
    await link.waitFor({ state: 'detached' });
    assert.equal(await editor.locator('a').textContent(), 'Report');
    // Closing gives the focus back to the text: typing goes on in the editor.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');

    await page.click('[data-action=embed]');
    const embed = page.locator('[data-testid=embed-dialog]');
    await embed.locator('#embed-url').fill('https://example.com/video');
    await embed.locator('button[type=submit]').click();
    assert.equal(
      await embed.getByRole('alert').textContent(),
      'Это не видео YouTube и не пост X или Telegram.',
    );
    await embed.locator('#embed-url').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await embed.getByLabel('Название (необязательно)').fill('Интервью');
    await embed.locator('button[type=submit]').click();
    await embed.waitFor({ state: 'detached' });
    await waitSaved(page);
    const blocks = await blocksOf(page, id);
    assert.deepEqual(blocks[0], {
      type: 'paragraph',
      content: [
        { text: 'Читайте ' },
        { text: 'Report', marks: ['link'], href: 'https://report.az/' },
      ],
    });
    const made = blocks.find((b) => b.type === 'embed');
    assert.ok(made, JSON.stringify(blocks));
    assert.equal((made as { provider: string }).provider, 'youtube');
    assert.equal((made as { title: string }).title, 'Интервью');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the taxonomy screen', () => {
  test('the edition switch, renaming and adding a rubric, a tag search and a pinned hot tag', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.chief,
      'az-AZ',
    );
    await page.goto(`${newsroom.origin}/newsroom/taxonomy`);
    const switcher = page.getByRole('group', { name: 'Sayt versiyası' });
    await switcher.getByRole('button', { name: 'Rusca' }).click();
    assert.equal(
      await switcher.getByRole('button', { name: 'Rusca' }).getAttribute('aria-pressed'),
      'true',
    );
    const rubrics = async () =>
      (await apiFromPage(page, 'GET', '/api/rubrics?edition=ru')).body.items as {
        id: number;
        name: string;
        slug: string;
        children: { name: string }[];
      }[];
    const [first] = await rubrics();
    assert.ok(first);
    const row = page.locator(`[data-rubric="${first.slug}"]`);
    await row.locator('input').fill(`${first.name} и мир`);
    await row.locator('input').press('Enter');
    await page.waitForFunction(
      async ({ id, name }) => {
        const res = await fetch('/api/rubrics?edition=ru');
        const body = (await res.json()) as { items: { id: number; name: string }[] };
        return body.items.some((r) => r.id === id && r.name === name);
      },
      { id: first.id, name: `${first.name} и мир` },
    );

    const add = page.locator('form.inline-form');
    await add.locator('input').fill('Киберспорт');
    await add.locator('select').selectOption({ label: `${first.name} и мир` });
    await add.locator('button[type=submit]').click();
    await page.locator('[data-rubric=kibersport]').waitFor();
    assert.equal(await add.locator('input').inputValue(), '');
    const tree = await rubrics();
    assert.ok(tree.find((r) => r.id === first.id)?.children.some((c) => c.name === 'Киберспорт'));

    await page.getByRole('tab', { name: 'Teqlər', exact: true }).click();
    assert.equal(
      await page.getByRole('tab', { name: 'Teqlər', exact: true }).getAttribute('aria-selected'),
      'true',
    );
    const tagRows = page.locator('[data-tag]');
    await tagRows.first().waitFor();
    const tagName = await tagRows.first().locator('input').inputValue();
    await page.locator('input[type=search]').fill(tagName.slice(0, 4));
    await page.waitForFunction(
      (prefix) =>
        [...document.querySelectorAll('[data-tag] input')].every((i) =>
          (i as HTMLInputElement).value.toLowerCase().includes(prefix.toLowerCase()),
        ),
      tagName.slice(0, 4),
    );

    await page.getByRole('tab', { name: 'Qaynar teqlər' }).click();
    const strip = page.locator('[data-testid=hot-tags]');
    await strip.waitFor();
    const pin = page.locator('form.inline-form');
    await pin.locator('input').fill('Шахматы');
    await pin.locator('button[type=submit]').click();
    assert.equal(await strip.locator('li').first().locator('.hot-name').textContent(), 'Шахматы');
    await page.locator('.panel-wide > button.primary').click();
    await page.waitForSelector('.panel-wide > button.primary[disabled]');
    const hot = (await apiFromPage(page, 'GET', '/api/hot-tags?edition=ru')).body.items as {
      name: string;
      pinned: boolean;
    }[];
    assert.deepEqual(hot[0], { ...hot[0], name: 'Шахматы', pinned: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
