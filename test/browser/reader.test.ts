// What a reader sees in Chromium with JavaScript off: a crawled interview, its hot tags, the language switcher.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EditionCode } from '../../src/domain/editions.js';
import type { Story } from '../../src/domain/story.js';
import { editionOf } from '../../src/operations/deps.js';
import { launchChromium, startSite, type Site } from './browser-support.js';

const HEADLINE = 'Директор станции: Солнце Ширвана даст ток трём городам к 2028 году';
/** The interview's rubric, a sub-rubric of the demo archive's ("Экономика / Энергетика"). */
const RUBRIC = 'Энергетика';
const HOT_TAGS = ['Нариман Вахидов', 'EXPO27', 'Водный кодекс', 'Неделя науки'];
const SCREENSHOT = '/tmp/lede-interview-story.png';

let site: Site;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const url = (path: string) => new URL(path, site.origin).href;

/** The h1's text without its type label (" - ИНТЕРВЬЮ"), as a reader reads the headline. */
function headlineOf(page: Page): Promise<string> {
  return page.locator('h1').evaluate((h1) => {
    const copy = h1.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.type-label').forEach((label) => label.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function openInterview(): Promise<void> {
  const res = await page.goto(url(site.interviewPath));
  assert.equal(res?.status(), 200);
}

before(async () => {
  site = await startSite();
  browser = await launchChromium();
  // The site must read without JavaScript.
  context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
  });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await site?.t.dispose();
});

