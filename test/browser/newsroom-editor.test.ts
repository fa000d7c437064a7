// The story editor in Chromium: Cyrillic and Azerbaijani typing, Ctrl+B and Ctrl+Z, the editor's note and the shortcuts list, the interface language and its dates, merge on 409 (gallery and video: newsroom-media-blocks).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Block } from '../../src/domain/blocks.js';
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

const editor = (page: Page) => page.locator('[data-testid=body-editor]');

describe('typing in the editor', () => {
  test('Cyrillic and Azerbaijani text, Ctrl+B for bold, Ctrl+Z to undo', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    const id = await openNewDraft(page, newsroom.origin, 'Тест набора');
    await editor(page).click();
    await page.keyboard.type('Госминистр прибыл в Баку. Azərbaycan Respublikası ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('güclü tərəfdaşdır');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('.');
    assert.equal(await editor(page).locator('strong').textContent(), 'güclü tərəfdaşdır');
    await waitSaved(page);
    assert.deepEqual(await blocksOf(page, id), [
      {
        type: 'paragraph',
        content: [
          { text: 'Госминистр прибыл в Баку. Azərbaycan Respublikası ' },
          { text: 'güclü tərəfdaşdır', marks: ['bold'] },
          { text: '.' },
        ],
      },
    ]);

    await page.keyboard.press('Enter');
    await page.keyboard.type('Ещё одна строка: ğüşıöçə ҒҺ');
    assert.equal(await editor(page).locator('p').count(), 2);
    // Undo takes the new paragraph back out; redo restores it.
    for (let i = 0; i < 3 && (await editor(page).locator('p').count()) > 1; i++)
      await page.keyboard.press('Control+z');
    assert.equal(await editor(page).locator('p').count(), 1);
    assert.equal(await editor(page).locator('strong').count(), 1);
    await page.keyboard.press('Control+Shift+z');
    assert.match((await editor(page).textContent()) ?? '', /Ещё/);
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    assert.equal((await blocksOf(page, id)).length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the interface language switch changes the labels, and the choice is kept for the user', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    await openNewDraft(page, newsroom.origin, 'Тест языка');
    const bold = page.locator('[data-action=bold]');
    assert.equal(await bold.locator('.visually-hidden').textContent(), 'Жирный');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    await page.selectOption('[data-testid=language-picker]', 'az');
    assert.equal(await bold.locator('.visually-hidden').textContent(), 'Qalın');
    assert.equal(await page.locator('.main-nav a').first().textContent(), 'Lent');
    assert.equal(await page.locator('[data-transition=submit]').textContent(), 'Yoxlamaya göndər');
    assert.equal(await page.locator('html').getAttribute('lang'), 'az');
    await page.selectOption('[data-testid=language-picker]', 'en');
    assert.equal(await bold.locator('.visually-hidden').textContent(), 'Bold');
    assert.equal(await bold.getAttribute('title'), 'Bold (Ctrl+B)');
    assert.equal(await page.locator('label[for=story-lead]').textContent(), 'Lead');
    // Saved as the user's interface language: a fresh sign-in elsewhere opens in English.
    await page.waitForTimeout(300);
    const other = await signIn(browser, newsroom.origin, newsroom.users.reporter, 'az-AZ');
    assert.equal(await other.page.locator('.main-nav a').first().textContent(), 'Desk');
    await other.context.close();
    await page.selectOption('[data-testid=language-picker]', 'ru');
    await page.waitForTimeout(300);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the editor's note and the shortcuts list", () => {
  test('Ctrl+Shift+E opens a note, and pressed inside it leaves the note; Ctrl+/ lists the shortcuts', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    const id = await openNewDraft(page, newsroom.origin, 'Тест примечания');
    await editor(page).click();
    await page.keyboard.type('Военные приезжают ');
    await page.keyboard.press('Control+Shift+e');
    await page.keyboard.type('в Азербайджан');
    await page.keyboard.press('Control+Shift+e');
    await page.keyboard.type(' каждый год.');
    assert.equal(await editor(page).locator('.editor-note').count(), 1);
    await waitSaved(page);
    assert.deepEqual(await blocksOf(page, id), [
      {
        type: 'paragraph',
        content: [
          { text: 'Военные приезжают ' },
          { text: '(в Азербайджан - ред.)', marks: ['editorNote'] },
          { text: ' каждый год.' },
        ],
      },
    ]);

    await page.keyboard.press('Control+/');
    const help = page.locator('[data-testid=shortcuts-dialog]');
    await help.waitFor();
    assert.equal(await help.getAttribute('aria-label'), 'Сочетания клавиш');
    const rows = await help
      .locator('.shortcut-list > div')
      .evaluateAll((divs) =>
        divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('kbd')!.textContent]),
      );
    assert.deepEqual(
      rows.find(([label]) => label === 'Примечание редакции'),
      ['Примечание редакции', 'Ctrl+Shift+E'],
    );
    assert.deepEqual(
      rows.find(([label]) => label === 'Жирный'),
      ['Жирный', 'Ctrl+B'],
    );
    assert.equal(rows.length, 16);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    // The "?" button opens the same list.
    await page.click('[data-action=shortcuts]');
    await help.waitFor();
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('dates in the interface language', () => {
  test('times read with Lede\'s month names: "06 dekabr 23:04" in Azerbaijani', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    const id = await openNewDraft(page, newsroom.origin, 'Тест дат');
    const { updatedAt } = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body as {
      updatedAt: string;
    };
    // The wall-clock time in Baku, by the machine's own clock data.
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Baku',
        month: 'numeric',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(updatedAt))
        .map((p) => [p.type, p.value]),
    );
    const month = Number(parts.month) - 1;
    const when = (name: string) => `${parts.day} ${name} ${parts.hour}:${parts.minute}`;
    const updated = page.locator('.facts dd').first();
    const AZ = [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ];
    const RU = [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ];
    assert.equal(await updated.textContent(), when(RU[month]!));
    await page.selectOption('[data-testid=language-picker]', 'az');
    assert.equal(await updated.textContent(), when(AZ[month]!));
    await page.selectOption('[data-testid=language-picker]', 'ru');
    await page.waitForTimeout(300);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('two people on one story', () => {
  test('presence shows who else has it open; a stale save shows both versions to merge', async () => {
    const a = await signIn(browser, newsroom.origin, newsroom.users.reporter);
    const id = await openNewDraft(a.page, newsroom.origin, 'Черновик для двоих');
    await editor(a.page).click();
    await a.page.keyboard.type('Первый абзац репортёра.');
    await waitSaved(a.page);

    const b = await signIn(browser, newsroom.origin, newsroom.users.editor);
    await b.page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
    await editor(b.page).waitFor();
    await b.page.waitForSelector('[data-testid=presence]');
    assert.match((await b.page.textContent('[data-testid=presence]')) ?? '', /Анна Керимова/);

    // The reporter saves again; the editor, still on the older version, edits the headline.
    await a.page.keyboard.type(' Дополнение.');
    await waitSaved(a.page);
    await b.page.fill('#story-title', 'Заголовок редактора');
    const dialog = b.page.locator('[data-testid=conflict-dialog]');
    await dialog.waitFor({ timeout: 15_000 });
    assert.ok(await dialog.locator('[data-merge=title-mine]').isVisible());
    assert.match(
      (await dialog.locator('[data-merge=blocks-theirs]').textContent()) ?? '',
      /Дополнение/,
    );
    await dialog.locator('[data-merge=blocks-theirs] input').check();
    await dialog.locator('button[type=submit]').click();
    await waitSaved(b.page);

    const story = (await apiFromPage(b.page, 'GET', `/api/stories/${id}`)).body as {
      title: string;
      blocks: Block[];
    };
    assert.equal(story.title, 'Заголовок редактора');
    assert.deepEqual(story.blocks, [
      { type: 'paragraph', content: [{ text: 'Первый абзац репортёра. Дополнение.' }] },
    ]);
    assert.match((await editor(b.page).textContent()) ?? '', /Дополнение/);
    assert.deepEqual([...a.errors, ...b.errors], []);
    await a.context.close();
    await b.context.close();
  });
});
