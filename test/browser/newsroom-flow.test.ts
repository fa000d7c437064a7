// The newsroom end to end in Chromium: a reporter writes an interview and submits it, an editor approves and schedules it, it goes out.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium } from './browser-support.js';
import {
  apiFromPage,
  fillAgencyTime,
  signIn,
  startNewsroom,
  waitSaved,
  type Newsroom,
} from './newsroom-support.js';

const HEADLINE = 'Госминистр: У Лондона и Баку амбициозные планы сотрудничества';
const SPEAKER = 'Вернон Коакер';
const EDITOR_SHOT = '/tmp/newsroom-editor.png';
const DESK_SHOT = '/tmp/newsroom-desk.png';
/** Where the uploaded image is served from (the media library answers it). */
let imageSrc = '';

/** A 1200×800 PNG made on the spot, as a camera picture would be uploaded. */
function photo(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3b6ea5' } })
    .png()
    .toBuffer();
}

let newsroom: Newsroom;
let browser: Browser;
let storyId = 0;
let reporter: { page: Page; errors: string[] };

const body = (page: Page) => page.locator('[data-testid=body-editor]');

before(async () => {
  newsroom = await startNewsroom();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await newsroom?.stop();
});

describe('an interview from draft to the public site', () => {
  test('the reporter writes an interview with the keyboard and the toolbar and submits it', async () => {
    reporter = await signIn(browser, newsroom.origin, newsroom.users.reporter);
    const { page } = reporter;
    await page.click('[data-testid=new-story]');
    await page.selectOption('#new-type', 'interview');
    await page.fill('#new-title', HEADLINE);
    // A reporter chooses among the edition's rubrics (no new ones).
    await page.selectOption('#new-rubric', 'Политика');
    await page.click('[data-testid=new-story-dialog] button[type=submit]');
    await page.waitForURL(/\/newsroom\/stories\/\d+$/);
    storyId = Number(/(\d+)$/.exec(page.url())![1]);

    await page.fill('#story-lead', 'Государственный министр обороны Великобритании посетил Баку.');
    await page.fill('#story-tags', 'Вернон Коакер, оборона');
    await body(page).click();
    await page.keyboard.type(
      'В эксклюзивном интервью Report Лорд Коакер рассказал о сотрудничестве.',
    );
    await page.keyboard.press('Enter');
    // First turn: the question from the toolbar, the answer with Ctrl+Enter, the speaker in its field.
    await page.click('[data-action=question]');
    await page.keyboard.type('Как бы вы охарактеризовали уровень военного сотрудничества?');
    await page.keyboard.press('Control+Enter');
    await page.fill('[data-testid=speaker-input]', SPEAKER);
    await page.press('[data-testid=speaker-input]', 'Enter');
    await body(page).locator('[data-block=answer] p').click();
    await page.keyboard.type('Некоторые из наших военных также приезжают ');
    // The editor's note: the toolbar button opens "( - ред.)" with the cursor inside.
    await page.click('[data-action=editor-note]');
    await page.keyboard.type('в Азербайджан');
    await page.keyboard.press('End');
    await page.keyboard.type(' на учения.');
    // Second turn, all with the keyboard: Ctrl+Enter gives a question, then an answer by the same speaker.
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Какие планы на следующий год?');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Совместные учения и обучение английскому языку.');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Alt+q');
    await page.keyboard.type('Завершая интервью, министр поблагодарил Баку.');

    // The image: uploaded to the media library (the media API exists), with alt text, caption, credit.
    await page.click('[data-action=image]');
    const dialog = page.locator('[data-testid=image-dialog]');
    await dialog.getByRole('tab', { name: 'Загрузить' }).click();
    await dialog.locator('#image-file').setInputFiles({
      name: 'coaker-baku.png',
      mimeType: 'image/png',
      buffer: await photo(),
    });
    await dialog.locator('#image-alt').fill('Лорд Вернон Коакер в Баку');
    await dialog.locator('#image-caption').fill('Визит в Баку');
    await dialog.locator('#image-credit').fill('Report');
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
    imageSrc = (await body(page).locator('[data-block=image] img').getAttribute('src')) ?? '';
    assert.ok(imageSrc.startsWith('/'), imageSrc);

    await waitSaved(page);
    const story = (await apiFromPage(page, 'GET', `/api/stories/${storyId}`)).body as {
      blocks: { type: string; speaker?: string; content?: unknown }[];
      tags: string[];
    };
    assert.deepEqual(
      story.blocks.map((b) => b.type),
      ['paragraph', 'question', 'answer', 'question', 'answer', 'paragraph', 'image'],
    );
    assert.equal(story.blocks[2]!.speaker, SPEAKER);
    assert.equal(story.blocks[4]!.speaker, SPEAKER, 'the next answer keeps the speaker');
    assert.deepEqual(story.blocks[2]!.content, [
      {
        type: 'paragraph',
        content: [
          { text: 'Некоторые из наших военных также приезжают ' },
          { text: '(в Азербайджан - ред.)', marks: ['editorNote'] },
          { text: ' на учения.' },
        ],
      },
    ]);
    assert.deepEqual(story.tags, ['Вернон Коакер', 'оборона']);
    assert.deepEqual(story.blocks[6], {
      type: 'image',
      src: imageSrc,
      alt: 'Лорд Вернон Коакер в Баку',
      caption: 'Визит в Баку',
      credit: 'Report',
      width: 1200,
      height: 800,
    });

    await page.locator('[data-block=answer]').first().click();
    await page.screenshot({ path: EDITOR_SHOT });
    assert.equal(await page.locator('[data-transition=publish]').count(), 0);
    await page.click('[data-transition=submit]');
    await page.waitForSelector('[data-testid=workflow-panel] [data-status=review]');
  });

  test('the editor approves the story; the reporter has no publish button and the API answers 403', async () => {
    const { page, errors } = await signIn(browser, newsroom.origin, newsroom.users.editor);
    await page.click('[data-status-tab=review]');
    await page.click(`tr[data-story-id="${storyId}"] a`);
    await page.waitForSelector('[data-transition=approve]');
    assert.equal(await body(page).locator('[data-block=question]').count(), 2);
    await page.click('[data-transition=approve]');
    await page.waitForSelector('[data-testid=workflow-panel] [data-status=approved]');
    assert.equal(await page.locator('[data-transition=publish]').count(), 1);

    const mine = reporter.page;
    await mine.reload();
    await mine.waitForSelector('[data-testid=workflow-panel] [data-status=approved]');
    assert.equal(await mine.locator('[data-transition=publish]').count(), 0);
    assert.equal(await mine.locator('[data-transition=schedule]').count(), 0);
    const direct = await apiFromPage(mine, 'POST', `/api/stories/${storyId}/transitions`, {
      to: 'published',
    });
    assert.equal(direct.status, 403, JSON.stringify(direct.body));
    assert.equal(direct.body.error, 'forbidden');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the editor schedules it a few seconds ahead; at that time it is on the site with its turns and note', async () => {
    const { page, errors } = await signIn(browser, newsroom.origin, newsroom.users.editor);
    await page.goto(`${newsroom.origin}/newsroom/stories/${storyId}`);
    await page.click('[data-transition=schedule]');
    const at = new Date(Date.now() + 6000);
    await fillAgencyTime(page, 'schedule-at', at);
    await page.click('[data-testid=schedule-dialog] button[type=submit]');
    await page.waitForSelector('[data-testid=workflow-panel] [data-status=scheduled]');

    await page.goto(`${newsroom.origin}/newsroom/`);
    await page.waitForSelector(`[data-testid=scheduled-next] a[href$="/stories/${storyId}"]`);
    await page.waitForSelector('[data-testid=story-table]');
    await page.screenshot({ path: DESK_SHOT });

    const view = (await apiFromPage(page, 'GET', `/api/stories/${storyId}`)).body as {
      url: string;
    };
    const url = `${newsroom.origin}${view.url}`;
    assert.notEqual((await fetch(url)).status, 200, 'not on the site before its time');
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await fetch(url)).status;
    }
    assert.equal(status, 200, 'on the site after its time');
    assert.ok(Date.now() >= at.getTime() - 1000, 'not before its time');

    const site = await browser.newPage();
    await site.goto(url);
    assert.equal(await site.locator('[data-block=question]').count(), 2);
    assert.equal(await site.locator('[data-block=answer]').count(), 2);
    const note = site.locator('[data-mark=editor-note]');
    assert.equal(await note.count(), 1);
    assert.equal(await note.textContent(), '(в Азербайджан - ред.)');
    assert.match(
      (await site.locator('[data-block=answer]').first().textContent()) ?? '',
      new RegExp(SPEAKER),
    );
    assert.equal(await site.locator('[data-block=image] img').count(), 1);
    assert.equal(
      await site.locator('[data-block=image] img').getAttribute('alt'),
      'Лорд Вернон Коакер в Баку',
    );
    // The picture loads lazily: a reader scrolls to it, and it is drawn once its bytes arrive
    // (the first request of a size makes that size; a fixed look right after the page's load
    // found it not yet drawn now and then).
    const image = site.locator('[data-block=image] img');
    await image.scrollIntoViewIfNeeded();
    const shown = await site
      .waitForFunction(
        () => {
          const img = document.querySelector<HTMLImageElement>('[data-block=image] img');
          return img?.complete && img.naturalWidth > 0 ? img.naturalWidth : false;
        },
        undefined,
        { timeout: 10_000 },
      )
      .then(
        (h) => h.jsonValue(),
        () => 0,
      );
    assert.ok(Number(shown) > 0, 'the uploaded image loads on the site');
    await site.close();

    await page.goto(`${newsroom.origin}/newsroom/stories/${storyId}`);
    await page.waitForSelector('[data-testid=workflow-panel] [data-status=published]');
    assert.deepEqual(errors, []);
    assert.deepEqual(reporter.errors, []);
  });
});
