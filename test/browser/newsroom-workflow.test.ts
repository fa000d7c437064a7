// Revisions, corrections, unpublishing and translations from the story screen, in Chromium.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  apiFromPage,
  blocksOf,
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

const editor = (page: Page) => page.locator('[data-testid=body-editor]');
const status = (page: Page, name: string) =>
  page.waitForSelector(`[data-testid=workflow-panel] [data-status=${name}]`);

describe('revisions', () => {
  test('the list of versions, a comparison of two, and restoring an earlier one', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    const id = await openNewDraft(page, newsroom.origin, 'Версии');
    await savedAfter(page, async () => {
      await editor(page).click();
      await page.keyboard.type('Первая версия.');
    });
    await savedAfter(page, () => page.keyboard.type(' Вторая.'));
    const version = Number(await page.locator('.story-screen').getAttribute('data-version'));

    await page.click('[data-testid=open-revisions]');
    const dialog = page.locator('[data-testid=revisions-dialog]');
    await dialog.locator(`tr[data-version="${version}"]`).waitFor();
    assert.ok((await dialog.locator('tr[data-version]').count()) >= 3);
    await dialog.locator(`tr[data-version="${version - 1}"] input`).check();
    await dialog.locator(`tr[data-version="${version}"] input`).check();
    await dialog.getByRole('button', { name: 'Сравнить' }).click();
    const diff = dialog.locator('[data-testid=revision-diff]');
    await diff.waitFor();
    assert.match(
      (await diff.locator('del .diff-block-text').first().textContent()) ?? '',
      /^Первая версия\.$/,
    );
    assert.match(
      (await diff.locator('ins .diff-block-text').first().textContent()) ?? '',
      /Вторая/,
    );

    await dialog.locator(`[data-restore="${version - 1}"]`).click();
    await dialog.locator(`[data-confirm-restore="${version - 1}"]`).click();
    await page.waitForSelector(`.story-screen[data-version="${version + 1}"]`);
    // The editor takes the restored text once the new version has come back: under load a little
    // after the screen shows that version.
    await page.waitForFunction(
      () => document.querySelector('[data-testid=body-editor]')?.textContent === 'Первая версия.',
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(await editor(page).textContent(), 'Первая версия.');
    assert.deepEqual(await blocksOf(page, id), [
      { type: 'paragraph', content: [{ text: 'Первая версия.' }] },
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('published stories', () => {
  test('a correction with a note, then unpublishing with a reason', async () => {
    const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.chief);
    const list = await apiFromPage(page, 'GET', '/api/stories?status=published&edition=ru&limit=1');
    const story = (list.body.items as { id: number; url: string; version: number }[])[0]!;
    await page.goto(`${newsroom.origin}/newsroom/stories/${story.id}`);
    await status(page, 'published');
    assert.equal(await page.locator('[data-transition=publish]').count(), 0);

    // Edits to a published story wait for the correction (no silent autosave).
    await editor(page).locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Уточнение редакции.');
    await page.waitForSelector('[data-testid=save-state][data-state=dirty]');
    await page.click('[data-transition=correct]');
    await page.fill('#correction-note', 'Уточнена цена нефти.');
    await page.click('[data-testid=correction-dialog] button[type=submit]');
    await page.waitForSelector('[data-testid=save-state][data-state=saved]');
    await page.waitForSelector('.corrections li');
    const corrected = (await apiFromPage(page, 'GET', `/api/stories/${story.id}`)).body as {
      version: number;
      corrections: { note: string }[];
      blocks: { type: string; content?: { text: string }[] }[];
    };
    assert.equal(corrected.version, story.version + 1);
    assert.deepEqual(
      corrected.corrections.map((c) => c.note),
      ['Уточнена цена нефти.'],
    );
    const last = corrected.blocks.at(-1)!;
    assert.match(last.content!.map((r) => r.text).join(''), /Уточнение редакции\.$/);

    await page.click('[data-transition=unpublish]');
    await page.fill('#unpublish-reason', 'Материал отозван по просьбе источника.');
    await page.click('[data-testid=unpublish-dialog] button[type=submit]');
    await status(page, 'unpublished');
    assert.notEqual((await fetch(`${newsroom.origin}${story.url}`)).status, 200);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('translations', () => {
  test('"translate to" makes a linked draft in the other edition with the same blocks', async () => {
    const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.editor);
    const id = await openNewDraft(page, newsroom.origin, 'Перевод');
    await savedAfter(page, async () => {
      await editor(page).click();
      await page.keyboard.type('Текст для перевода.');
    });
    await page.click('[data-translate=az]');
    await page.waitForURL((url) => !url.pathname.endsWith(`/stories/${id}`));
    await editor(page).waitFor();
    const draftId = Number(/(\d+)$/.exec(page.url())![1]);
    const draft = (await apiFromPage(page, 'GET', `/api/stories/${draftId}`)).body as {
      edition: string;
      translatedFromId: number;
      status: string;
    };
    assert.equal(draft.edition, 'az');
    assert.equal(draft.translatedFromId, id);
    assert.equal(draft.status, 'draft');
    assert.deepEqual(await blocksOf(page, draftId), await blocksOf(page, id));
    assert.equal(await page.locator('.edition-code.big').textContent(), 'az');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
