// Every newsroom screen and dialog at 390, 768 and 1366 px in one interface language: no horizontal
// scrolling, no text cut short in a select or text area, room for the desk's headlines, no axe
// violation, touch-sized controls on phone and tablet, a top bar that does not overlap itself at
// laptop widths (one file per language).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import type { EditionCode } from '../../src/domain/editions.js';
import { addUser } from '../../src/operations/add-user.js';
import { launchChromium } from './browser-support.js';
import { liveStory } from './live-support.js';
import {
  apiFromPage,
  newDraft,
  PASSWORD,
  signIn,
  startNewsroom,
  type Newsroom,
} from './newsroom-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [390, 768, 1366] as const;
/** Smaller than this a control is hard to hit with a finger (WCAG 2.5.5, Apple and Android guides). */
const TOUCH = 44;
/** The desk's headlines get at least this share of the story table's width, at every width. */
const HEADLINE_SHARE = 0.35;

/** The stories the screens open: an interview draft, one on review, an approved one, a live one. */
interface Stories {
  interview: number;
  review: number;
  approved: number;
  live: number;
}

interface Screen {
  name: string;
  path: (stories: Stories) => string;
  /** What is on the screen once it has loaded, or what opens the part under test. */
  ready: (page: Page) => Promise<void>;
  /** What else is wrong on this screen, one line each (nothing when it is right). */
  faults?: (page: Page) => Promise<string[]>;
}

const SCREENS: Screen[] = [
  {
    name: 'desk',
    path: () => '/newsroom/',
    ready: (page) => page.locator('[data-testid=story-table]').waitFor(),
    faults: narrowHeadlines,
  },
  {
    name: 'story on review',
    path: (s) => `/newsroom/stories/${s.review}`,
    ready: (page) =>
      page.locator('[data-testid=workflow-panel] [data-transition]').first().waitFor(),
  },
  {
    name: 'scheduling dialog',
    path: (s) => `/newsroom/stories/${s.approved}`,
    ready: async (page) => {
      await page.locator('[data-transition=schedule]').click();
      await page.locator('[data-testid=schedule-dialog]').waitFor();
    },
  },
  {
    name: 'live story with its entries',
    path: (s) => `/newsroom/stories/${s.live}`,
    ready: (page) => page.locator('[data-testid=live-entry]').first().waitFor(),
  },
  {
    name: 'story with the editor, workflow and translations',
    path: (s) => `/newsroom/stories/${s.interview}`,
    ready: async (page) => {
      await page.locator('[data-testid=body-editor]').waitFor();
      await page.locator('[data-testid=workflow-panel]').waitFor();
      await page.locator('[data-testid=translations-panel]').waitFor();
    },
  },
  {
    name: 'revisions',
    path: (s) => `/newsroom/stories/${s.interview}`,
    ready: async (page) => {
      await page.click('[data-testid=open-revisions]');
      await page.locator('[data-testid=revisions-dialog] tr[data-version]').first().waitFor();
    },
  },
  {
    name: 'media library',
    path: (s) => `/newsroom/stories/${s.interview}`,
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
    path: (s) => `/newsroom/stories/${s.interview}`,
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
    path: (s) => `/newsroom/stories/${s.interview}`,
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
    faults: cutActions,
  },
];

async function axeViolations(page: Page): Promise<string[]> {
  // Once per page load: a screen checked at three widths keeps the axe it was given.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
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

/**
 * Text a control shows only in part: a select narrower than the name of its chosen option (the
 * language picker once showed "Azərbaycar" on a phone), a text area that hides lines of its text
 * behind its lower edge (the headline on a phone).
 */
function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const ruler = document.createElement('span');
    ruler.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;padding:0;border:0';
    document.body.append(ruler);
    for (const select of document.querySelectorAll('select')) {
      if (select.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(select);
      ruler.style.font = style.font;
      ruler.style.letterSpacing = style.letterSpacing;
      ruler.textContent = select.selectedOptions[0]?.text ?? '';
      // Chromium keeps about 20 px at the right of a select's padding box for its arrow.
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      if (ruler.getBoundingClientRect().width > room + 0.5)
        faults.push(
          `select "${ruler.textContent}" needs ${Math.ceil(ruler.getBoundingClientRect().width)} px, has ${Math.floor(room)} px`,
        );
    }
    ruler.remove();
    for (const area of document.querySelectorAll('textarea')) {
      if (area.getBoundingClientRect().width === 0 || area.value === '') continue;
      if (area.scrollHeight > area.clientHeight + 1)
        faults.push(
          `textarea #${area.id} shows ${area.clientHeight} of its ${area.scrollHeight} px of text`,
        );
    }
    return faults;
  });
}

/** Desk rows whose headline has less than the given share of the story table's width. */
function narrowHeadlines(page: Page): Promise<string[]> {
  return page.evaluate((share) => {
    const table = document.querySelector('[data-testid=story-table]')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-testid=story-table] tbody td.col-headline')]
      .map((cell) => cell.getBoundingClientRect().width)
      .filter((width) => width < table.width * share)
      .slice(0, 1)
      .map(
        (width) => `a headline is ${Math.round(width)} px of a ${Math.round(table.width)} px table`,
      );
  }, HEADLINE_SHARE);
}

