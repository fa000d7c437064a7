// The Numbers screen in Chromium: the stories rising against their usual level beside what is read now and most, in az, ru and en, at 390 px without sideways scrolling.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import type { EditionCode } from '../../src/domain/editions.js';
import { hourOf, saltDay, slotOf } from '../../src/domain/read-counts.js';
import { addUser } from '../../src/operations/add-user.js';
import { importStory } from '../../src/operations/import-story.js';
import type { ReaderView } from '../../src/storage/read-counts-port.js';
import { PASSWORD, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

const SPIKE = 'Паром вышел в рейс в шторм: пассажиры рассказывают, как прошла ночь на Каспии';
const STEADY = 'Курс валют на сегодня';

/** Two Russian stories read by 12 readers this hour; the steady one as much on each past day. */
async function scriptedStream(): Promise<void> {
  const deps = newsroom.t.lede.deps;
  const story = async (title: string) =>
    (
      await importStory(deps, SYSTEM, {
        edition: 'ru',
        type: 'news',
        title,
        rubric: 'Политика',
        lead: 'Лид.',
        tags: [],
        blocks: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
        publishedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        sourceKey: `numbers:${title}`,
      })
    ).story.id;
  const spike = await story(SPIKE);
  const steady = await story(STEADY);
  const now = deps.clock.now().getTime();
  const views = (storyId: number, daysAgo: number): ReaderView[] =>
    Array.from({ length: 12 }, (_, i) => {
      const at = new Date(now - daysAgo * 86_400_000);
      const view = { day: saltDay(at), hour: hourOf(at), slot: slotOf(at) };
      return { storyId, hash: `b-${storyId}-${daysAgo}-${i}`, ...view };
    });
  const stream = [...views(spike, 0), ...views(steady, 0)];
  for (let d = 1; d <= 7; d++) stream.push(...views(steady, d));
  await deps.store.readCounts.record(stream);
}

const HEADINGS: Record<EditionCode, { rising: string; score: RegExp }> = {
  az: { rising: 'İndi yüksələn', score: /iki saatda 12 oxucu, adi 0 səviyyədən 3\.4 dəfə çox/ },
  ru: { rising: 'Растут сейчас', score: /12 читателей за два часа, в 3\.4 раза больше обычных 0/ },
  en: { rising: 'Rising now', score: /12 readers in two hours, ×3\.4 the usual 0/ },
};

test('rising stories on the Numbers screen in az, ru and en, at 390 and 1366 px', async () => {
  await scriptedStream();
  for (const [language, expected] of Object.entries(HEADINGS) as [
    EditionCode,
    (typeof HEADINGS)[EditionCode],
  ][]) {
    const { user } = await addUser(newsroom.t.lede.deps, SYSTEM, {
      email: `numbers-${language}@agency.example`,
      name: `Numbers ${language}`,
      role: 'editor',
      editions: ['ru'],
      uiLanguage: language,
      password: PASSWORD,
    });
    const { page, errors, context } = await signIn(browser, newsroom.origin, user);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${newsroom.origin}/newsroom/numbers`);
      const rising = page.locator('section[aria-labelledby=numbers-rising]');
      await rising.locator('li').first().waitFor();
      assert.match((await rising.locator('h2').textContent()) ?? '', new RegExp(expected.rising));
      const items = await rising.locator('li').allTextContents();
      assert.equal(items.length, 1, items.join(' | '));
      assert.ok(items[0]!.includes(SPIKE), items[0]);
      assert.match(items[0]!, expected.score);
      // The steady story is read now, but not above its usual level.
      const now = await page.locator('section[aria-labelledby=numbers-now] li').allTextContents();
      assert.ok(
        now.some((s) => s.includes(STEADY)),
        now.join(' | '),
      );
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.scrollingElement!.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(
        scrollWidth <= innerWidth,
        `${language}: ${scrollWidth} px wide in ${innerWidth} px`,
      );
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
