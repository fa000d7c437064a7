// Every newsroom screen and dialog at 390, 768 and 1366 px in one interface language: no horizontal
// scrolling, no axe violation, touch-sized controls on phone and tablet (one file per language).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import type { EditionCode } from '../../src/domain/editions.js';
import { addUser } from '../../src/operations/add-user.js';
import { launchChromium } from './browser-support.js';
import { apiFromPage, PASSWORD, signIn, startNewsroom, type Newsroom } from './newsroom-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [390, 768, 1366] as const;
/** Smaller than this a control is hard to hit with a finger (WCAG 2.5.5, Apple and Android guides). */
const TOUCH = 44;

interface Screen {
  name: string;
  path: (storyId: number) => string;
  /** What is on the screen once it has loaded, or what opens the part under test. */
  ready: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: 'desk',
    path: () => '/newsroom/',
    ready: (page) => page.locator('[data-testid=story-table]').waitFor(),
  },
  {
    name: 'story with the editor, workflow and translations',
    path: (id) => `/newsroom/stories/${id}`,
    ready: async (page) => {
      await page.locator('[data-testid=body-editor]').waitFor();
      await page.locator('[data-testid=workflow-panel]').waitFor();
      await page.locator('[data-testid=translations-panel]').waitFor();
    },
  },
  {
    name: 'revisions',
    path: (id) => `/newsroom/stories/${id}`,
    ready: async (page) => {
      await page.click('[data-testid=open-revisions]');
      await page.locator('[data-testid=revisions-dialog] tr[data-version]').first().waitFor();
    },
  },
  {
    name: 'media library',
    path: (id) => `/newsroom/stories/${id}`,
    ready: async (page) => {
      await page.locator('[data-action=image]:not([disabled])').click();
      await page.locator('[data-testid=image-dialog]').waitFor();
    },
  },
  {
    name: 'translations',
    path: () => '/newsroom/translations',
    ready: (page) => page.locator('#translations-title').waitFor(),
  },
  {
    name: 'taxonomy',
    path: () => '/newsroom/taxonomy',
    ready: (page) => page.locator('.taxonomy-table').first().waitFor(),
  },
  {
    name: 'taxonomy tags',
    path: () => '/newsroom/taxonomy',
    ready: async (page) => {
      await page.locator('.taxonomy [role=tab]').nth(1).click();
      await page.locator('.taxonomy-table tr[data-tag]').first().waitFor();
    },
  },
  {
    name: 'taxonomy hot tags',
    path: () => '/newsroom/taxonomy',
    ready: async (page) => {
      await page.locator('.taxonomy [role=tab]').nth(2).click();
      await page.locator('[data-testid=hot-tags] li').first().waitFor();
    },
  },
  {
    name: 'rubric links dialog',
    path: () => '/newsroom/taxonomy',
    ready: async (page) => {
      // A linked demo rubric: its names in the other editions show under it.
      await page.locator('tr[data-rubric] [data-testid=linked-names]').first().waitFor();
      await page.locator('tr[data-rubric] .guard-actions button').first().click();
      await page
        .locator('[data-testid=links-dialog] select option:checked:not([value=""])')
        .first()
        .waitFor({ state: 'attached' });
    },
  },
  {
    name: 'tag links dialog',
    path: () => '/newsroom/taxonomy',
    ready: async (page) => {
      await page.locator('.taxonomy [role=tab]').nth(1).click();
      const linked = page.locator('tr[data-tag]', {
        has: page.locator('[data-testid=linked-names]'),
      });
      await linked.first().locator('.guard-actions button').first().click();
      await page.locator('[data-testid=links-dialog] input[type=search]').first().waitFor();
    },
  },
  {
    name: 'new story dialog',
    path: () => '/newsroom/',
    ready: async (page) => {
      await page.click('[data-testid=new-story]');
      await page.locator('[data-testid=new-story-dialog]').waitFor();
    },
  },
  {
    name: 'keyboard shortcuts dialog',
    path: (id) => `/newsroom/stories/${id}`,
    ready: async (page) => {
      await page.locator('[data-action=shortcuts]').click();
      await page.locator('[data-testid=shortcuts-dialog]').waitFor();
    },
  },
  {
    name: 'incoming',
    path: () => '/newsroom/incoming',
    ready: (page) => page.locator('#incoming-title').waitFor(),
  },
  {
    name: 'numbers',
    path: () => '/newsroom/numbers',
    ready: (page) => page.locator('.numbers-list').first().waitFor(),
  },
  {
    name: 'account',
    path: () => '/newsroom/account',
    ready: (page) => page.locator('[data-testid=two-factor-state]').first().waitFor(),
  },
  {
    name: 'authors picker',
    path: (id) => `/newsroom/stories/${id}`,
    ready: async (page) => {
      await page.locator('[data-testid=author-search]').fill('ов');
      await page.locator('.author-results .author-result').first().waitFor();
    },
  },
  {
    name: 'authors screen',
    path: () => '/newsroom/authors',
    ready: async (page) => {
      await page.locator('[data-testid=author-list] button').first().click();
      await page.locator('[data-testid=author-form]').waitFor();
    },
  },
  {
    name: 'users',
    path: () => '/newsroom/users',
    ready: (page) => page.locator('[data-testid=users-table]').waitFor(),
  },
  {
    name: 'user account dialog',
    path: () => '/newsroom/users',
    ready: async (page) => {
      await page.locator('[data-testid=users-table] [data-testid=edit-user]').first().click();
      await page.locator('[data-testid=user-dialog]').waitFor();
    },
  },
  {
    name: 'top navigation with "More" open',
    path: () => '/newsroom/',
    ready: async (page) => {
      await page.click('[data-testid=nav-more]');
      await page.locator('#nav-more-links a').first().waitFor();
    },
  },
  {
    name: 'set-password page',
    path: () => '/newsroom/set-password?token=not-a-real-one',
    ready: (page) => page.locator('[data-testid=set-password-form]').waitFor(),
  },
  {
    name: 'audit',
    path: () => '/newsroom/audit',
    ready: (page) => page.locator('[data-testid=audit-table]').waitFor(),
  },
];

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; nodes: { target: unknown[]; html: string }[] }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 120)}`)
          .join(' | ')}`,
    );
  });
}