/** Actions in the audit log cut short with an ellipsis ("Yoxlamaya gön…"). */
function cutActions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid=audit-table] tbody td:nth-child(3)')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => `the action "${cell.textContent}" is cut`),
  );
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

/**
 * Parts of the top bar drawn over each other: the row of screens over "More" or over the language
 * picker, name and "Sign out", or screens spilling out of their row without it scrolling.
 */
function topBarOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // (No named helper functions in here: the test's transpiler would wrap them in a __name()
    // call that the page does not have.)
    const selectors = ['.nav-links', '.nav-more', '.top-bar-end'];
    const boxes = selectors.map((selector) =>
      document.querySelector(selector)!.getBoundingClientRect(),
    );
    const faults: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1
        )
          faults.push(`${selectors[i]} overlaps ${selectors[j]}`);
      }
    const links = document.querySelector('.nav-links')!;
    if (links.scrollWidth > links.clientWidth && getComputedStyle(links).overflowX === 'visible')
      faults.push('the screens spill out of .nav-links');
    return faults;
  });
}

export function describeNewsroomLayout(language: EditionCode): void {
  let newsroom: Newsroom;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let stories: Stories;

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
    const interview = made.body.id as number;
    // The same story at other steps of its way: on review, approved (to be scheduled).
    const onReview = async (title: string, steps: string[]): Promise<number> => {
      const id = await newDraft(page, title, 'Лид.');
      for (const to of steps) {
        const moved = await apiFromPage(page, 'POST', `/api/stories/${id}/transitions`, { to });
        assert.equal(moved.status, 200, JSON.stringify(moved.body));
      }
      return id;
    };
    const review = await onReview('Статья на проверке у редактора', ['review']);
    const approved = await onReview('Одобренная статья для публикации по расписанию', [
      'review',
      'approved',
    ]);
    const live = await liveStory(newsroom, `Трансляция из парламента (${language})`);
    const entry = await apiFromPage(page, 'POST', `/api/stories/${live}/entries`, {
      blocks: [{ type: 'paragraph', content: [{ text: 'Депутаты собрались в зале заседаний.' }] }],
      keyEvent: true,
    });
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
    stories = { interview, review, approved, live };
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await newsroom?.stop();
  });

  /**
   * No horizontal scrolling, no text cut short in a control or by the screen's own check, no axe
   * violation, fingertip-sized controls below 1000 px.
   */
  async function checkScreen(
    page: Page,
    name: string,
    width: number,
    faults?: (page: Page) => Promise<string[]>,
  ): Promise<void> {
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
    assert.deepEqual(await cutText(page), [], `${name} in ${language} at ${width} px`);
    if (faults) assert.deepEqual(await faults(page), [], `${name} in ${language} at ${width} px`);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${name} in ${language} at ${width} px`);
    if (width < 1000)
      assert.deepEqual(await smallTargets(page, TOUCH), [], `${name} at ${width} px`);
  }

  // The newsroom's layout is CSS alone (no script reads the window's size), so each screen is
  // opened once, at the phone's width, and checked at each width in turn: the window widens
  // under the loaded screen as under a person who turns a tablet or widens a window.
  describe(`newsroom in ${language} at ${WIDTHS.join(', ')} px`, () => {
    for (const screen of SCREENS)
      test(screen.name, async (t) => {
        await page.setViewportSize({ width: WIDTHS[0], height: 844 });
        await page.goto(`${newsroom.origin}${screen.path(stories)}`);
        await screen.ready(page);
        for (const width of WIDTHS)
          await t.test(`${width} px`, async () => {
            await page.setViewportSize({ width, height: 844 });
            await checkScreen(page, screen.name, width, screen.faults);
          });
      });
    test('the top navigation takes one row at laptop widths and does not overlap itself', async (t) => {
      await page.setViewportSize({ width: 1366, height: 844 });
      await page.goto(`${newsroom.origin}/newsroom/`);
      await page.locator('[data-testid=story-table]').waitFor();
      await t.test('one row at 1366 px', async () => {
        assert.deepEqual(await navigationRows(page), { rows: 1, overlaps: false, scrolls: false });
      });
      for (const narrower of [960, 1100, 1220])
        await t.test(`no overlap at ${narrower} px`, async () => {
          await page.setViewportSize({ width: narrower, height: 844 });
          assert.deepEqual(await topBarOverlaps(page), [], `at ${narrower} px`);
        });
    });
    test('sign-in screen (signed out, browser in the language)', async (t) => {
      const guest = await browser.newContext({
        viewport: { width: WIDTHS[0], height: 844 },
        locale: { az: 'az-AZ', ru: 'ru-RU', en: 'en-GB' }[language],
      });
      try {
        const login = await guest.newPage();
        await login.goto(`${newsroom.origin}/newsroom/login`);
        await login.locator('[data-testid=login-form]').waitFor();
        assert.equal(await login.getAttribute('html', 'lang'), language);
        for (const width of WIDTHS)
          await t.test(`${width} px`, async () => {
            await login.setViewportSize({ width, height: 844 });
            await checkScreen(login, 'sign-in', width);
          });
      } finally {
        await guest.close();
      }
    });
  });
}
