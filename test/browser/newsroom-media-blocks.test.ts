// Gallery and video blocks from the editor's toolbar in Chromium: pictures chosen from the media library, reordered and described; a video with its poster.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Block } from '../../src/domain/blocks.js';
import {
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

describe('a gallery and a video from the toolbar', () => {
  test('pictures chosen from the library, reordered and described; a video with its poster and an https address', async () => {
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    const id = await openNewDraft(page, newsroom.origin, 'Фоторепортаж из Гянджи');
    await editor(page).click();
    await page.keyboard.type('Вступление к фоторепортажу.');

    await page.click('[data-action=gallery]');
    const gallery = page.locator('[data-testid=gallery-dialog]');
    const library = gallery.locator('[data-testid=gallery-library] button');
    await library.nth(1).waitFor();
    const sources = await library
      .locator('img')
      .evaluateAll((imgs) => imgs.slice(0, 2).map((img) => img.getAttribute('src')));
    // Nothing chosen: the dialog says what is missing and inserts nothing.
    await gallery.locator('button[type=submit]').click();
    assert.equal(
      await gallery.locator('[role=alert]').textContent(),
      'Добавьте хотя бы один снимок.',
    );
    await library.nth(0).click();
    await library.nth(1).click();
    assert.equal(await library.nth(0).getAttribute('aria-pressed'), 'true');
    await gallery.locator('#gallery-alt-1').fill('');
    await gallery.locator('button[type=submit]').click();
    assert.equal(
      await gallery.locator('[role=alert]').textContent(),
      'У снимка 2 нет альтернативного текста.',
    );
    await gallery.locator('#gallery-alt-1').fill('Площадь Низами утром');
    await gallery.getByRole('button', { name: 'Снимок 2 выше' }).click();
    await gallery.locator('#gallery-caption').fill('Гянджа в декабре');
    await gallery.locator('button[type=submit]').click();
    await gallery.waitFor({ state: 'detached' });

    await page.click('[data-action=video]');
    const video = page.locator('[data-testid=video-dialog]');
    await video.locator('#video-url').fill('http://example.com/clip');
    await video.locator('button[type=submit]').click();
    assert.equal(
      await video.locator('[role=alert]').textContent(),
      'Укажите адрес страницы видео, начинающийся с https.',
    );
    await video.locator('#video-url').fill('https://www.youtube.com/watch?v=Lede0video1');
    await video.locator('#video-title').fill('Репортаж с площади');
    await video.locator('[data-testid=video-posters] button').first().click();
    await video.locator('button[type=submit]').click();
    await video.waitFor({ state: 'detached' });

    await waitSaved(page);
    const blocks = await blocksOf(page, id);
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['paragraph', 'gallery', 'video'],
    );
    const [, shown, clip] = blocks as [
      Block,
      Extract<Block, { type: 'gallery' }>,
      Extract<Block, { type: 'video' }>,
    ];
    assert.deepEqual(
      shown.images.map((i) => i.src),
      [sources[1], sources[0]],
      'the second picture was moved first',
    );
    assert.equal(shown.images[0]!.alt, 'Площадь Низами утром');
    assert.ok(shown.images[1]!.alt.length > 0, 'the library picture keeps its alt text');
    assert.equal(shown.caption, 'Гянджа в декабре');
    assert.deepEqual(
      { provider: clip.provider, url: clip.url, title: clip.title, poster: clip.poster },
      {
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=Lede0video1',
        title: 'Репортаж с площади',
        poster: sources[0],
      },
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