/** Buttons, fields, selects and the main links smaller than a fingertip (the text in the editor aside). */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), .main-nav a, .back',
    );
    return [...controls]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || el.closest('.visually-hidden, .ProseMirror')) return false;
        return box.height < min - 0.5 || (el.matches('.tool') && box.width < min - 0.5);
      })
      .map(
        (el) => `${el.outerHTML.slice(0, 100)} ${Math.round(el.getBoundingClientRect().height)} px`,
      );
  }, min);
}

/**
 * How many rows of text the top navigation's entries take (a label broken over two lines counts
 * as two), whether it runs into the bar's end (language, who, sign out) and whether its row has
 * to scroll.
 */
function navigationRows(
  page: Page,
): Promise<{ rows: number; overlaps: boolean; scrolls: boolean }> {
  return page.evaluate(() => {
    // Lines of text of the entries shown (a closed "More" list shows none), top to bottom.
    const tops: number[] = [];
    for (const entry of document.querySelectorAll('.main-nav a, .main-nav button')) {
      const range = document.createRange();
      range.selectNodeContents(entry);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
    }
    tops.sort((a, b) => a - b);
    // Entries on one row may sit a pixel or two apart; a new row is a line's height down.
    const rows = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 8).length;
    const nav = document.querySelector('.main-nav')!.getBoundingClientRect();
    const end = document.querySelector('.top-bar-end')!.getBoundingClientRect();
    const links = document.querySelector('.nav-links') ?? document.querySelector('.main-nav')!;
    return {
      rows,
      overlaps: nav.right > end.left || nav.right > window.innerWidth,
      scrolls: links.scrollWidth > links.clientWidth,
    };
  });
}

export function describeNewsroomLayout(language: EditionCode): void {
  let newsroom: Newsroom;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let storyId: number;

  before(async () => {
    newsroom = await startNewsroom();
    browser = await launchChromium();
    const admin = (
      await addUser(newsroom.t.lede.deps, SYSTEM, {
        email: `admin-${language}@agency.example`,
        name: 'Rəşad Quliyev',
        role: 'admin',
        editions: [],
        uiLanguage: language,
        password: PASSWORD,
      })
    ).user;
    ({ context, page } = await signIn(browser, newsroom.origin, admin));
    const made = await apiFromPage(page, 'POST', '/api/stories', {
      edition: 'ru',
      type: 'interview',
      title: 'Министр: длинный заголовок интервью, чтобы проверить, как он переносится на телефоне',
      rubric: 'Политика',
      lead: 'Лид интервью.',
      blocks: [
        { type: 'question', content: [{ type: 'paragraph', content: [{ text: 'Как дела?' }] }] },
        {
          type: 'answer',
          speaker: 'Иван Петров',
          content: [{ type: 'paragraph', content: [{ text: 'Хорошо, спасибо.' }] }],
        },
      ],
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    storyId = made.body.id as number;
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await newsroom?.stop();
  });

  /** No horizontal scrolling, no axe violation, fingertip-sized controls below 1000 px. */
  async function checkScreen(page: Page, name: string, width: number): Promise<void> {
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement!.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok(
      scrollWidth <= innerWidth,
      `${name} is ${scrollWidth} px wide in a ${innerWidth} px window`,
    );
    // LEDE_SHOTS=folder keeps a picture of each screen, to look at while working on the layout.
    if (process.env.LEDE_SHOTS)
      await page.screenshot({
        path: `${process.env.LEDE_SHOTS}/${language}-${name.replace(/\W+/g, '-')}-${width}.png`,
      });
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${name} in ${language} at ${width} px`);
    if (width < 1000)
      assert.deepEqual(await smallTargets(page, TOUCH), [], `${name} at ${width} px`);
  }

  for (const width of WIDTHS)
    describe(`newsroom in ${language} at ${width} px`, () => {
      before(() => page.setViewportSize({ width, height: 844 }));
      for (const screen of SCREENS)
        test(screen.name, async () => {
          await page.goto(`${newsroom.origin}${screen.path(storyId)}`);
          await screen.ready(page);
          await checkScreen(page, screen.name, width);
        });
      if (width >= 1000)
        test('the top navigation takes one row', async () => {
          await page.goto(`${newsroom.origin}/newsroom/`);
          await page.locator('[data-testid=story-table]').waitFor();
          assert.deepEqual(await navigationRows(page), {
            rows: 1,
            overlaps: false,
            scrolls: false,
          });
        });
      test('sign-in screen (signed out, browser in the language)', async () => {
        const guest = await browser.newContext({
          viewport: { width, height: 844 },
          locale: { az: 'az-AZ', ru: 'ru-RU', en: 'en-GB' }[language],
        });
        try {
          const login = await guest.newPage();
          await login.goto(`${newsroom.origin}/newsroom/login`);
          await login.locator('[data-testid=login-form]').waitFor();
          assert.equal(await login.getAttribute('html', 'lang'), language);
          await checkScreen(login, 'sign-in', width);
        } finally {
          await guest.close();
        }
      });
    });
}