describe('the crawled interview, read without JavaScript', () => {
  test('the headline, the type label, the rubric and the date', async () => {
    await openInterview();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.count(), 1);
    assert.ok(await h1.isVisible());
    assert.equal(await headlineOf(page), HEADLINE);

    const label = h1.locator('.type-label');
    assert.ok(await label.isVisible(), 'the type label is visible');
    assert.match(await label.innerText(), /^\s*-?\s*ИНТЕРВЬЮ\s*$/);
    assert.ok(await page.getByText('ИНТЕРВЬЮ', { exact: false }).first().isVisible());

    const story = page.locator('article.story');
    const rubric = story.locator('.story-head').getByRole('link', { name: RUBRIC, exact: true });
    assert.equal(await rubric.count(), 1);
    assert.ok(await rubric.isVisible(), 'the rubric link is visible');

    const time = story.locator('time').first();
    assert.ok(await time.isVisible(), 'the date is visible');
    // The crawled page gives a date only: the reader sees the day, and no made-up "00:00".
    assert.equal(await time.getAttribute('datetime'), '2025-12-05');
    assert.equal((await time.innerText()).trim(), '05 декабря, 2025');
  });

  test('the rubric link opens the rubric page, which lists the interview', async () => {
    await openInterview();
    await page
      .locator('article.story .story-head')
      .getByRole('link', { name: RUBRIC, exact: true })
      .click();
    await page.waitForLoadState();
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), new RegExp(RUBRIC));
    assert.ok(await page.getByRole('link', { name: HEADLINE }).first().isVisible());
  });

  test('the story rubric is the one the rubric menu offers under that name', async () => {
    // A reader who picks the rubric's name in the menu (a sub-rubric shows on hover or focus) must
    // land where the interview is filed, and find one rubric of that name, not two.
    await openInterview();
    const menu = page.getByRole('navigation', { name: 'Рубрики' });
    const inMenu = await menu
      .getByRole('link', { name: RUBRIC, exact: true, includeHidden: true })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const kicker = await page.locator('article.story .story-head .kicker').getAttribute('href');
    assert.deepEqual(
      inMenu,
      [kicker],
      `the menu has ${inMenu.length} rubric(s) named "${RUBRIC}" (${inMenu.join(', ')}); ` +
        `the interview is filed under ${kicker}`,
    );
  });

  test('the lead, then four questions each followed by its answer', async () => {
    await openInterview();
    const lead = page.locator('article.story .lead');
    assert.ok(await lead.isVisible(), 'the lead is visible');
    assert.match(await lead.innerText(), /^Директор солнечной электростанции/);

    const qa = page
      .locator('article.story')
      .locator('[data-block="question"], [data-block="answer"]');
    const kinds = await qa.evaluateAll((els) => els.map((el) => el.getAttribute('data-block')));
    assert.deepEqual(kinds, Array(4).fill(['question', 'answer']).flat());
    for (let i = 0; i < (await qa.count()); i++)
      assert.ok(await qa.nth(i).isVisible(), `${kinds[i]} ${Math.floor(i / 2) + 1} is visible`);

    const questions = page.locator('article.story [data-block="question"]');
    assert.equal(await questions.count(), 4);
    const adjacent = await questions.evaluateAll((els) =>
      els.map((q) => {
        const next = q.nextElementSibling;
        return (
          next?.getAttribute('data-block') === 'answer' && (next.textContent ?? '').trim() !== ''
        );
      }),
    );
    assert.deepEqual(adjacent, [true, true, true, true], 'each question is followed by its answer');
    assert.match(await questions.first().innerText(), /^Как продвигается строительство/);
    // Questions come after the lead.
    const leadFirst = await page.evaluate(() => {
      const lead = document.querySelector('article.story .lead');
      const q = document.querySelector('article.story [data-block="question"]');
      return (
        !!lead && !!q && !!(lead.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    assert.ok(leadFirst, 'the lead comes before the first question');
  });

  test('five editor notes, visible and set apart from the text around them', async () => {
    await openInterview();
    const notes = page.locator('article.story [data-mark="editor-note"]');
    assert.equal(await notes.count(), 5);
    for (let i = 0; i < 5; i++) {
      const note = notes.nth(i);
      assert.ok(await note.isVisible(), `editor note ${i + 1} is visible`);
      const text = (await note.innerText()).trim();
      assert.match(text, /- ред\.\)$/, `editor note ${i + 1}: ${text}`);
      const styles = await note.evaluate((el) => {
        const own = getComputedStyle(el);
        const parent = getComputedStyle(el.parentElement!);
        return {
          own: { fontStyle: own.fontStyle, color: own.color },
          parent: { fontStyle: parent.fontStyle, color: parent.color },
        };
      });
      assert.ok(
        styles.own.fontStyle !== styles.parent.fontStyle ||
          styles.own.color !== styles.parent.color,
        `editor note ${i + 1} looks like its paragraph: ${JSON.stringify(styles)}`,
      );
    }
  });

  test('the hot-tags strip has the four tags and EXPO27 opens its tag page', async () => {
    await openInterview();
    const strip = page.getByRole('navigation', { name: 'Актуально' });
    assert.ok(await strip.isVisible(), 'the hot-tags strip is visible');
    const links = strip.getByRole('link');
    assert.deepEqual(
      (await links.allInnerTexts()).map((s) => s.trim()),
      HOT_TAGS,
    );
    for (let i = 0; i < 4; i++) assert.ok(await links.nth(i).isVisible());

    await strip.getByRole('link', { name: 'EXPO27', exact: true }).click();
    await page.waitForLoadState();
    assert.match(new URL(page.url()).pathname, /^\/ru\/tags\/[a-z0-9-]+$/);
    const h1 = page.getByRole('heading', { level: 1 });
    assert.ok(await h1.isVisible());
    assert.match(await h1.innerText(), /EXPO27/);
  });

  test('a full-page screenshot of the interview', async () => {
    await openInterview();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});

describe('the language switcher, without JavaScript', () => {
  test('on a translated English story it goes to the same story in the other edition', async () => {
    const { store } = site.t.lede.deps;
    const list = async (edition: EditionCode) =>
      (await store.stories.list({ edition, statuses: ['published'], limit: 200 })).items;
    const english = (await list('en')).filter((s) => s.translationGroup);
    assert.ok(english.length > 0, 'the demo archive has a translated English story');
    const others: Story[] = [...(await list('ru')), ...(await list('az'))];
    const pair = english
      .map((en) => ({ en, other: others.find((o) => o.translationGroup === en.translationGroup) }))
      .find((p) => p.other);
    assert.ok(pair?.other, 'a translated English story has its translation published');
    const { en, other } = pair as { en: Story; other: Story };
    const target = editionOf(site.t.lede.deps, other.edition);

    // The reader starts on the English home page and clicks the headline.
    assert.equal((await page.goto(url('/en/')))?.status(), 200);
    await page.getByRole('link', { name: en.title }).first().click();
    await page.waitForLoadState();
    assert.equal(await headlineOf(page), en.title);

    const switcher = page.getByRole('navigation', { name: 'Language' });
    assert.ok(await switcher.isVisible(), 'the language switcher is visible');
    const link = switcher.getByRole('link', { name: target.name, exact: true });
    assert.ok(await link.isVisible(), `the switcher offers ${target.name}`);
    await link.click();
    await page.waitForLoadState();

    assert.equal(await page.evaluate(() => document.documentElement.lang), target.language);
    assert.ok(new URL(page.url()).pathname.startsWith(target.prefix));
    assert.equal(await headlineOf(page), other.title, 'the switcher leads to the translation');
  });
});
